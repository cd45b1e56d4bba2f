//! Turning projected geometry into SVG path data and placing labels: pure, so it is tested
//! natively and the UI only inserts strings.
//!
//! Paths are written in kilometres with y pointing south (SVG's way), rounded to a tenth of a
//! pixel at the finest scale they are drawn for ([`DrawScale::step_m`]), and placed on screen by one transform ([`crate::viewport::Viewport::svg_transform`]), so that a
//! pan or zoom changes one attribute instead of rebuilding thousands of vertices.

use crate::clip::{clip_line_to_box, clip_ring_to_box};
use crate::model::{BaseMap, IslandChain, LonLat};
use crate::projection::{Projection, Xy};
use crate::recent::Recent;
use std::fmt::Write;

/// How far a drawn base-map or graticule line may depart from its true course, in metres.
/// Half a pixel at the closest zoom ([`crate::viewport::MIN_M_PER_PX`] is 25 m per pixel).
pub const LINE_TOLERANCE_M: f64 = 12.5;

/// How finely a base map is drawn: for the closest scale it will be shown at, in metres per
/// CSS pixel. The overview is never shown closer than [`crate::model::DETAIL_BELOW_M_PER_PX`],
/// so it is projected with a looser fit and written with fewer digits: fewer vertices for the
/// browser to parse and paint, and a shorter string to build.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrawScale {
    /// The closest scale the layers are drawn at, in metres per CSS pixel.
    pub finest_m_per_px: f64,
}

impl DrawScale {
    /// For the overview base map, never shown closer than its finest scale.
    pub const OVERVIEW: Self = Self {
        finest_m_per_px: crate::model::DETAIL_BELOW_M_PER_PX,
    };
    /// For the prerendered first view (`ui::prerender`), whose Mercator layers the live page
    /// keeps until it loads the detail: coordinates in 1 km steps, 0.15 px at the desktop
    /// home view (6.5 km per px) and 0.3 px at the detail's threshold
    /// ([`crate::model::DETAIL_BELOW_M_PER_PX`]). The looser resampling tolerance adds no
    /// vertex in Mercator, where the base map's lines between vertices (and the graticule)
    /// stay straight.
    pub const FIRST_VIEW: Self = Self {
        finest_m_per_px: 10_000.0,
    };
    /// For the detailed base map, shown down to the closest zoom.
    pub const DETAIL: Self = Self {
        finest_m_per_px: crate::viewport::MIN_M_PER_PX,
    };

    /// How far a drawn line may depart from its true course, in metres: half a pixel at the
    /// finest scale, never tighter than [`LINE_TOLERANCE_M`].
    pub fn tolerance_m(self) -> f64 {
        (self.finest_m_per_px / 2.0).max(LINE_TOLERANCE_M)
    }

    /// The step coordinates are rounded to in the path, in metres: the largest power of ten
    /// within a tenth of a pixel at the finest scale, but never under 10 m (the closest zoom
    /// keeps the 10 m, a 0.4 px step, it always had) nor over 1 km: 100 m for the overview.
    pub fn step_m(self) -> f64 {
        let tenth_px = (self.finest_m_per_px / 10.0).max(1.0);
        10f64.powf(tenth_px.log10().floor()).clamp(10.0, 1_000.0)
    }
}

/// What the prerendered base map covers, `[west, south, east, north]` in degrees (east past
/// 180° continues across the antimeridian): every first view the live page opens on, with the
/// 320 px it draws beyond the frame, from a 1600 × 500 desktop map (56° E to 154° W) to a
/// 320 × 900 phone (49° S to 78° N). Land beyond it is left out of the markup, 60% of the base
/// map's bytes. The live page draws from the prerendered layers while its view (and the margin
/// it draws beyond the frame) stays inside this box, and from the overview, fetched when idle
/// and decoded only then, once the reader pans or zooms out past it.
pub const FIRST_VIEW_EXTENT_DEG: [f64; 4] = [50.0, -55.0, 215.0, 80.0];

