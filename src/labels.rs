//! Where a map view's markers and labels go: launch sites, reference places, the island
//! chain's name, a reader's own point and each ring's figure, placed without overlaps by
//! [`crate::render::place_labels`] and [`crate::render::place_floating_labels`]. One layout for
//! the page (`ui::map::markers`, `ui::map::rings`, reactive around it) and every still picture
//! (`picture::markers`), so a picture labels what the page labels. Pure and DOM-free, so
//! native tests cover it; [`MarkerRules`] holds what differs between the two.

use crate::i18n::Lang;
use crate::launch::Launch;
use crate::model::{DataSet, LonLat, PlaceKind};
use crate::projection::Projection;
use crate::render::{
    label_box, label_width_px, place_floating_labels, place_labels, FloatingLabel, LabelRequest,
    ScreenBox, LABEL_GAP_PX,
};
use crate::rings::ShownRing;
use crate::viewport::Viewport;
use std::sync::Arc;

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
/// A label's line height as a multiple of its font size: the box it covers.
const LINE_HEIGHT: f64 = 1.3;

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

/// What differs between the page's layout and a picture's.
#[derive(Debug, Clone, Copy)]
pub struct MarkerRules<'a> {
    /// What lies over the map, which no label may cover (the page's buttons, a picture's
    /// frame edge).
    pub covered: &'a [ScreenBox],
    /// Markers up to this far outside the view are laid out too, px: the page's so a pan
    /// slides them in with the map, a picture's so the frame cuts their shapes.
    pub offscreen_margin_px: f64,
    /// Whether a reader's own point is laid out, its label always right of it and both taking
    /// room from the other labels. A picture does this; the page draws the point apart
    /// (`ui::map::markers::CustomMarker`), over the other labels, and gives it no room.
    pub custom_point: bool,
}

/// Everything drawn over the map in screen space but the rings' figures, laid out together so
/// the labels share the room.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MarkerLayout {
    /// Launch sites on or near the view, the selected first.
    pub sites: Vec<Marker>,
    /// Reference places on or near the view, capitals first, then bases, then cities.
    pub places: Vec<Marker>,
    /// The island chain's name, if on or near the view (its side `None` without room).
    pub chain_label: Option<Marker>,
    /// A reader's own launch point and its coordinates, if [`MarkerRules::custom_point`] and
    /// on or near the view.
    pub custom: Option<Marker>,
    /// What the markers and the labels shown cover (not [`MarkerRules::covered`]): ring
    /// labels keep off it.
    pub covered_px: Vec<ScreenBox>,
}

/// The markers of `view` in `proj` with their labels' sides, the most important labels first
/// so they win the room: the selected site's, the island chain's name, the other sites',
/// places' (capitals, then bases, then cities); each where it stays in the view and covers
/// nothing laid out before it nor any of [`MarkerRules::covered`].
pub fn marker_layout(
    data: &DataSet,
    launch: &Launch,
    lang: Lang,
    proj: &Projection,
    view: &Viewport,
    rules: &MarkerRules<'_>,
) -> MarkerLayout {
    let marker = |id: &str, name: &str, at: LonLat| {
        let (x, y) = view.to_screen(proj.forward(at)?);
        let m = rules.offscreen_margin_px;
        let near = x > -m && y > -m && x < view.width_px + m && y < view.height_px + m;
        near.then(|| Marker {
            id: id.to_owned(),
            name: name.to_owned(),
            x_px: x,
            y_px: y,
            label_right: None,
            selected: launch.includes_site(data, id),
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
    // Capitals claim label room before bases, bases before other cities.
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
        Launch::Custom(p) if rules.custom_point => marker("custom", &lang.lat_lon(*p), *p),
        _ => None,
    };

    let request = |m: &Marker, font_px: f64, marker_px: f64, bold: bool| LabelRequest {
        x_px: m.x_px,
        y_px: m.y_px,
        width_px: label_width_px(&m.name, font_px, bold),
        height_px: font_px * LINE_HEIGHT,
        marker_px,
    };
    let mut covered_px: Vec<ScreenBox> = Vec::new();
    // A reader's own point is drawn over everything, its label always beside it: it only
    // takes room from the others.
    if let Some(c) = &mut custom {
        let r = request(c, CUSTOM_FONT_PX, 0.0, true);
        covered_px.push([c.x_px - 11.0, c.y_px - 11.0, 22.0, 22.0]);
        covered_px.push(label_box(
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
        .map(|(m, font_px, marker_px, bold)| request(m, *font_px, *marker_px, *bold))
        .collect();
    let mut taken = rules.covered.to_vec();
    taken.extend_from_slice(&covered_px);
    let sides = place_labels(&requests, view.width_px, view.height_px, &taken);
    for (((m, ..), side), r) in ordered.into_iter().zip(sides).zip(&requests) {
        m.label_right = side;
        if r.marker_px > 0.0 {
            let half = r.marker_px / 2.0;
            covered_px.push([r.x_px - half, r.y_px - half, r.marker_px, r.marker_px]);
        }
        if let Some(right) = side {
            let gap = if right { LABEL_GAP_PX } else { -LABEL_GAP_PX };
            covered_px.push(label_box(
                r.x_px + gap,
                r.y_px,
                r.width_px,
                r.height_px,
                right,
            ));
        }
    }
    MarkerLayout {
        sites,
        places,
        chain_label,
        custom,
        covered_px,
    }
}

/// A ring's figure placed on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct RingLabel {
    /// The claim's id.
    pub id: String,
    /// The printed figure, e.g. "900 mi".
    pub text: String,
    /// Its source's colour class on the page ([`crate::rings::palette_class`]).
    pub palette: Arc<str>,
    /// Position of the claim's source in the source list (its colour in a picture).
    pub source_index: usize,
    /// Whether the claim is the embedding page's own (its colour in a picture).
    pub added: bool,
    /// Anchor, px from the map's left.
    pub x_px: f64,
    /// Anchor, px from the map's top.
    pub y_px: f64,
    /// Whether the text runs right of the anchor (`text-anchor: start`), else it ends there.
    pub start: bool,
}

/// Each ring's figure at the first of its candidate points where it is whole in the view and
/// clear of `covered` (markers, their labels, what lies over the map) and the ring labels
/// before it; a ring with room nowhere has none (the legend has it).
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
            height_px: RING_LABEL_FONT_PX * LINE_HEIGHT,
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
                palette: r.palette.clone(),
                source_index: r.source_index,
                added: r.added,
                x_px: at.x_px,
                y_px: at.y_px,
                start: at.start,
            })
        })
        .collect()
}
