//! Where the picture's markers and labels go: launch sites, reference places, the island
//! chain's name and each ring's figure, laid out by the page's own label placement
//! ([`crate::render::place_labels`] and [`crate::render::place_floating_labels`]) with the
//! page's font sizes and priorities (`ui::markers`, `ui::rings`), so the picture labels what
//! the page labels.

use crate::i18n::Lang;
use crate::launch::{chain_sites, Launch};
use crate::model::{DataSet, LonLat, PlaceKind};
use crate::projection::Projection;
use crate::render::{
    label_box, label_width_px, place_floating_labels, place_labels, FloatingLabel, LabelRequest,
    ScreenBox, LABEL_GAP_PX,
};
use crate::rings::ShownRing;
use crate::viewport::Viewport;

/// Font size of site labels in px (`.site text` in the stylesheet).
pub const SITE_FONT_PX: f64 = 13.0;
/// Font size of place labels in px (`.place text`).
pub const PLACE_FONT_PX: f64 = 11.0;
/// Font size of the island chain's name in px (`.chain-label`).
pub const CHAIN_FONT_PX: f64 = 12.0;
/// Font size of ring labels in px (`.ring-label`).
pub const RING_LABEL_FONT_PX: f64 = 12.5;
/// Font size of a reader's own point's label in px (`.launch-custom text`).
pub const CUSTOM_FONT_PX: f64 = 12.0;
/// Size of the square a marker covers, in px; labels keep off it.
const MARKER_PX: f64 = 10.0;
/// Markers this far outside a picture's map are still laid out (the frame cuts their shapes).
const OFFSCREEN_MARGIN_PX: f64 = 12.0;
/// How far inside a picture's map frame its labels stay, px.
const FRAME_INSET_PX: f64 = 3.0;

/// One marker and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Site or place id.
    pub id: String,
    /// Label text.
    pub name: String,
    /// Position, px from the map's left.
    pub x_px: f64,
    /// Position, px from the map's top.
    pub y_px: f64,
    /// `Some(true)` label right, `Some(false)` left, `None` no room for it.
    pub label_right: Option<bool>,
    /// Whether the marker is (part of) the launch point.
    pub selected: bool,
}

/// A ring's figure placed on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct RingLabel {
    /// The claim's id.
    pub id: String,
    /// The printed figure, e.g. "900 mi".
    pub text: String,
    /// Position of the claim's source in the source list (its colour).
    pub source_index: usize,
    /// Anchor, px from the map's left.
    pub x_px: f64,
    /// Anchor, px from the map's top.
    pub y_px: f64,
    /// Whether the text runs right of the anchor (else it ends there).
    pub start: bool,
}

/// Everything drawn over the map in screen space.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapLabels {
    /// Launch sites on the map, the selected first.
    pub sites: Vec<Marker>,
    /// Reference places on the map, capitals first.
    pub places: Vec<Marker>,
    /// The island chain's name, if on the map and with room.
    pub chain_label: Option<Marker>,
    /// A reader's own launch point and its coordinates, if on the map.
    pub custom: Option<Marker>,
    /// Each ring's figure that found room, in ring order.
    pub rings: Vec<RingLabel>,
}

/// Lays out the markers and labels of a picture of `view` in `proj`: the markers
/// ([`marker_layout`]), then the rings' figures clear of them ([`ring_labels`]).
pub fn lay_out(
    data: &DataSet,
    launch: &Launch,
    lang: Lang,
    proj: &Projection,
    view: &Viewport,
    rings: &[ShownRing],
) -> MapLabels {
    // The frame's edge: labels keep a few px inside it, clear of its border line.
    let (w, h, e) = (view.width_px, view.height_px, FRAME_INSET_PX);
    let edges = [
        [-e, -e, w + 2.0 * e, 2.0 * e],
        [-e, h - e, w + 2.0 * e, 2.0 * e],
        [-e, -e, 2.0 * e, h + 2.0 * e],
        [w - e, -e, 2.0 * e, h + 2.0 * e],
    ];
    let (mut labels, covered) =
        marker_layout(data, launch, lang, proj, view, &edges, OFFSCREEN_MARGIN_PX);
    labels.rings = ring_labels(lang, proj, view, rings, &covered);
    labels
}

