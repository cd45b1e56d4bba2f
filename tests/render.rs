//! Path building, label placement and the projected base map.

use range_claims::model::{DataSet, LonLat};
use range_claims::projection::{Projection, ProjectionKind, Xy};
use range_claims::render::{base_layers, graticule_lines, place_labels, push_path, LabelRequest};

#[test]
fn paths_are_kilometres_with_y_to_the_south() {
    let mut d = String::new();
    push_path(
        &mut d,
        &[Xy::new(1_234.0, 5_678.0), Xy::new(-10.0, -20_006.0)],
        true,
    );
    assert_eq!(d, "M1.23 -5.68L-0.01 20.01Z");
}

#[test]
fn labels_never_overlap_and_fall_back_to_the_left() {
    let req = |x| LabelRequest {
        x_px: x,
        y_px: 100.0,
        width_px: 50.0,
        height_px: 14.0,
    };
    // Markers 30 px apart: the first label takes 37..87 px; the second's would overlap it on
    // either side (67..117 right, 3..53 left), so it is hidden; the third fits on the right
    // (97..147).
    let sides = place_labels(&[req(30.0), req(60.0), req(90.0)]);
    assert_eq!(sides, vec![Some(true), None, Some(true)]);
    // A marker just left of a labelled one puts its label on its own left (33..83 px).
    assert_eq!(
        place_labels(&[req(100.0), req(90.0)]),
        vec![Some(true), Some(false)]
    );
    // Far apart, all go right.
    assert_eq!(
        place_labels(&[req(0.0), req(200.0)]),
        vec![Some(true), Some(true)]
    );
}

#[test]
fn the_graticule_spans_the_globe() {
    let lines = graticule_lines(10.0);
    // 36 meridians, 17 parallels in two halves each.
    assert_eq!(lines.len(), 36 + 17 * 2);
    assert!(lines.iter().flatten().all(|p| p.lat_deg.abs() <= 80.0));
}

#[test]
fn every_layer_is_drawn_in_both_projections() {
    let data = DataSet::load_embedded().unwrap();
    for kind in [ProjectionKind::Mercator, ProjectionKind::TrueDistance] {
        let proj = Projection::new(kind, LonLat::new(129.723, 33.159));
        let l = base_layers(&data, &proj);
        for (name, d) in [
            ("japan", &l.japan),
            ("land", &l.land),
            ("world", &l.world),
            ("borders", &l.borders),
            ("graticule", &l.graticule),
            ("chain", &l.island_chain),
        ] {
            assert!(
                d.starts_with('M') && d.len() > 100,
                "{kind:?}: layer {name} is empty"
            );
            assert!(
                !d.contains("NaN") && !d.contains("inf"),
                "{kind:?}: layer {name} has a bad number"
            );
        }
    }
}
