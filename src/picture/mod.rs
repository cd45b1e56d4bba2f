//! One renderer for every picture of the map: a view (the page's URL state) drawn as a
//! portable SVG 1.1 file, with the title, the launch point, the legend, the sources and the
//! credit around the map. Plain presentation attributes only: colours resolved for a theme
//! ([`palette`]), stroke widths in the picture's own units (no `vector-effect`), no CSS
//! variables, no `light-dark()`, no `<style>`; text as `<text>` in a font list that falls
//! back cleanly; `<title>` and `<desc>` for screen readers. It opens in browsers, Inkscape,
//! Illustrator and librsvg alike.
//!
//! Pure and target-independent: the editor page calls [`map_picture_svg`] in the browser for
//! its SVG download, and natively [`raster`] draws the same SVG as PNG with resvg and the
//! bundled fonts ([`fonts`]) for the export command and the still images.
//!
//! One job a file: [`frame`] lays the picture out, [`layers`] draws the map, [`markers`]
//! places the markers and labels, [`text`] holds the words, [`palette`] the colours,
//! [`lines`] breaks paragraphs, [`svg`] writes the markup.

pub mod frame;
pub mod layers;
pub mod lines;
pub mod markers;
pub mod palette;
pub mod svg;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
pub mod fonts;
#[cfg(not(target_arch = "wasm32"))]
pub mod raster;

#[cfg(not(target_arch = "wasm32"))]
pub use fonts::missing_glyphs;
#[cfg(not(target_arch = "wasm32"))]
pub use raster::{map_picture_png, svg_to_pixels, svg_to_png, PictureError};
pub use text::{every_picture_text, picture_text, LegendText, PictureText};

use crate::compare::{claim_pairs, pair_band_path};
use crate::i18n::Lang;
use crate::model::{BaseMap, DataSet};
use crate::projection::{Projection, ProjectionKind};
use crate::rings::{place_distances, places_within, ring_summary, Offer, RingCache, SourceChoice};
use crate::state::{home_view, url_viewport};
use crate::url_state::{Theme, UrlState};
use crate::viewport::Viewport;
use frame::{Role, MARGIN_PX, SWATCH_PX};
use palette::{source_dash_px, Paint, Palette};
use svg::{dasharray, fill, num, stroke, Svg};

/// The font families of `lang`'s text, the bundled one first (what resvg draws with), then
/// what a reader's system likely has, then the generic family.
pub fn font_family(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "DejaVu Sans, Noto Sans CJK JP, sans-serif",
        Lang::Ja => "Noto Sans CJK JP, Hiragino Sans, Yu Gothic, Meiryo, DejaVu Sans, sans-serif",
    }
}

/// The picture's colours: the page's light or dark theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PictureTheme {
    /// The light theme (print, most articles).
    #[default]
    Light,
    /// The dark theme.
    Dark,
}

impl PictureTheme {
    /// The theme a URL's `theme` asks for: the system's (`auto`) is light, as in print.
    pub fn from_url(theme: Theme) -> Self {
        match theme {
            Theme::Dark => PictureTheme::Dark,
            Theme::Light | Theme::Auto => PictureTheme::Light,
        }
    }

    /// `light` or `dark`.
    pub fn id(self) -> &'static str {
        match self {
            PictureTheme::Light => "light",
            PictureTheme::Dark => "dark",
        }
    }
}

/// The size of a picture: its width, which is the map's, and the map's height; the picture
/// is as tall as the map and the text around it need ([`Picture::height_px`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PictureSize {
    /// Width of the picture and its map, in CSS px.
    pub width_px: f64,
    /// Height of the map, in CSS px.
    pub map_height_px: f64,
}

impl PictureSize {
    /// The still images' size: 720 × 480 px of map (a PNG drawn at twice that).
    pub const STILL: PictureSize = PictureSize {
        width_px: 720.0,
        map_height_px: 480.0,
    };
}

/// A picture drawn: the SVG and its size.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// The SVG file's text.
    pub svg: String,
    /// Its width in CSS px (`width` and the `viewBox`'s width).
    pub width_px: f64,
    /// Its height in CSS px.
    pub height_px: f64,
}