/// [`FIRST_VIEW_EXTENT_DEG`] projected: its south-west and north-east corners.
pub fn first_view_box(proj: &Projection) -> Option<(Xy, Xy)> {
    let [w, s, e, n] = FIRST_VIEW_EXTENT_DEG;
    let sw = proj.forward(LonLat::new(w, s))?;
    let ne = proj.forward(LonLat::new(e, n))?;
    Some((sw, ne))
}

/// Base layers drawn lately, by level of detail and projection, so that zooming back out past
/// [`crate::model::DETAIL_BELOW_M_PER_PX`], or back to a projection, re-uses them instead of
/// projecting 25,000–50,000 vertices again inside a zoom or switch frame (~10–25 ms of wasm).
#[derive(Debug)]
pub struct BaseLayersCache {
    /// What was drawn, by (detailed level?, projection).
    recent: Recent<(bool, Projection), BaseLayers>,
}

impl Default for BaseLayersCache {
    fn default() -> Self {
        Self {
            recent: Recent::new(Self::KEEP),
        }
    }
}

impl BaseLayersCache {
    /// How many are kept: both levels in two projections (the true-distance view has one
    /// projection per launch point, so older ones are dropped).
    pub const KEEP: usize = 4;

    /// The layers for the `detailed` level (or the overview) in `proj`: kept ones if there are
    /// some, else `draw()`'s, which are kept, the least recently used dropped past
    /// [`Self::KEEP`].
    pub fn get_or_draw(
        &mut self,
        detailed: bool,
        proj: &Projection,
        draw: impl FnOnce() -> BaseLayers,
    ) -> BaseLayers {
        self.recent
            .get_or_insert_with((detailed, proj.clone()), draw)
            .clone()
    }
}

/// Spacing of the graticule lines in degrees.
pub const GRATICULE_STEP_DEG: f64 = 10.0;

/// How far a graticule line may depart from its true course, in metres: it is a reference,
/// not a measurement, and a looser fit keeps it to a few thousand vertices.
pub const GRATICULE_TOLERANCE_M: f64 = 1_000.0;

/// The base map in one projection, as SVG path data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseLayers {
    /// Japan's land (drawn apart so the launching country stands out).
    pub japan: String,
    /// Every other country's land at 1:10m, stroked as the coastline.
    pub land: String,
    /// Land outside the detailed region at 1:110m (fill only).
    pub world: String,
    /// Land borders.
    pub borders: String,
    /// Meridians and parallels every [`GRATICULE_STEP_DEG`].
    pub graticule: String,
    /// The First Island Chain line.
    pub island_chain: String,
}

/// Projects the whole base map (either level of detail, drawn for `scale`) and the island
/// chain. Runs once per projection (and, in the true-distance view, once per launch point) and
/// level of detail, never per pan or zoom.
pub fn base_layers(
    basemap: &BaseMap,
    island_chain: &IslandChain,
    proj: &Projection,
    scale: DrawScale,
) -> BaseLayers {
    base_layers_within(basemap, island_chain, proj, scale, None)
}