/// The markers of `view` in `proj` (those up to `offscreen_margin_px` outside it too), with
/// their labels' sides: the selected site's label first, then the island chain's, the other
/// sites', places' (capitals, then bases, then cities), each where it covers nothing laid out
/// before it nor any of `covered` (what lies over the map, such as the page's buttons).
/// Returns them without ring labels, and what the markers and labels cover, for
/// [`ring_labels`]. The page's layout (`ui::markers`) is the same, reactive.
pub fn marker_layout(
    data: &DataSet,
    launch: &Launch,
    lang: Lang,
    proj: &Projection,
    view: &Viewport,
    covered: &[ScreenBox],
    offscreen_margin_px: f64,
) -> (MapLabels, Vec<ScreenBox>) {
    let selected = |id: &str| match launch {
        Launch::Site(s) => s == id,
        Launch::Chain => chain_sites(data).any(|s| s.id == id),
        Launch::Custom(_) => false,
    };
    let marker = |id: &str, name: &str, at: LonLat| {
        let (x, y) = view.to_screen(proj.forward(at)?);
        let m = offscreen_margin_px;
        let near = x > -m && y > -m && x < view.width_px + m && y < view.height_px + m;
        near.then(|| Marker {
            id: id.to_owned(),
            name: name.to_owned(),
            x_px: x,
            y_px: y,
            label_right: None,
            selected: selected(id),
        })
    };
    let mut sites: Vec<Marker> = data
        .sites
        .iter()
        .filter_map(|s| marker(&s.id, s.name_in(lang), s.position()))
        .collect();
    sites.sort_by_key(|m| !m.selected);
    let chain = &data.island_chain;
    let mut chain_label = marker(
        "island-chain",
        chain.name_in(lang),
        LonLat::new(chain.name_at.lon_deg, chain.name_at.lat_deg),
    );
    let mut ranked: Vec<_> = data.places.iter().collect();
    ranked.sort_by_key(|p| match p.kind {
        PlaceKind::Capital => 0,
        PlaceKind::Base | PlaceKind::Islands => 1,
        PlaceKind::City => 2,
    });
    let mut places: Vec<Marker> = ranked
        .iter()
        .filter_map(|p| marker(&p.id, p.name_in(lang), p.position()))
        .collect();
    let mut custom = match launch {
        Launch::Custom(p) => marker("custom", &lang.lat_lon(*p), *p),
        _ => None,
    };

    let request = |m: &Marker, font: f64, marker_px: f64, bold: bool| LabelRequest {
        x_px: m.x_px,
        y_px: m.y_px,
        width_px: label_width_px(&m.name, font, bold),
        height_px: font * 1.3,
        marker_px,
    };
    // A reader's own point is drawn over everything, its label always beside it (as on the
    // page): it only takes room from the others.
    let mut covered: Vec<ScreenBox> = covered.to_vec();
    if let Some(c) = &mut custom {
        let r = request(c, CUSTOM_FONT_PX, 0.0, true);
        covered.push([c.x_px - 11.0, c.y_px - 11.0, 22.0, 22.0]);
        covered.push(label_box(
            c.x_px + LABEL_GAP_PX + 4.0,
            c.y_px,
            r.width_px,
            r.height_px,
            true,
        ));
        c.label_right = Some(true);
    }
    let first = 1.min(sites.len());
    let (selected_site, other_sites) = sites.split_at_mut(first);
    let mut ordered: Vec<(&mut Marker, f64, f64, bool)> = Vec::new();
    ordered.extend(
        selected_site
            .iter_mut()
            .map(|m| (m, SITE_FONT_PX, MARKER_PX, true)),
    );
    ordered.extend(
        chain_label
            .iter_mut()
            .map(|m| (m, CHAIN_FONT_PX, 0.0, true)),
    );
    ordered.extend(
        other_sites
            .iter_mut()
            .map(|m| (m, SITE_FONT_PX, MARKER_PX, true)),
    );
    // Place names are the only labels not in bold (see the stylesheet).
    ordered.extend(
        places
            .iter_mut()
            .map(|m| (m, PLACE_FONT_PX, MARKER_PX, false)),
    );
    let requests: Vec<LabelRequest> = ordered
        .iter()
        .map(|(m, font, marker_px, bold)| request(m, *font, *marker_px, *bold))
        .collect();
    let sides = place_labels(&requests, view.width_px, view.height_px, &covered);
    for (((m, ..), side), r) in ordered.into_iter().zip(sides).zip(&requests) {
        m.label_right = side;
        if r.marker_px > 0.0 {
            let half = r.marker_px / 2.0;
            covered.push([r.x_px - half, r.y_px - half, r.marker_px, r.marker_px]);
        }
        if let Some(right) = side {
            let gap = if right { LABEL_GAP_PX } else { -LABEL_GAP_PX };
            covered.push(label_box(
                r.x_px + gap,
                r.y_px,
                r.width_px,
                r.height_px,
                right,
            ));
        }
    }
    let labels = MapLabels {
        sites,
        places,
        chain_label,
        custom,
        rings: Vec::new(),
    };
    (labels, covered)
}

/// Each ring's figure at the first of its candidate points where it is whole on the map and
/// clear of `covered` and the ring labels before it (as `ui::rings` places them).
pub fn ring_labels(
    lang: Lang,
    proj: &Projection,
    view: &Viewport,
    rings: &[ShownRing],
    covered: &[ScreenBox],
) -> Vec<RingLabel> {
    let texts: Vec<String> = rings
        .iter()
        .map(|r| lang.printed_figure(&r.claim))
        .collect();
    let floating: Vec<FloatingLabel> = rings
        .iter()
        .zip(&texts)
        .map(|(r, text)| FloatingLabel {
            candidates_px: r
                .label_candidates
                .iter()
                .filter_map(|&p| Some(view.to_screen(proj.forward(p)?)))
                .collect(),
            width_px: label_width_px(text, RING_LABEL_FONT_PX, true),
            height_px: RING_LABEL_FONT_PX * 1.3,
        })
        .collect();
    let placed = place_floating_labels(&floating, view.width_px, view.height_px, covered);
    rings
        .iter()
        .zip(texts)
        .zip(placed)
        .filter_map(|((r, text), at)| {
            let at = at?;
            Some(RingLabel {
                id: r.claim.id.clone(),
                text,
                source_index: super::palette::palette_index(r.source_index, r.added),
                x_px: at.x_px,
                y_px: at.y_px,
                start: at.start,
            })
        })
        .collect()
}
