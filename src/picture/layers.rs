//! The map inside the picture, layer by layer, as the page draws it: sea, graticule, land
//! (Japan apart), borders, the range rings, the First Island Chain, reference places, launch
//! sites, a reader's own point, and the labels. Geometry comes from the page's own code
//! ([`crate::render::base_layers_within`], [`crate::rings::shown_rings`]), written in
//! kilometres and placed by the view's transform; stroke widths and dashes are converted into
//! those units, so the lines have the page's widths in px without `vector-effect`.

use super::markers::MapLabels;
use super::palette::{source_dash_px, Paint, Palette};
use super::svg::{dasharray, fill, num, stroke, Svg};
use crate::labels::{
    Marker, CHAIN_FONT_PX, CUSTOM_FONT_PX, PLACE_FONT_PX, RING_LABEL_FONT_PX, SITE_FONT_PX,
};
use crate::model::{BaseMap, IslandChain, Qualifier};
use crate::projection::Projection;
use crate::render::{base_layers_within, DrawScale, LABEL_GAP_PX};
use crate::rings::ShownRing;
use crate::viewport::Viewport;

/// How far beyond the map's edges the base map is kept, px: the frame cuts it, and a line's
/// width never shows a cut end.
const KEPT_BEYOND_PX: f64 = 24.0;

/// What the map layers need.
pub struct MapScene<'a> {
    /// The base map (the overview or the detailed one, as the page would draw at this scale).
    pub basemap: &'a BaseMap,
    /// The First Island Chain.
    pub island_chain: &'a IslandChain,
    /// The projection.
    pub proj: &'a Projection,
    /// The view: centre, scale and the map's size in px.
    pub view: &'a Viewport,
    /// The rings shown, in the page's order.
    pub rings: &'a [ShownRing],
    /// In compare mode, the band between each pair of compared rings: the farther claim's
    /// source index (its colour), the pair's `data-compare-pair` value and the band's path data
    /// in kilometres (`compare::pair_band_path`).
    pub shades: &'a [(usize, String, String)],
    /// The markers and labels, laid out.
    pub labels: &'a MapLabels,
    /// The colours.
    pub palette: &'a Palette,
    /// The id of the launch point (`data-site`).
    pub site_id: &'a str,
}

/// Writes the map at `(0, top_px)` of the picture, cut to its `view.width_px` ×
/// `view.height_px` box.
pub fn draw_map(svg: &mut Svg, scene: &MapScene<'_>, top_px: f64) {
    let view = scene.view;
    let p = scene.palette;
    let (w, h) = (view.width_px, view.height_px);
    svg.open("defs", &[]);
    svg.open("clipPath", &[("id", "map-clip".into())]);
    svg.empty("rect", &rect_attrs(0.0, top_px, w, h));
    svg.close("clipPath");
    svg.close("defs");
    svg.open(
        "g",
        &[("id", "map".into()), ("clip-path", "url(#map-clip)".into())],
    );
    let mut sea = rect_attrs(0.0, top_px, w, h);
    sea.extend(fill(p.sea));
    svg.empty("rect", &sea);
    // The plane: kilometres, y to the south, placed by the view.
    let k = 1000.0 / view.m_per_px;
    let tx = w / 2.0 - view.center.x_m / view.m_per_px;
    let ty = top_px + h / 2.0 + view.center.y_m / view.m_per_px;
    let plane = format!(
        "matrix({} 0 0 {} {} {})",
        num(k, 6),
        num(k, 6),
        num(tx, 3),
        num(ty, 3)
    );
    // One CSS px in the plane's units.
    let u = 1.0 / k;
    svg.open("g", &[("transform", plane)]);
    draw_base(svg, scene, u);
    draw_shades(svg, scene);
    draw_rings(svg, scene, u);
    svg.close("g");
    svg.open(
        "g",
        &[("transform", format!("translate(0 {})", num(top_px, 2)))],
    );
    draw_markers(svg, scene);
    svg.close("g");
    svg.close("g");
    let mut border = rect_attrs(0.5, top_px + 0.5, w - 1.0, h - 1.0);
    border.push(("fill", "none".into()));
    border.extend(stroke(p.border, 1.0));
    svg.empty("rect", &border);
}

fn rect_attrs(x: f64, y: f64, w: f64, h: f64) -> Vec<(&'static str, String)> {
    vec![
        ("x", num(x, 2)),
        ("y", num(y, 2)),
        ("width", num(w, 2)),
        ("height", num(h, 2)),
    ]
}

