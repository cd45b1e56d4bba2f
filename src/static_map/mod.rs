//! The static map: the page's default view drawn with plotters, as PNG or SVG, for
//! `<noscript>`, print and the embed dialog (written by `src/bin/export.rs`), in English or
//! Japanese. Native only: it rasterises with bundled fonts (`fonts`), which the page never
//! needs. What it writes is built apart (`text`), so the tests can check every string against
//! the font; paragraphs are broken into lines by `lines`.
//!
//! Layout, for the default 1200 × 900 px (everything scales with the size asked for): the
//! title and a line naming the launch point across the top; the map (Mercator, the page's
//! home box of East Asia) on the left; the legend on the right, one entry per ring with its
//! figure as printed, system, outlet and date, drawn with the ring's own colour and dash; the
//! sources and the credit line across the bottom.

mod fonts;
mod lines;
mod raster;
mod text;

pub use fonts::missing_glyphs;
pub use text::{every_still_text, still_text, LegendText, StillText};

use crate::chart::SOURCE_COLOURS;
use crate::geodesy::{
    coverage_envelope, destination, envelope_edge_point, geodesic_ring, RingDensity,
};
use crate::i18n::Lang;
use crate::launch::Launch;
use crate::model::{DataSet, LonLat};
use crate::projection::{Mercator, Projection, Xy};
use crate::rings::SourceChoice;
use crate::state::HOME_BOX_DEG;
use geo::orient::Direction;
use geo::{
    coord, BooleanOps, Coord, LineString, MultiLineString, MultiPolygon, Orient, Polygon, Rect,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;
use std::fmt;
/// Size of the image when none is asked for, in pixels.
pub const DEFAULT_SIZE_PX: (u32, u32) = (1200, 900);
/// Smallest and largest image side accepted, in pixels: below this the text cannot be read,
/// above it the PNG grows for nothing.
pub const SIDE_RANGE_PX: (u32, u32) = (320, 4000);

/// Colours of the light theme (`public/style.css`).
const BG: RGBColor = RGBColor(0xf7, 0xf7, 0xf4);
const SEA: RGBColor = RGBColor(0xdf, 0xe9, 0xf1);
const LAND: RGBColor = RGBColor(0xf1, 0xef, 0xe8);
const JAPAN: RGBColor = RGBColor(0xe4, 0xdf, 0xd0);
const LAND_STROKE: RGBColor = RGBColor(0x8d, 0x94, 0x9c);
const TEXT: RGBColor = RGBColor(0x1b, 0x1f, 0x24);
const MUTED: RGBColor = RGBColor(0x56, 0x5d, 0x66);
const RULE: RGBColor = RGBColor(0xd4, 0xd6, 0xd9);

/// Dash and gap lengths in pixels at scale 1 for each source, after the page's `--dash`
/// patterns, so colour is never the only cue; (0, 0) is a solid line.
const DASHES_PX: [(u32, u32); 5] = [(0, 0), (14, 5), (4, 4), (16, 6), (8, 4)];

/// Fine enough for a map this size: 0.5 px at about 4 km per pixel, then refined.
const RING_DENSITY: RingDensity = RingDensity {
    tolerance_m: 500.0,
    initial_vertices: 180,
};

/// Why an image could not be made.
#[derive(Debug)]
pub enum ImageError {
    /// plotters failed to draw (a message from its backend).
    Draw(String),
    /// The PNG encoder failed.
    Encode(String),
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageError::Draw(e) => write!(f, "drawing the map failed: {e}"),
            ImageError::Encode(e) => write!(f, "encoding the PNG failed: {e}"),
        }
    }
}

impl std::error::Error for ImageError {}

