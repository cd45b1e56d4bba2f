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
    let req = |x, y| LabelRequest {
        x_px: x,
        y_px: y,
        width_px: 50.0,
        height_px: 14.0,
        marker_px: 0.0,
    };
    let place = |reqs: &[LabelRequest]| place_labels(reqs, 1000.0, 1000.0);
    // Two markers 10 px apart vertically: the first label takes x 107..157, y 93..107; the
    // second's would overlap it on the right (y 103..117), so it goes left (x 43..93).
    assert_eq!(
        place(&[req(100.0, 100.0), req(100.0, 110.0)]),
        vec![Some(true), Some(false)]
    );
    // A third between them finds both sides taken and is hidden.
    assert_eq!(
        place(&[req(100.0, 100.0), req(100.0, 110.0), req(100.0, 105.0)]),
        vec![Some(true), Some(false), None]
    );
    // Far apart, all go right.
    assert_eq!(
        place(&[req(0.0, 100.0), req(200.0, 100.0)]),
        vec![Some(true), Some(true)]
    );
}

#[test]
fn labels_avoid_other_markers_and_the_screen_edge() {
    let req = |x| LabelRequest {
        x_px: x,
        y_px: 100.0,
        width_px: 50.0,
        height_px: 14.0,
        marker_px: 10.0,
    };
    // A 10 px marker at 120 px sits where the first label would go right (107..157): left.
    assert_eq!(
        place_labels(&[req(100.0), req(120.0)], 1000.0, 1000.0)[0],
        Some(false)
    );
    // Near the right edge of a 300 px screen a label goes left; with no room either side, none.
    assert_eq!(place_labels(&[req(280.0)], 300.0, 300.0), vec![Some(false)]);
    assert_eq!(place_labels(&[req(40.0)], 90.0, 300.0), vec![None]);
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
        let l = base_layers(&data.basemap, &data.island_chain, &proj);
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
