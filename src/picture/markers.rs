//! Where the picture's markers and labels go: the page's own layout ([`crate::labels`]),
//! kept a few px inside the picture's map frame, so the picture labels what the page labels.

use crate::i18n::Lang;
use crate::labels::{marker_layout, ring_labels, MarkerLayout, MarkerRules, RingLabel};
use crate::launch::Launch;
use crate::model::DataSet;
use crate::projection::Projection;
use crate::rings::ShownRing;
use crate::viewport::Viewport;

/// Markers this far outside a picture's map are still laid out (the frame cuts their shapes).
const OFFSCREEN_MARGIN_PX: f64 = 12.0;
/// How far inside a picture's map frame its labels stay, px.
const FRAME_INSET_PX: f64 = 3.0;

/// Everything drawn over the map in screen space.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapLabels {
    /// The markers and their labels, a reader's own point among them.
    pub markers: MarkerLayout,
    /// Each ring's figure that found room, in ring order.
    pub rings: Vec<RingLabel>,
}

/// Lays out the markers and labels of a picture of `view` in `proj`: the markers
/// ([`marker_layout`], a reader's own point among them), then the rings' figures clear of
/// them ([`ring_labels`]), all clear of the frame's edge.
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
    let rules = MarkerRules {
        covered: &edges,
        offscreen_margin_px: OFFSCREEN_MARGIN_PX,
        custom_point: true,
    };
    let markers = marker_layout(data, launch, lang, proj, view, &rules);
    let mut covered = edges.to_vec();
    covered.extend_from_slice(&markers.covered_px);
    MapLabels {
        rings: ring_labels(lang, proj, view, rings, &covered),
        markers,
    }
}