/// The static map as SVG text in `lang`, `width_px` × `height_px`.
pub fn map_svg(
    data: &DataSet,
    choice: &SourceChoice,
    launch: &Launch,
    lang: Lang,
    (width_px, height_px): (u32, u32),
) -> Result<String, ImageError> {
    fonts::register();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width_px, height_px)).into_drawing_area();
        let words = still_text(data, choice, launch, lang);
        draw(&root, Output::Svg, data, &words, launch)
            .map_err(|e| ImageError::Draw(e.to_string()))?;
        root.present()
            .map_err(|e| ImageError::Draw(e.to_string()))?;
    }
    Ok(svg)
}

/// The static map as PNG bytes (8-bit RGB) in `lang`, `width_px` × `height_px`.
pub fn map_png(
    data: &DataSet,
    choice: &SourceChoice,
    launch: &Launch,
    lang: Lang,
    (width_px, height_px): (u32, u32),
) -> Result<Vec<u8>, ImageError> {
    fonts::register();
    let mut rgb = vec![0u8; width_px as usize * height_px as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (width_px, height_px)).into_drawing_area();
        let words = still_text(data, choice, launch, lang);
        draw(&root, Output::Bitmap(lang), data, &words, launch)
            .map_err(|e| ImageError::Draw(e.to_string()))?;
        root.present()
            .map_err(|e| ImageError::Draw(e.to_string()))?;
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width_px, height_px);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Best);
    let mut writer = encoder
        .write_header()
        .map_err(|e| ImageError::Encode(e.to_string()))?;
    writer
        .write_image_data(&rgb)
        .map_err(|e| ImageError::Encode(e.to_string()))?;
    writer
        .finish()
        .map_err(|e| ImageError::Encode(e.to_string()))?;
    Ok(out)
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A rectangle on the image, in pixels.
#[derive(Debug, Clone, Copy)]
struct Frame {
    left: f64,
    top: f64,
    width: f64,
    height: f64,
}

/// Maps projected metres into the map frame: the home box fitted (aspect kept, centred).
struct MapFrame {
    frame: Frame,
    proj: Projection,
    centre: Xy,
    m_per_px: f64,
    /// The longitudes and latitudes visible in the frame (a Mercator frame is a lon/lat box).
    visible_deg: Rect<f64>,
}

impl MapFrame {
    fn new(frame: Frame) -> Self {
        let merc = Mercator::western_pacific();
        let proj = Projection::Mercator(merc);
        let [w, s, e, n] = HOME_BOX_DEG;
        let a = merc.forward(LonLat::new(w, s)).unwrap_or(Xy::new(0.0, 0.0));
        let b = merc.forward(LonLat::new(e, n)).unwrap_or(Xy::new(0.0, 0.0));
        let m_per_px = ((b.x_m - a.x_m) / frame.width).max((b.y_m - a.y_m) / frame.height);
        let centre = Xy::new((a.x_m + b.x_m) / 2.0, (a.y_m + b.y_m) / 2.0);
        let half = Xy::new(frame.width / 2.0 * m_per_px, frame.height / 2.0 * m_per_px);
        let sw = merc.inverse(Xy::new(centre.x_m - half.x_m, centre.y_m - half.y_m));
        let ne = merc.inverse(Xy::new(centre.x_m + half.x_m, centre.y_m + half.y_m));
        let (sw, ne) = (
            sw.unwrap_or(LonLat::new(w, s)),
            ne.unwrap_or(LonLat::new(e, n)),
        );
        Self {
            frame,
            proj,
            centre,
            m_per_px,
            visible_deg: Rect::new(
                coord! { x: sw.lon_deg, y: sw.lat_deg },
                coord! { x: ne.lon_deg, y: ne.lat_deg },
            ),
        }
    }

    /// The pixel of a position, if projectable.
    fn px(&self, p: LonLat) -> Option<(i32, i32)> {
        let xy = self.proj.forward(p)?;
        let x =
            self.frame.left + self.frame.width / 2.0 + (xy.x_m - self.centre.x_m) / self.m_per_px;
        let y =
            self.frame.top + self.frame.height / 2.0 - (xy.y_m - self.centre.y_m) / self.m_per_px;
        Some((x.round() as i32, y.round() as i32))
    }