/// A path of `d` with `attrs`, skipped if empty.
fn path(svg: &mut Svg, d: &str, mut attrs: Vec<(&'static str, String)>) {
    if d.is_empty() {
        return;
    }
    attrs.push(("d", d.to_owned()));
    svg.empty("path", &attrs);
}

/// Land, borders, graticule and the island chain, in the plane (`u` plane units per px).
fn draw_base(svg: &mut Svg, scene: &MapScene<'_>, u: f64) {
    let view = scene.view;
    let p = scene.palette;
    let m = KEPT_BEYOND_PX;
    let within = (
        view.from_screen(-m, view.height_px + m),
        view.from_screen(view.width_px + m, -m),
    );
    let scale = DrawScale {
        finest_m_per_px: view.m_per_px,
    };
    let layers = base_layers_within(
        scene.basemap,
        scene.island_chain,
        scene.proj,
        scale,
        Some(within),
    );
    let mut graticule = vec![("id", "graticule".into()), ("fill", "none".into())];
    graticule.extend(stroke(p.graticule, 0.75 * u));
    path(svg, &layers.graticule, graticule);
    let mut world = vec![("id", "world-land".into())];
    world.extend(fill(p.land));
    path(svg, &layers.world, world);
    let coast = |id: &'static str, paint: Paint| {
        let mut a = vec![("id", id.to_owned())];
        a.extend(fill(paint));
        a.extend(stroke(p.land_stroke, 0.6 * u));
        a.push(("stroke-linejoin", "round".into()));
        a
    };
    path(svg, &layers.land, coast("land", p.land));
    path(svg, &layers.japan, coast("japan", p.japan));
    let mut borders = vec![("id", "borders".into()), ("fill", "none".into())];
    borders.extend(stroke(p.border_line, 0.8 * u));
    borders.extend(dasharray(&[4.0, 2.0], u).map(|d| ("stroke-dasharray", d)));
    path(svg, &layers.borders, borders);
    let mut chain = vec![
        ("id", "island-chain".into()),
        ("data-island-chain", String::new()),
        ("fill", "none".into()),
    ];
    chain.extend(stroke(p.chain, 2.5 * u));
    chain.extend(dasharray(&[10.0, 5.0], u).map(|d| ("stroke-dasharray", d)));
    chain.push(("stroke-linecap", "round".into()));
    path(svg, &layers.island_chain, chain);
}

/// Compare mode's shaded bands, under the rings (`.compare-shade .shade`).
fn draw_shades(svg: &mut Svg, scene: &MapScene<'_>) {
    if scene.shades.is_empty() {
        return;
    }
    svg.open("g", &[("id", "compare-shade".into())]);
    for (source_index, pair, d) in scene.shades {
        let mut attrs = vec![("data-compare-pair", pair.clone())];
        attrs.extend(fill(Paint {
            opacity: 0.15,
            ..scene.palette.source(*source_index)
        }));
        attrs.push(("fill-rule", "evenodd".into()));
        path(svg, d, attrs);
    }
    svg.close("g");
}

/// The rings, in the plane: each a group with its source's colour and dash, a band filled
/// between its edges, a halo under an approximate figure, and outward ticks on an open-ended
/// one (`.ring` in the stylesheet).
fn draw_rings(svg: &mut Svg, scene: &MapScene<'_>, u: f64) {
    svg.open("g", &[("id", "rings".into())]);
    for r in scene.rings {
        let palette_index = super::palette::palette_index(r.source_index, r.added);
        let c = scene.palette.source(palette_index);
        let band = r.max_km > r.min_km;
        svg.open(
            "g",
            &[
                ("id", format!("ring-{}", r.claim.id)),
                ("data-ring", r.claim.id.clone()),
                ("data-source", r.claim.source.clone()),
                ("data-qualifier", r.claim.qualifier.id().to_owned()),
                ("data-site", scene.site_id.to_owned()),
                ("data-min-km", num(r.min_km, 1)),
                ("data-max-km", num(r.max_km, 1)),
            ],
        );
        if r.claim.qualifier == Qualifier::About {
            let mut halo = vec![("fill", "none".to_owned())];
            halo.extend(stroke(Paint { opacity: 0.22, ..c }, 9.0 * u));
            path(svg, &r.path_d, halo);
        }
        let mut line = if band {
            let mut a = fill(Paint { opacity: 0.16, ..c });
            a.push(("fill-rule", "evenodd".into()));
            a
        } else {
            vec![("fill", "none".to_owned())]
        };
        line.extend(stroke(c, 2.25 * u));
        line.extend(dasharray(source_dash_px(palette_index), u).map(|d| ("stroke-dasharray", d)));
        path(svg, &r.path_d, line);
        let mut ticks = vec![("fill", "none".to_owned())];
        ticks.extend(stroke(c, 2.25 * u));
        ticks.push(("stroke-linecap", "round".into()));
        path(svg, &r.ticks_d, ticks);
        svg.close("g");
    }
    svg.close("g");
}

/// How a label is set.
struct LabelStyle {
    font_px: f64,
    bold: bool,
    italic: bool,
    fill: Paint,
    halo_px: f64,
}