/// The viewport a URL state shows in a map of `size`: its view, or the projection's home
/// view; and the projection.
pub fn picture_viewport(
    data: &DataSet,
    view: &UrlState,
    size: PictureSize,
) -> (Projection, Viewport) {
    let proj = Projection::new(view.projection, view.launch.focus(data));
    let (w, h) = (size.width_px.max(1.0), size.map_height_px.max(1.0));
    let viewport = view
        .view
        .and_then(|u| url_viewport(&proj, u, w, h))
        .unwrap_or_else(|| home_view(&proj, w, h));
    (proj, viewport)
}

/// The map of `view` (sources, launch point, projection, unit, and the view's centre and
/// zoom, or the home view) as a portable SVG 1.1 file, in `theme`'s colours and `lang`, its
/// map `size`, over `basemap` (the overview or the detailed base map, whichever the page
/// would draw at that scale: [`crate::model::wants_detail`]).
pub fn map_picture_svg(
    data: &DataSet,
    basemap: &BaseMap,
    view: &UrlState,
    theme: PictureTheme,
    lang: Lang,
    size: PictureSize,
) -> String {
    map_picture(data, basemap, view, theme, lang, size).svg
}

/// [`map_picture_svg`], with the picture's size.
pub fn map_picture(
    data: &DataSet,
    basemap: &BaseMap,
    view: &UrlState,
    theme: PictureTheme,
    lang: Lang,
    size: PictureSize,
) -> Picture {
    let palette = Palette::of(theme);
    let (proj, viewport) = picture_viewport(data, view, size);
    let centres = view.launch.centres(data);
    let offer = Offer(view.offered.clone());
    let rings = RingCache::default().shown_rings(
        &data.claims,
        &view.sources,
        &offer,
        &centres,
        &proj,
        viewport.m_per_px,
    );
    let shades = compare_shades(data, &view.sources, &centres, &proj, viewport.m_per_px);
    let words = picture_text(data, &view.sources, &offer, &view.launch, view.unit, lang);
    let mercator = view.projection == ProjectionKind::Mercator;
    let size = PictureSize {
        width_px: viewport.width_px,
        map_height_px: viewport.height_px,
    };
    let frame = frame::lay_out(&words, size, mercator);
    let labels = markers::lay_out(data, &view.launch, lang, &proj, &viewport, &rings);

    let (w, h) = (frame.width_px, frame.height_px);
    let mut out = Svg::new();
    out.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg".into()),
            ("version", "1.1".into()),
            ("width", num(w, 0)),
            ("height", num(h, 0)),
            ("viewBox", format!("0 0 {} {}", num(w, 0), num(h, 0))),
            ("role", "img".into()),
            ("aria-labelledby", "picture-title picture-desc".into()),
            ("font-family", font_family(lang).into()),
            ("data-theme", theme.id().into()),
        ],
    );
    out.element("title", &[("id", "picture-title".into())], &words.title);
    out.element(
        "desc",
        &[("id", "picture-desc".into())],
        &description(data, view, lang, &words),
    );
    let mut bg = vec![("width", num(w, 0)), ("height", num(h, 0))];
    bg.extend(fill(palette.bg));
    out.empty("rect", &bg);
    layers::draw_map(
        &mut out,
        &layers::MapScene {
            basemap,
            island_chain: &data.island_chain,
            proj: &proj,
            view: &viewport,
            rings: &rings,
            shades: &shades,
            labels: &labels,
            palette,
            site_id: view.launch.id(),
        },
        frame.map_top_px,
    );
    draw_frame(&mut out, &frame, &words, palette);
    out.close("svg");
    Picture {
        svg: out.finish(),
        width_px: w,
        height_px: h,
    }
}

/// In compare mode, the band between each pair of compared rings, as the page shades it
/// (`ui::compare`): the farther claim's source index, the pair's ids, the path in km.
fn compare_shades(
    data: &DataSet,
    choice: &SourceChoice,
    centres: &[crate::model::LonLat],
    proj: &Projection,
    m_per_px: f64,
) -> Vec<(usize, String, String)> {
    let SourceChoice::Compare(first, second) = choice else {
        return Vec::new();
    };
    let index = |id: &str| {
        data.claims
            .sources
            .iter()
            .position(|s| s.id == id)
            .unwrap_or(0)
    };
    claim_pairs(&data.claims, first, second)
        .into_iter()
        .map(|pair| {
            let farther = pair.farther_nearer().map_or(&pair.first, |(f, _)| f);
            (
                index(&farther.source),
                format!("{}~{}", pair.first.id, pair.second.id),
                pair_band_path(&pair, centres, proj, m_per_px),
            )
        })
        .filter(|(_, _, d)| !d.is_empty())
        .collect()
}