    /// A polygon (lon/lat) cut to the visible box, as pixel rings without holes: plotters
    /// fills simple rings only, so each hole is joined to the exterior by a zero-width
    /// "keyhole" bridge (out and back along the same pixels), which fills exactly like a hole
    /// and, unlike cutting the polygon in two, leaves no seam where the pieces meet.
    fn fill_rings(&self, area: &MultiPolygon<f64>) -> Vec<Vec<(i32, i32)>> {
        let visible = MultiPolygon::new(vec![self.visible_deg.to_polygon()]);
        let clipped = area.intersection(&visible).orient(Direction::Default);
        clipped
            .0
            .iter()
            .map(|p| {
                let mut ring = self.line_px(p.exterior());
                let Some(&anchor) = ring.first() else {
                    return ring;
                };
                for hole in p.interiors() {
                    let hole_px = self.line_px(hole);
                    let nearest = (0..hole_px.len()).min_by_key(|&i| {
                        let (dx, dy) = (hole_px[i].0 - anchor.0, hole_px[i].1 - anchor.1);
                        i64::from(dx) * i64::from(dx) + i64::from(dy) * i64::from(dy)
                    });
                    if let Some(j) = nearest {
                        ring.extend(hole_px[j..].iter().chain(&hole_px[..=j]));
                        ring.push(anchor);
                    }
                }
                ring
            })
            .filter(|r| r.len() >= 3)
            .collect()
    }

    /// A line (lon/lat) cut to the visible box, as pixel polylines.
    fn stroke_lines(&self, line: &LineString<f64>) -> Vec<Vec<(i32, i32)>> {
        let visible = self.visible_deg.to_polygon();
        visible
            .clip(&MultiLineString::new(vec![line.clone()]), false)
            .0
            .iter()
            .map(|l| self.line_px(l))
            .filter(|l| l.len() >= 2)
            .collect()
    }

    fn line_px(&self, line: &LineString<f64>) -> Vec<(i32, i32)> {
        let mut out: Vec<(i32, i32)> = Vec::with_capacity(line.0.len());
        for c in &line.0 {
            if let Some(px) = self.px(LonLat::new(c.x, c.y)) {
                if out.last() != Some(&px) {
                    out.push(px);
                }
            }
        }
        out
    }
}

fn linestring(points: &[LonLat]) -> LineString<f64> {
    LineString::new(
        points
            .iter()
            .map(|p| Coord {
                x: p.lon_deg,
                y: p.lat_deg,
            })
            .collect(),
    )
}

/// The outlines of everything within `radius_km` of `centres` (one ring, or the chain's
/// envelope), in lon/lat.
fn outlines(centres: &[LonLat], radius_km: f64, proj: &Projection) -> Vec<LineString<f64>> {
    let radius_m = radius_km * 1000.0;
    if centres.len() > 1 {
        if let Some(env) = coverage_envelope(centres, radius_m, proj, RING_DENSITY) {
            return env
                .0
                .iter()
                .flat_map(|p| std::iter::once(p.exterior().clone()).chain(p.interiors().to_vec()))
                .collect();
        }
    }
    centres
        .iter()
        .map(|&c| linestring(&geodesic_ring(c, radius_m, proj, RING_DENSITY)))
        .collect()
}

/// The area between `min_km` and `max_km` of `centres` (a band), in lon/lat.
fn band_area(centres: &[LonLat], min_km: f64, max_km: f64, proj: &Projection) -> MultiPolygon<f64> {
    let area = |km: f64| {
        let polys: Vec<Polygon<f64>> = outlines(centres, km, proj)
            .into_iter()
            .map(|l| Polygon::new(l, vec![]))
            .collect();
        geo::unary_union(&polys)
    };
    area(max_km).difference(&area(min_km))
}