/// A label: its halo (a stroked copy, hidden from screen readers) under its text, since
/// SVG 1.1 has no `paint-order`. `(x, y)` is the anchor at the text's middle height.
fn label(
    svg: &mut Svg,
    palette: &Palette,
    (x, y): (f64, f64),
    start: bool,
    text: &str,
    style: &LabelStyle,
) {
    let mut base = vec![
        ("x", num(x, 1)),
        ("y", num(y + style.font_px * 0.35, 1)),
        ("font-size", num(style.font_px, 2)),
    ];
    if style.bold {
        base.push(("font-weight", "bold".into()));
    }
    if style.italic {
        base.push(("font-style", "italic".into()));
    }
    if !start {
        base.push(("text-anchor", "end".into()));
    }
    let mut halo = base.clone();
    halo.push(("aria-hidden", "true".into()));
    halo.push(("fill", "none".into()));
    halo.extend(stroke(palette.halo, style.halo_px));
    halo.push(("stroke-linejoin", "round".into()));
    svg.element("text", &halo, text);
    base.extend(fill(style.fill));
    svg.element("text", &base, text);
}

/// A marker's label beside it, on the side the layout chose.
fn marker_label(svg: &mut Svg, palette: &Palette, m: &Marker, style: &LabelStyle) {
    if let Some(right) = m.label_right {
        let gap = if right { LABEL_GAP_PX } else { -LABEL_GAP_PX };
        label(svg, palette, (m.x_px + gap, m.y_px), right, &m.name, style);
    }
}

/// Places, sites, a reader's own point, the chain's name and the rings' figures, in px.
fn draw_markers(svg: &mut Svg, scene: &MapScene<'_>) {
    let p = scene.palette;
    let labels = scene.labels;
    svg.open("g", &[("id", "places".into())]);
    for m in &labels.markers.places {
        let mut dot = vec![
            ("cx", num(m.x_px, 1)),
            ("cy", num(m.y_px, 1)),
            ("r", "2.5".into()),
        ];
        dot.extend(fill(p.place));
        svg.empty("circle", &dot);
        let style = LabelStyle {
            font_px: PLACE_FONT_PX,
            bold: false,
            italic: false,
            fill: p.place,
            halo_px: 3.0,
        };
        marker_label(svg, p, m, &style);
    }
    svg.close("g");
    svg.open("g", &[("id", "sites".into())]);
    // The selected site, laid out first, is drawn last: on top.
    for m in labels.markers.sites.iter().rev() {
        let (mark, scale) = if m.selected {
            (p.site_selected, " scale(1.35)")
        } else {
            (p.site, "")
        };
        let mut diamond = vec![
            (
                "transform",
                format!("translate({} {}){scale}", num(m.x_px, 1), num(m.y_px, 1)),
            ),
            ("d", "M0-6L6 0L0 6L-6 0Z".into()),
        ];
        if m.selected {
            diamond.push(("data-launch-marker", String::new()));
        }
        diamond.extend(fill(mark));
        diamond.extend(stroke(p.halo, 1.5));
        svg.empty("path", &diamond);
        let style = LabelStyle {
            font_px: SITE_FONT_PX,
            bold: true,
            italic: false,
            fill: p.fg,
            halo_px: 3.5,
        };
        marker_label(svg, p, m, &style);
    }
    svg.close("g");
    if let Some(c) = &labels.markers.custom {
        let at = format!("translate({} {})", num(c.x_px, 1), num(c.y_px, 1));
        svg.open(
            "g",
            &[("transform", at), ("data-launch-marker", String::new())],
        );
        let mut ring = vec![("r", "7".to_owned())];
        ring.extend(fill(p.site_selected));
        ring.extend(stroke(p.halo, 2.0));
        svg.empty("circle", &ring);
        let mut cross = vec![
            ("d", "M-11 0H-4M4 0H11M0-11V-4M0 4V11".to_owned()),
            ("fill", "none".into()),
        ];
        cross.extend(stroke(p.site_selected, 2.0));
        svg.empty("path", &cross);
        svg.close("g");
        let style = LabelStyle {
            font_px: CUSTOM_FONT_PX,
            bold: true,
            italic: false,
            fill: p.fg,
            halo_px: 3.5,
        };
        label(
            svg,
            p,
            (c.x_px + LABEL_GAP_PX + 4.0, c.y_px),
            true,
            &c.name,
            &style,
        );
    }
    if let Some(m) = &labels.markers.chain_label {
        let style = LabelStyle {
            font_px: CHAIN_FONT_PX,
            bold: true,
            italic: true,
            fill: p.chain,
            halo_px: 3.0,
        };
        marker_label(svg, p, m, &style);
    }
    svg.open("g", &[("id", "ring-labels".into())]);
    for l in &labels.rings {
        let style = LabelStyle {
            font_px: RING_LABEL_FONT_PX,
            bold: true,
            italic: false,
            fill: p.source(super::palette::palette_index(l.source_index, l.added)),
            halo_px: 3.5,
        };
        label(svg, p, (l.x_px, l.y_px), l.start, &l.text, &style);
    }
    svg.close("g");
}