/// The text alternative: the subtitle, then a sentence per ring naming what lies inside it
/// (the page's reach list, [`crate::rings::ring_summary`]).
fn description(data: &DataSet, view: &UrlState, lang: Lang, words: &PictureText<'_>) -> String {
    let centres = view.launch.centres(data);
    let distances = place_distances(&data.places, &centres, lang);
    // The subtitle has no full stop of its own.
    let (stop, sep) = match lang {
        Lang::En => (".", " "),
        Lang::Ja => ("。", ""),
    };
    let mut out = vec![format!("{}{stop}", words.subtitle)];
    for e in &words.legend {
        let outlet = data.claims.outlet_of_in(&e.claim.source, lang);
        let inside = places_within(&distances, e.claim.km_bounds().1);
        out.push(ring_summary(
            lang,
            &outlet,
            e.claim,
            &words.launch_name,
            &inside,
            view.unit,
        ));
    }
    if words.legend.is_empty() {
        out.push(words.no_figure.clone());
    }
    out.join(sep)
}

/// The text around the map and the legend's line samples.
fn draw_frame(out: &mut Svg, frame: &frame::Frame, words: &PictureText<'_>, palette: &Palette) {
    out.open("g", &[("id", "legend".into())]);
    for s in &frame.swatches {
        let Some(e) = words.legend.get(s.entry) else {
            continue;
        };
        let c = palette.source(e.source_index);
        let (min_km, max_km) = e.claim.km_bounds();
        let (x1, x2, y) = (s.x_px, s.x_px + SWATCH_PX, s.y_px);
        if max_km > min_km {
            let mut band = vec![
                ("x", num(x1, 1)),
                ("y", num(y - 5.0, 1)),
                ("width", num(SWATCH_PX, 1)),
                ("height", "10".into()),
            ];
            band.extend(fill(Paint { opacity: 0.16, ..c }));
            out.empty("rect", &band);
        }
        let line_attrs = |width: f64, paint: Paint, dash: bool| {
            let mut a = vec![
                ("x1", num(x1, 1)),
                ("y1", num(y, 1)),
                ("x2", num(x2, 1)),
                ("y2", num(y, 1)),
            ];
            a.extend(stroke(paint, width));
            if dash {
                a.extend(
                    dasharray(source_dash_px(e.source_index), 1.0).map(|d| ("stroke-dasharray", d)),
                );
            }
            a
        };
        if e.claim.qualifier == crate::model::Qualifier::About {
            out.empty(
                "line",
                &line_attrs(9.0, Paint { opacity: 0.22, ..c }, false),
            );
        }
        out.empty("line", &line_attrs(3.0, c, true));
        if e.claim.qualifier.open_ended() {
            let mut tick = vec![
                ("x1", num(x2, 1)),
                ("y1", num(y, 1)),
                ("x2", num(x2 + 5.0, 1)),
                ("y2", num(y, 1)),
                ("stroke-linecap", "round".into()),
            ];
            tick.extend(stroke(c, 3.0));
            out.empty("line", &tick);
        }
    }
    out.close("g");
    let mut rule = vec![
        ("x1", num(MARGIN_PX, 1)),
        ("y1", num(frame.rule_y_px, 1)),
        ("x2", num(frame.width_px - MARGIN_PX, 1)),
        ("y2", num(frame.rule_y_px, 1)),
    ];
    rule.extend(stroke(palette.border, 1.0));
    out.empty("line", &rule);
    out.open("g", &[("id", "text".into())]);
    for line in &frame.lines {
        let paint = match line.role {
            Role::Main => palette.fg,
            Role::Muted => palette.muted,
        };
        let mut attrs = vec![
            ("x", num(line.x_px, 1)),
            ("y", num(line.baseline_px, 1)),
            ("font-size", num(line.font_px, 2)),
        ];
        if line.bold {
            attrs.push(("font-weight", "bold".into()));
        }
        attrs.extend(fill(paint));
        match &line.lead {
            Some(lead) => {
                out.open("text", &attrs);
                out.element("tspan", &[("font-weight", "bold".into())], lead);
                out.raw(&svg::xml_escape(&line.text));
                out.close("text");
            }
            None => out.element("text", &attrs, &line.text),
        }
    }
    out.close("g");
}