/// What the image is drawn into, which decides how its text is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    /// SVG: `<text>` elements, laid out by the viewer.
    Svg,
    /// A bitmap: glyph by glyph in `lang`'s bundled font ([`raster::GlyphRun`]).
    Bitmap(Lang),
}

/// Draws `text` at `at` in `style` (its size, weight, colour and anchor) into `output`.
fn put<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    output: Output,
    text: impl AsRef<str>,
    at: (i32, i32),
    style: TextStyle,
) -> DrawResult<DB> {
    let text = text.as_ref();
    match output {
        Output::Svg => root.draw(&Text::new(text, at, style)),
        Output::Bitmap(lang) => {
            let bold = matches!(style.font.get_style(), FontStyle::Bold);
            let Some(face) = fonts::face(lang, bold) else {
                return root.draw(&Text::new(text, at, style));
            };
            root.draw(&raster::GlyphRun {
                text,
                at,
                anchor: style.pos,
                face,
                size_px: style.font.get_size() as f32,
                colour: style.color,
            })
        }
    }
}

/// Draws the whole graphic onto `root`, as `output`: `words` from `launch`, in their
/// language's font.
fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    output: Output,
    data: &DataSet,
    words: &StillText,
    launch: &Launch,
) -> DrawResult<DB> {
    let family = fonts::family(words.lang);
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    // Scale: 1 at the default size; text and lines grow or shrink with the image.
    let s = (w / f64::from(DEFAULT_SIZE_PX.0)).min(h / f64::from(DEFAULT_SIZE_PX.1));
    let px = |v: f64| (v * s).round() as i32;
    let font = |size: f64, bold: bool, colour: RGBColor| {
        let style = if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        // FontDesc::new, not into_font().style(): plotters' style() keeps the regular face.
        FontDesc::new(FontFamily::Name(family), size * s, style).color(&colour)
    };
    root.fill(&BG)?;

    let entries = &words.legend;

    // Header.
    let margin = 28.0 * s;
    put(
        root,
        output,
        words.title.as_str(),
        (margin as i32, px(22.0)),
        font(34.0, true, TEXT),
    )?;
    put(
        root,
        output,
        words.subtitle.as_str(),
        (margin as i32, px(68.0)),
        font(18.0, false, MUTED),
    )?;

    // Frames: map on the left, legend on the right, sources and credit below.
    let footer_h = 84.0 * s;
    let top = 104.0 * s;
    let legend_w = 340.0 * s;
    let map = Frame {
        left: margin,
        top,
        width: w - 2.0 * margin - legend_w - 20.0 * s,
        height: h - top - footer_h - 10.0 * s,
    };
    let mf = MapFrame::new(map);
    let frame_px = |f: Frame| {
        [
            (f.left.round() as i32, f.top.round() as i32),
            (
                (f.left + f.width).round() as i32,
                (f.top + f.height).round() as i32,
            ),
        ]
    };
    root.draw(&Rectangle::new(frame_px(map), SEA.filled()))?;

    // Land: other countries, the coarse world outside the detailed region, then Japan.
    let land_fill = |rings: &[Vec<LonLat>]| -> Vec<Vec<(i32, i32)>> {
        rings
            .iter()
            .flat_map(|r| {
                mf.fill_rings(&MultiPolygon::new(vec![Polygon::new(
                    linestring(r),
                    vec![],
                )]))
            })
            .collect()
    };
    for ring in land_fill(&data.basemap.world_land) {
        root.draw(&Polygon_(ring, LAND))?;
    }
    for country in &data.basemap.countries {
        let fill = if country.name == "Japan" { JAPAN } else { LAND };
        for ring in land_fill(&country.rings) {
            root.draw(&Polygon_(ring.clone(), fill))?;
            root.draw(&PathElement::new(
                close(ring),
                LAND_STROKE.stroke_width(1.max(px(0.8)) as u32),
            ))?;
        }
    }
    for line in &data.basemap.borders {
        for piece in mf.stroke_lines(&linestring(line)) {
            root.draw(&PathElement::new(
                piece,
                LAND_STROKE.mix(0.8).stroke_width(1),
            ))?;
        }
    }

    // Rings: a band is filled lightly; every edge is drawn in the source's colour and dash.
    let centres = launch.centres(data);
    let width = 1.max(px(3.0)) as u32;
    for e in entries {
        let colour = SOURCE_COLOURS[e.source_index % SOURCE_COLOURS.len()];
        let (min_km, max_km) = e.claim.km_bounds();
        if max_km > min_km {
            let band = band_area(&centres, min_km, max_km, &mf.proj);
            for ring in mf.fill_rings(&band) {
                root.draw(&Polygon_(ring, colour.mix(0.18)))?;
            }
        }
        let mut edges = outlines(&centres, max_km, &mf.proj);
        if max_km > min_km {
            edges.extend(outlines(&centres, min_km, &mf.proj));
        }
        for edge in &edges {
            for piece in mf.stroke_lines(edge) {
                stroke(
                    root,
                    piece,
                    colour,
                    width,
                    DASHES_PX[e.source_index % DASHES_PX.len()],
                    s,
                )?;
            }
        }
        // Open-ended figures ("over", "-plus"): short outward arrows on the edge.
        if e.claim.qualifier.open_ended() {
            for &c in &centres {
                for k in 0..8 {
                    let az = 22.5 + 45.0 * f64::from(k);
                    let a = destination(c, az, max_km * 1000.0);
                    let b = destination(c, az, max_km * 1000.0 * 1.07);
                    for piece in mf.stroke_lines(&linestring(&[a, b])) {
                        root.draw(&PathElement::new(piece, colour.stroke_width(width)))?;
                    }
                }
            }
        }
    }

    // Reference places for scale (the capitals): a dot and a name on a light halo, drawn
    // over the rings so the names stay legible; ring labels then keep clear of them.
    let mut placed: Vec<[i32; 4]> = Vec::new();
    let place_font = font(13.0, false, TEXT);
    for (position, name) in &words.places {
        let Some((x, y)) = mf.px(*position) else {
            continue;
        };
        if !inside(map, x, y, 40.0 * s) {
            continue;
        }
        let (tw, th) = root.estimate_text_size(name, &place_font).unwrap_or((0, 0));
        let (tx, half_h) = (x + px(7.0), th as i32 / 2 + px(2.0));
        let halo = [
            tx - px(2.0),
            y - half_h,
            tx + tw as i32 + px(2.0),
            y + half_h,
        ];
        root.draw(&Rectangle::new(
            [(halo[0], halo[1]), (halo[2], halo[3])],
            BG.mix(0.75).filled(),
        ))?;
        root.draw(&Circle::new((x, y), px(3.5), TEXT.filled()))?;
        put(
            root,
            output,
            name.as_str(),
            (tx, y),
            place_font.pos(Pos::new(HPos::Left, VPos::Center)),
        )?;
        placed.push([x - px(4.0), halo[1], halo[2], halo[3]]);
    }

    // Ring labels on the map, in a second pass so no ring crosses them: each at the first
    // azimuth (from the page's spread of 40° + 22° per ring) where it fits inside the map
    // without touching an earlier label.
    for (i, e) in entries.iter().enumerate() {
        let colour = SOURCE_COLOURS[e.source_index % SOURCE_COLOURS.len()];
        let label = e.figure.as_str();
        let label_font = font(14.0, true, colour);
        let (tw, th) = root
            .estimate_text_size(label, &label_font)
            .unwrap_or((0, 0));
        let (tw, th) = (tw as i32 + px(8.0), th as i32 + px(4.0));
        let max_m = e.claim.km_bounds().1 * 1000.0;
        let spot = (0..48).find_map(|k| {
            let az = 40.0 + 22.0 * i as f64 + 7.5 * f64::from(k);
            let (_, p) = envelope_edge_point(&centres, max_m, az)?;
            let (x, y) = mf.px(p)?;
            let bx = [x - tw / 2, y - th / 2, x + tw / 2, y + th / 2];
            let fits = f64::from(bx[0]) > map.left + 4.0
                && f64::from(bx[2]) < map.left + map.width - 4.0
                && f64::from(bx[1]) > map.top + 4.0
                && f64::from(bx[3]) < map.top + map.height - 4.0;
            let clear = placed
                .iter()
                .all(|o| bx[2] < o[0] || bx[0] > o[2] || bx[3] < o[1] || bx[1] > o[3]);
            (fits && clear).then_some(bx)
        });
        if let Some(bx) = spot {
            placed.push(bx);
            root.draw(&Rectangle::new(
                [(bx[0], bx[1]), (bx[2], bx[3])],
                BG.mix(0.9).filled(),
            ))?;
            put(
                root,
                output,
                label,
                ((bx[0] + bx[2]) / 2, (bx[1] + bx[3]) / 2),
                label_font.pos(Pos::new(HPos::Center, VPos::Center)),
            )?;
        }
    }

    // Launch point(s): a dark dot ringed in white, and the name beside the first.
    for (i, &c) in centres.iter().enumerate() {
        if let Some((x, y)) = mf.px(c) {
            root.draw(&Circle::new((x, y), px(7.0), WHITE.filled()))?;
            root.draw(&Circle::new((x, y), px(5.0), TEXT.filled()))?;
            if let (0, Some(name)) = (i, &words.launch_name) {
                let name_font = font(15.0, true, TEXT);
                let (tw, th) = root.estimate_text_size(name, &name_font).unwrap_or((0, 0));
                let (tx, ty) = (x + px(10.0), y + px(4.0));
                root.draw(&Rectangle::new(
                    [
                        (tx - px(2.0), ty - px(1.0)),
                        (tx + tw as i32 + px(2.0), ty + th as i32 + px(2.0)),
                    ],
                    BG.mix(0.75).filled(),
                ))?;
                put(root, output, name.as_str(), (tx, ty), name_font)?;
            }
        }
    }
    if let Some(chain) = &words.chain_name {
        if let Some((x, y)) = mf.px(launch.focus(data)) {
            put(
                root,
                output,
                chain.as_str(),
                (x + px(14.0), y + px(40.0)),
                font(15.0, true, TEXT),
            )?;
        }
    }
    root.draw(&Rectangle::new(frame_px(map), LAND_STROKE.stroke_width(1)))?;

    // Legend: one entry per ring.
    let lx = map.left + map.width + 20.0 * s;
    let mut y = top;
    put(
        root,
        output,
        words.legend_heading.as_str(),
        (lx as i32, y as i32),
        font(16.0, true, TEXT),
    )?;
    y += 30.0 * s;
    for e in entries {
        let colour = SOURCE_COLOURS[e.source_index % SOURCE_COLOURS.len()];
        let sample = vec![
            (lx as i32, (y + 9.0 * s) as i32),
            ((lx + 40.0 * s) as i32, (y + 9.0 * s) as i32),
        ];
        stroke(
            root,
            sample,
            colour,
            width,
            DASHES_PX[e.source_index % DASHES_PX.len()],
            s,
        )?;
        let tx = lx + 52.0 * s;
        put(
            root,
            output,
            e.figure.as_str(),
            (tx as i32, y as i32),
            font(17.0, true, colour),
        )?;
        y += 22.0 * s;
        // The missile and conversion, and who printed it: wrapped, as Japanese runs longer.
        let text_w = legend_w - 52.0 * s;
        for (line_text, line_font) in [
            (&e.detail, font(14.0, false, TEXT)),
            (&e.by, font(13.0, false, MUTED)),
        ] {
            y = paragraph(
                root,
                output,
                line_text,
                &line_font,
                (tx, y),
                text_w,
                18.0 * s,
            )?;
        }
        y += 8.0 * s;
    }
    if entries.is_empty() {
        put(
            root,
            output,
            words.no_figure.as_str(),
            (lx as i32, y as i32),
            font(14.0, false, TEXT),
        )?;
        y += 30.0 * s;
    }
    y += 4.0 * s;
    paragraph(
        root,
        output,
        &words.notes,
        &font(13.0, false, MUTED),
        (lx, y),
        legend_w - 8.0 * s,
        18.0 * s,
    )?;

    // Footer: the sources, then the credit line.
    let fy = h - footer_h + 6.0 * s;
    root.draw(&PathElement::new(
        vec![(margin as i32, fy as i32), ((w - margin) as i32, fy as i32)],
        RULE.stroke_width(1),
    ))?;
    let line_y = paragraph(
        root,
        output,
        &words.sources,
        &font(13.0, false, TEXT),
        (margin, fy + 12.0 * s),
        w - 2.0 * margin,
        18.0 * s,
    )?;
    put(
        root,
        output,
        words.credit.as_str(),
        (margin as i32, (line_y + 6.0 * s) as i32),
        font(13.0, false, MUTED).pos(Pos::new(HPos::Left, VPos::Top)),
    )?;
    Ok(())
}