/// [`base_layers`], keeping only what lies inside `within` (projected corners, south-west and
/// north-east) where given: land cut along the box's edges, lines cut where they leave it. The
/// prerendered first view ships only the land its first views can show.
pub fn base_layers_within(
    basemap: &BaseMap,
    island_chain: &IslandChain,
    proj: &Projection,
    scale: DrawScale,
    within: Option<(Xy, Xy)>,
) -> BaseLayers {
    let mut layers = BaseLayers::default();
    let (tolerance_m, step_m) = (scale.tolerance_m(), scale.step_m());
    let corner = |p: Xy| geo::Coord { x: p.x_m, y: p.y_m };
    let back = |piece: Vec<geo::Coord<f64>>| -> Vec<Xy> {
        piece.into_iter().map(|c| Xy::new(c.x, c.y)).collect()
    };
    // A ring (closed, filled) or a line, whole, or cut to `within`.
    let push = |out: &mut String, xy: Vec<Xy>, close: bool| match within {
        None => push_compact_path(out, &xy, close, step_m),
        Some((min, max)) => {
            let coords: Vec<geo::Coord<f64>> = xy.into_iter().map(corner).collect();
            let cut = if close {
                clip_ring_to_box
            } else {
                clip_line_to_box
            };
            for piece in cut(&coords, corner(min), corner(max)) {
                push_compact_path(out, &back(piece), close, step_m);
            }
        }
    };
    for country in &basemap.countries {
        let target = if country.name == "Japan" {
            &mut layers.japan
        } else {
            &mut layers.land
        };
        for ring in &country.rings {
            if let Some(xy) = proj.project_ring(ring, tolerance_m) {
                push(target, xy, true);
            }
        }
    }
    for ring in &basemap.world_land {
        if let Some(xy) = proj.project_ring(ring, tolerance_m) {
            push(&mut layers.world, xy, true);
        }
    }
    for line in &basemap.borders {
        for piece in proj.project_line(line, tolerance_m) {
            push(&mut layers.borders, piece, false);
        }
    }
    for line in graticule_lines(GRATICULE_STEP_DEG) {
        for piece in proj.project_line(&line, GRATICULE_TOLERANCE_M.max(tolerance_m)) {
            push(&mut layers.graticule, piece, false);
        }
    }
    let chain: Vec<LonLat> = island_chain
        .waypoints
        .iter()
        .map(|w| w.position())
        .collect();
    for piece in proj.project_line(&chain, LINE_TOLERANCE_M) {
        push_path(&mut layers.island_chain, &piece, false);
    }
    layers
}

/// Meridians and parallels every `step_deg`, as lines of vertices one degree apart (the
/// projection resamples between them where it curves).
pub fn graticule_lines(step_deg: f64) -> Vec<Vec<LonLat>> {
    let step = step_deg.clamp(1.0, 90.0);
    let mut lines = Vec::new();
    let max_lat = 80.0;
    let mut lon = -180.0;
    while lon < 180.0 {
        let n = (2.0 * max_lat) as usize;
        lines.push(
            (0..=n)
                .map(|i| LonLat::new(lon, -max_lat + i as f64))
                .collect(),
        );
        lon += step;
    }
    let mut lat = -max_lat;
    while lat <= max_lat {
        // Two halves, so that no single line has to wrap all the way round.
        for start in [-180.0, 0.0] {
            lines.push(
                (0..=180)
                    .map(|i| LonLat::new(start + i as f64, lat))
                    .collect(),
            );
        }
        lat += step;
    }
    lines
}

/// Appends one polyline (or closed ring) in SVG path syntax, kilometres, y to the south.
pub fn push_path(out: &mut String, points: &[Xy], close: bool) {
    for (i, p) in points.iter().enumerate() {
        let cmd = if i == 0 { 'M' } else { 'L' };
        // Rounded to 10 m: half a pixel at the closest zoom.
        let _ = write!(out, "{cmd}{:.2} {:.2}", p.x_m / 1000.0, -p.y_m / 1000.0);
    }
    if close && !points.is_empty() {
        out.push('Z');
    }
}

/// Appends `points` as SVG path data in kilometres (y south) like [`push_path`], but compact:
/// the first point absolute (`M`), the rest as relative steps (`l`), every coordinate rounded
/// to a multiple of `step_m` metres (a power of ten from 1 m to 1 km) and written with no
/// needless characters (`l.3-1.2`). Each step is taken between rounded positions, so rounding
/// never accumulates: every vertex lands exactly where its absolute rounding would put it.
/// Points that round onto the previous one are left out.
pub fn push_compact_path(out: &mut String, points: &[Xy], close: bool, step_m: f64) {
    let step_m = 10f64.powf(step_m.clamp(1.0, 1_000.0).log10().round());
    // Decimals of a kilometre a multiple of the step needs: 3 for 1 m, 1 for 100 m.
    let decimals = (3.0 - step_m.log10()).round() as u32;
    let units = |p: &Xy| {
        (
            (p.x_m / step_m).round() as i64,
            (-p.y_m / step_m).round() as i64,
        )
    };
    let mut last: Option<(i64, i64)> = None;
    for p in points {
        let u = units(p);
        match last {
            None => {
                out.push('M');
                push_units(out, u.0, decimals, false);
                push_units(out, u.1, decimals, true);
            }
            Some(prev) if prev == u => continue,
            Some(prev) => {
                out.push('l');
                push_units(out, u.0 - prev.0, decimals, false);
                push_units(out, u.1 - prev.1, decimals, true);
            }
        }
        last = Some(u);
    }
    if close && last.is_some() {
        out.push('Z');
    }
}

