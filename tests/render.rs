//! Path building, label placement and the projected base map.

use range_claims::model::{DataSet, LonLat};
use range_claims::projection::{Projection, ProjectionKind, Xy};
use range_claims::render::{
    base_layers, graticule_lines, place_floating_labels, place_labels, push_compact_path,
    push_path, BaseLayers, BaseLayersCache, DrawScale, FloatingLabel, LabelRequest, PlacedLabel,
};

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
    let place = |reqs: &[LabelRequest]| place_labels(reqs, 1000.0, 1000.0, &[]);
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
        place_labels(&[req(100.0), req(120.0)], 1000.0, 1000.0, &[])[0],
        Some(false)
    );
    // Near the right edge of a 300 px screen a label goes left; with no room either side, none.
    assert_eq!(
        place_labels(&[req(280.0)], 300.0, 300.0, &[]),
        vec![Some(false)]
    );
    assert_eq!(place_labels(&[req(40.0)], 90.0, 300.0, &[]), vec![None]);
    // The map's buttons cover x 110..300, y 0..150: the label goes left of its marker.
    let buttons = [110.0, 0.0, 190.0, 150.0];
    assert_eq!(
        place_labels(&[req(100.0)], 1000.0, 1000.0, &[buttons]),
        vec![Some(false)]
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
        let l = base_layers(
            &data.basemap,
            &data.island_chain,
            &proj,
            DrawScale::OVERVIEW,
        );
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

#[test]
fn a_compact_path_writes_short_relative_steps() {
    let xy = |x_m: f64, y_m: f64| Xy::new(x_m, y_m);
    let mut d = String::new();
    // 100 m steps: (1,234 m, -5,678 m) rounds to (1.2 km, 5.7 km south); the next point is
    // 0.3 km east and 0.1 km north of that; the third rounds onto the second and is left out.
    push_compact_path(
        &mut d,
        &[
            xy(1_234.0, -5_678.0),
            xy(1_534.0, -5_578.0),
            xy(1_549.0, -5_551.0),
        ],
        true,
        100.0,
    );
    assert_eq!(d, "M1.2 5.7l.3-.1Z");
    let mut d = String::new();
    push_compact_path(
        &mut d,
        &[xy(-12_345.0, 40_000.0), xy(-2_345.0, 40_000.0)],
        false,
        10.0,
    );
    assert_eq!(d, "M-12.35-40l10 0");
}

/// Reads `M x y` and `l dx dy` commands back into absolute points, in km.
fn decode_compact(d: &str) -> Vec<(f64, f64)> {
    let mut numbers = Vec::new();
    let mut out = Vec::new();
    let mut pos = (0.0, 0.0);
    let mut cmd = ' ';
    let flush =
        |cmd: char, numbers: &mut Vec<f64>, pos: &mut (f64, f64), out: &mut Vec<(f64, f64)>| {
            if numbers.len() == 2 {
                *pos = match cmd {
                    'M' => (numbers[0], numbers[1]),
                    _ => (pos.0 + numbers[0], pos.1 + numbers[1]),
                };
                out.push(*pos);
            }
            numbers.clear();
        };
    let mut token = String::new();
    for c in d.chars().chain(std::iter::once(' ')) {
        let ends_token = c == ' ' || c == '-' || c.is_ascii_alphabetic();
        if ends_token && !token.is_empty() {
            numbers.push(token.parse().unwrap());
            token.clear();
        }
        if c.is_ascii_alphabetic() {
            flush(cmd, &mut numbers, &mut pos, &mut out);
            cmd = c;
        } else if c != ' ' {
            token.push(c);
        }
    }
    flush(cmd, &mut numbers, &mut pos, &mut out);
    out
}

#[test]
fn a_compact_path_never_accumulates_rounding() {
    // A long wiggly line whose points are all more than a step apart: each decoded vertex is
    // within half a step of its true point, however far along the line.
    let points: Vec<Xy> = (0..2_000)
        .map(|i| {
            let t = i as f64;
            Xy::new(
                t * 733.3 + (t * 0.7).sin() * 300.0,
                -(t * 311.1) + (t * 0.3).cos() * 9_000.0,
            )
        })
        .collect();
    for step_m in [10.0, 100.0] {
        let mut d = String::new();
        push_compact_path(&mut d, &points, false, step_m);
        let decoded = decode_compact(&d);
        assert_eq!(decoded.len(), points.len(), "step {step_m} m");
        for (p, (x_km, y_km)) in points.iter().zip(decoded) {
            assert!(
                (x_km * 1000.0 - p.x_m).abs() <= step_m / 2.0 + 1e-6,
                "{p:?} -> {x_km}"
            );
            assert!(
                (-y_km * 1000.0 - p.y_m).abs() <= step_m / 2.0 + 1e-6,
                "{p:?} -> {y_km}"
            );
        }
    }
}

#[test]
fn each_level_of_detail_is_drawn_for_its_scale() {
    // The overview: half a pixel at 3,500 m/px, written to 100 m; the detail: 12.5 m and 10 m.
    assert_eq!(DrawScale::OVERVIEW.tolerance_m(), 1_750.0);
    assert_eq!(DrawScale::OVERVIEW.step_m(), 100.0);
    assert_eq!(DrawScale::DETAIL.tolerance_m(), 12.5);
    assert_eq!(DrawScale::DETAIL.step_m(), 10.0);
}

#[test]
fn the_layers_cache_draws_each_level_and_projection_once_and_keeps_the_latest_four() {
    let mercator = Projection::new(ProjectionKind::Mercator, LonLat::new(130.0, 33.0));
    let aeqd = |lon_deg| Projection::new(ProjectionKind::TrueDistance, LonLat::new(lon_deg, 33.0));
    let mut cache = BaseLayersCache::default();
    let draws = std::cell::Cell::new(0);
    // Each drawing is told apart by its graticule string.
    let mut get = |detailed: bool, proj: &Projection, tag: &str| {
        cache
            .get_or_draw(detailed, proj, || {
                draws.set(draws.get() + 1);
                BaseLayers {
                    graticule: tag.to_owned(),
                    ..BaseLayers::default()
                }
            })
            .graticule
    };
    assert_eq!(get(false, &mercator, "overview"), "overview");
    assert_eq!(get(true, &mercator, "detail"), "detail");
    // Zooming back out: the overview kept, not drawn again.
    assert_eq!(get(false, &mercator, "again"), "overview");
    // Three launch points in the true-distance view push the least recently used out: the
    // Mercator detail (the overview was used after it).
    get(false, &aeqd(130.0), "a");
    get(false, &aeqd(131.0), "b");
    get(false, &aeqd(132.0), "c");
    assert_eq!(get(false, &mercator, "again"), "overview");
    assert_eq!(get(true, &mercator, "redrawn"), "redrawn");
    assert_eq!(draws.get(), 6);
}

#[test]
fn a_ring_label_takes_its_first_point_with_room() {
    // 60 x 14 px labels on a 400 x 300 screen; the map's buttons cover x 300..400, y 0..100.
    let buttons = [300.0, 0.0, 100.0, 100.0];
    let label = |candidates_px: Vec<(f64, f64)>| FloatingLabel {
        candidates_px,
        width_px: 60.0,
        height_px: 14.0,
    };
    let placed = place_floating_labels(
        &[
            // Its first point is under the buttons (x 310, y 50): it goes to the second.
            label(vec![(310.0, 50.0), (200.0, 200.0)]),
            // Its first point would overlap the label just placed (x 200..260, y 193..207);
            // ending at x 230 overlaps too; the second point is free.
            label(vec![(230.0, 200.0), (100.0, 100.0)]),
            // Flush against that one's right end (x 160..220, y 93..107) is too close: the
            // 4 px clearance sends it to its second point.
            label(vec![(160.0, 100.0), (100.0, 150.0)]),
            // Near the right edge the text ends at its point: x 330..390, y 243..257.
            label(vec![(390.0, 250.0)]),
            // Nowhere to go.
            label(vec![(-50.0, 10.0), (310.0, 20.0)]),
        ],
        400.0,
        300.0,
        &[buttons],
    );
    let at = |x_px, y_px, start| Some(PlacedLabel { x_px, y_px, start });
    assert_eq!(
        placed,
        vec![
            at(200.0, 200.0, true),
            at(100.0, 100.0, true),
            at(100.0, 150.0, true),
            at(390.0, 250.0, false),
            None
        ]
    );
}