/// A filled polygon in one colour (plotters' `Polygon`, renamed so geo's can be in scope).
#[allow(non_snake_case)]
fn Polygon_<C: Color>(
    points: Vec<(i32, i32)>,
    colour: C,
) -> plotters::element::Polygon<(i32, i32)> {
    plotters::element::Polygon::new(points, colour.filled())
}

/// A ring's pixel points with its first point repeated last, to stroke it closed.
fn close(mut ring: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    if let Some(&first) = ring.first() {
        ring.push(first);
    }
    ring
}

/// Whether a pixel lies inside `f`, at least `inset` from its edges.
fn inside(f: Frame, x: i32, y: i32, inset: f64) -> bool {
    let (x, y) = (f64::from(x), f64::from(y));
    x >= f.left + inset
        && x <= f.left + f.width - inset
        && y >= f.top + 10.0
        && y <= f.top + f.height - 10.0
}

/// Strokes a polyline, dashed unless `dash` is (0, 0).
fn stroke<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    points: Vec<(i32, i32)>,
    colour: RGBColor,
    width: u32,
    dash: (u32, u32),
    scale: f64,
) -> DrawResult<DB> {
    let style = colour.stroke_width(width);
    if dash == (0, 0) {
        root.draw(&PathElement::new(points, style))
    } else {
        let on = (f64::from(dash.0) * scale).round().max(1.0) as u32;
        let off = (f64::from(dash.1) * scale).round().max(1.0) as u32;
        root.draw(&plotters::element::DashedPathElement::new(
            points, on, off, style,
        ))
    }
}

/// Draws `text` in `style` from `(x, y)` down, broken into lines no wider than `max_px`, one
/// every `line_px`; returns the y under the last line.
fn paragraph<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    output: Output,
    text: &str,
    style: &TextStyle,
    (x, mut y): (f64, f64),
    max_px: f64,
    line_px: f64,
) -> Result<f64, DrawingAreaErrorKind<DB::ErrorType>> {
    for line in wrap(root, text, style, max_px) {
        put(root, output, line, (x as i32, y as i32), style.clone())?;
        y += line_px;
    }
    Ok(y)
}

/// Splits `text` into lines no wider than `max_px` in `font` (see [`lines::wrap`]).
fn wrap<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    font: &TextStyle,
    max_px: f64,
) -> Vec<String> {
    lines::wrap(text, max_px, |t| {
        root.estimate_text_size(t, font)
            .map_or(0.0, |(w, _)| f64::from(w))
    })
}