/// Writes `n` units of 10^-`decimals` km as the shortest SVG number (`-1.2`, `.3`, `40`),
/// preceded by a space if it is the second number of a pair and has no sign to separate it.
/// Integer arithmetic only, exact; digits by `itoa`, since `core::fmt` took a third of the
/// time to draw the base map in the page's startup profile.
fn push_units(out: &mut String, n: i64, decimals: u32, second: bool) {
    if n < 0 {
        out.push('-');
    } else if second {
        out.push(' ');
    }
    let scale = 10_u64.pow(decimals);
    let (whole, mut frac) = (n.unsigned_abs() / scale, n.unsigned_abs() % scale);
    let mut digits = itoa::Buffer::new();
    if whole > 0 || frac == 0 {
        out.push_str(digits.format(whole));
    }
    if frac > 0 {
        out.push('.');
        let mut width = decimals as usize;
        while frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        let text = digits.format(frac);
        out.extend(std::iter::repeat_n('0', width - text.len()));
        out.push_str(text);
    }
}

/// A label that wants a place on the screen, beside its marker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelRequest {
    /// Marker position, CSS px from the left of the map.
    pub x_px: f64,
    /// Marker position, CSS px from the top of the map.
    pub y_px: f64,
    /// Label width in CSS px (estimated from its text).
    pub width_px: f64,
    /// Label height in CSS px.
    pub height_px: f64,
    /// Size of the square the marker itself covers, in CSS px (0 for a label with no marker).
    pub marker_px: f64,
}

/// Gap between a marker and its label, in CSS px.
pub const LABEL_GAP_PX: f64 = 7.0;

/// Estimated width in CSS px of a label of `text` at `font_px`, `bold` (weight 600 or more) or
/// not: a fixed share of the font size per character, a little over the widest measured in
/// headless Chromium's default sans-serif (0.71 em per character for bold site names such as
/// "Amami-Oshima", 0.69 for regular "Wuhan"), so a label never runs into its neighbour.
pub fn label_width_px(text: &str, font_px: f64, bold: bool) -> f64 {
    text_width_px(text, font_px, if bold { 0.72 } else { 0.66 })
}

/// Estimated width in CSS px of `text` at `font_px`, `em_per_char` of the font size for each
/// character but kana and kanji, which are set a full em wide.
pub fn text_width_px(text: &str, font_px: f64, em_per_char: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| {
            if crate::i18n::is_japanese_char(c) {
                1.0
            } else {
                em_per_char
            }
        })
        .sum();
    ems * font_px
}

/// A box on the screen, `[left, top, width, height]` in CSS px from the map's top left.
pub type ScreenBox = [f64; 4];

/// Decides which labels to show. Labels are taken in the order given (most important first);
/// each goes to the right of its marker, or else to its left, where it stays inside the
/// `width_px` × `height_px` screen and covers no marker, no label already shown and none of
/// `covered` (what lies over the map there, such as its buttons). Returns, per request,
/// `Some(true)` right, `Some(false)` left, or `None` for no room.
pub fn place_labels(
    requests: &[LabelRequest],
    width_px: f64,
    height_px: f64,
    covered: &[ScreenBox],
) -> Vec<Option<bool>> {
    let mut taken: Vec<ScreenBox> = covered.to_vec();
    taken.extend(requests.iter().filter(|r| r.marker_px > 0.0).map(|r| {
        let half = r.marker_px / 2.0;
        [r.x_px - half, r.y_px - half, r.marker_px, r.marker_px]
    }));
    requests
        .iter()
        .map(|r| {
            let top = r.y_px - r.height_px / 2.0;
            let right = [r.x_px + LABEL_GAP_PX, top, r.width_px, r.height_px];
            let left = [
                r.x_px - LABEL_GAP_PX - r.width_px,
                top,
                r.width_px,
                r.height_px,
            ];
            for (side, rect) in [(true, right), (false, left)] {
                if within(&rect, width_px, height_px) && !taken.iter().any(|t| overlaps(t, &rect)) {
                    taken.push(rect);
                    return Some(side);
                }
            }
            None
        })
        .collect()
}

/// The box of a label beside the point `(x_px, y_px)`: text running right of it (`start`) or
/// ending at it (`end`), vertically centred on it.
pub fn label_box(x_px: f64, y_px: f64, width_px: f64, height_px: f64, start: bool) -> ScreenBox {
    let left = if start { x_px } else { x_px - width_px };
    [left, y_px - height_px / 2.0, width_px, height_px]
}

/// A label with no marker of its own that may go at any of several points (a ring's figure,
/// anywhere on its ring), the preferred first.
#[derive(Debug, Clone, PartialEq)]
pub struct FloatingLabel {
    /// Where the label's anchor may go, CSS px from the map's top left, preferred first.
    pub candidates_px: Vec<(f64, f64)>,
    /// Label width in CSS px.
    pub width_px: f64,
    /// Label height in CSS px.
    pub height_px: f64,
}

/// Where a [`FloatingLabel`] went: its anchor point and which way its text runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedLabel {
    /// Anchor, CSS px from the map's left.
    pub x_px: f64,
    /// Anchor, CSS px from the map's top.
    pub y_px: f64,
    /// `true` for text running right of the anchor (`text-anchor: start`), `false` for text
    /// ending at it.
    pub start: bool,
}

/// Clear space kept between a floating label and anything else, in CSS px: without it a ring
/// label could sit flush against a place name and read as one ("Okinawa120–249 mi").
pub const FLOATING_LABEL_CLEARANCE_PX: f64 = 4.0;

/// Places each label, in the order given, at its first candidate point where it fits: whole
/// on the `width_px` × `height_px` screen, and at least [`FLOATING_LABEL_CLEARANCE_PX`] from
/// all of `covered` (markers, their labels, the map's buttons) and every label placed before
/// it. At each point the text runs right of it if that fits, else ends at it. `None` for a
/// label with room at none of its points.
pub fn place_floating_labels(
    labels: &[FloatingLabel],
    width_px: f64,
    height_px: f64,
    covered: &[ScreenBox],
) -> Vec<Option<PlacedLabel>> {
    let mut taken: Vec<ScreenBox> = covered.to_vec();
    labels
        .iter()
        .map(|l| {
            for &(x_px, y_px) in &l.candidates_px {
                for start in [true, false] {
                    let b = label_box(x_px, y_px, l.width_px, l.height_px, start);
                    let c = FLOATING_LABEL_CLEARANCE_PX;
                    let clear = [b[0] - c, b[1] - c, b[2] + 2.0 * c, b[3] + 2.0 * c];
                    if within(&b, width_px, height_px) && !taken.iter().any(|t| overlaps(t, &clear))
                    {
                        taken.push(b);
                        return Some(PlacedLabel { x_px, y_px, start });
                    }
                }
            }
            None
        })
        .collect()
}

/// Whether box `b` lies whole on a `width_px` × `height_px` screen.
fn within(b: &ScreenBox, width_px: f64, height_px: f64) -> bool {
    b[0] >= 0.0 && b[1] >= 0.0 && b[0] + b[2] <= width_px && b[1] + b[3] <= height_px
}

fn overlaps(a: &ScreenBox, b: &ScreenBox) -> bool {
    a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
}
