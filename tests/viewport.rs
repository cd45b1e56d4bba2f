//! Pan and zoom arithmetic, with hand-worked cases.

use range_claims::projection::Xy;
use range_claims::viewport::{ease_in_out, Viewport, MAX_M_PER_PX, MIN_M_PER_PX};

fn view() -> Viewport {
    // 800 x 600 px showing 1 km per pixel around (1,000 km E, 2,000 km N).
    Viewport {
        center: Xy::new(1_000_000.0, 2_000_000.0),
        m_per_px: 1_000.0,
        width_px: 800.0,
        height_px: 600.0,
    }
}

#[test]
fn screen_and_plane_correspond() {
    let v = view();
    assert_eq!(
        v.to_screen(Xy::new(1_000_000.0, 2_000_000.0)),
        (400.0, 300.0)
    );
    // 100 km east and 50 km north is 100 px right and 50 px up.
    assert_eq!(
        v.to_screen(Xy::new(1_100_000.0, 2_050_000.0)),
        (500.0, 250.0)
    );
    assert_eq!(
        v.from_screen(500.0, 250.0),
        Xy::new(1_100_000.0, 2_050_000.0)
    );
}

#[test]
fn a_drag_moves_the_map_with_the_pointer() {
    let v = view();
    let p = Xy::new(1_100_000.0, 2_050_000.0);
    let (x, y) = v.to_screen(p);
    let moved = v.panned(30.0, -20.0);
    assert_eq!(moved.to_screen(p), (x + 30.0, y - 20.0));
}

#[test]
fn zooming_keeps_the_point_under_the_pointer() {
    let v = view();
    let anchor = v.from_screen(100.0, 500.0);
    let z = v.zoomed_at(2.0, 100.0, 500.0);
    assert_eq!(z.m_per_px, 500.0);
    let (x, y) = z.to_screen(anchor);
    assert!((x - 100.0).abs() < 1e-9 && (y - 500.0).abs() < 1e-9);
}

#[test]
fn zoom_stops_at_its_limits_and_ignores_nonsense() {
    let v = view();
    assert_eq!(v.zoomed(1e9).m_per_px, MIN_M_PER_PX);
    assert_eq!(v.zoomed(1e-9).m_per_px, MAX_M_PER_PX);
    assert_eq!(v.zoomed(f64::NAN), v);
    assert_eq!(v.zoomed(-2.0), v);
    assert_eq!(v.panned(f64::INFINITY, 0.0), v);
}

#[test]
fn fit_shows_the_whole_box_centred() {
    let v = Viewport::fit(
        Xy::new(0.0, 0.0),
        Xy::new(4_000_000.0, 1_000_000.0),
        400.0,
        400.0,
    );
    // 4,000 km across 400 px: 10 km per pixel; the box is centred.
    assert_eq!(v.m_per_px, 10_000.0);
    assert_eq!(v.center, Xy::new(2_000_000.0, 500_000.0));
    assert_eq!(v.to_screen(Xy::new(0.0, 0.0)), (0.0, 250.0));
}

#[test]
fn the_svg_transform_places_kilometre_paths_like_to_screen() {
    // Paths are in km with y to the south: (x_km, -y_km) through the matrix must land where
    // to_screen puts the metre point.
    let v = view().zoomed_at(1.7, 123.0, 456.0);
    let t = v.svg_transform();
    let nums: Vec<f64> = t
        .trim_start_matches("matrix(")
        .trim_end_matches(')')
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let p = Xy::new(1_234_000.0, 1_987_000.0);
    let (sx, sy) = (
        nums[0] * p.x_m / 1000.0 + nums[4],
        nums[3] * (-p.y_m / 1000.0) + nums[5],
    );
    let (x, y) = v.to_screen(p);
    assert!((sx - x).abs() < 1e-6 && (sy - y).abs() < 1e-6);
}

#[test]
fn the_screen_change_moves_every_drawn_point_to_where_the_next_view_draws_it() {
    // A gesture in progress is shown by moving the drawing made for `from`: each point must
    // land where `to` would draw it, for pans, zooms and pinches (both at once).
    let from = view();
    for to in [
        from.panned(300.0, -150.0),
        from.zoomed_at(3.2, 100.0, 700.0),
        from.zoomed_at(0.3, 900.0, 20.0).panned(-40.0, 75.0),
    ] {
        let (k, tx, ty) = from.screen_change_to(&to);
        for p in [
            Xy::new(0.0, 0.0),
            Xy::new(1_234_000.0, 1_987_000.0),
            Xy::new(-3_000_000.0, 4_500_000.0),
        ] {
            let (x, y) = from.to_screen(p);
            let (nx, ny) = to.to_screen(p);
            assert!((k * x + tx - nx).abs() < 1e-6, "{k} {tx}: {x} -> {nx}");
            assert!((k * y + ty - ny).abs() < 1e-6, "{k} {ty}: {y} -> {ny}");
        }
    }
    assert_eq!(from.screen_change_to(&from), (1.0, 0.0, 0.0));
}

#[test]
fn a_drawing_with_a_margin_covers_pans_and_zooms_out_within_it() {
    // 800 x 600 px, drawn 320 px beyond each edge.
    let from = view();
    let margin_px = 320.0;
    // Pans: up to the margin is covered, beyond it not (either way, either axis).
    assert!(from.drawing_covers(&from.panned(300.0, -300.0), margin_px));
    assert!(from.drawing_covers(&from.panned(-320.0, 320.0), margin_px));
    assert!(!from.drawing_covers(&from.panned(330.0, 0.0), margin_px));
    assert!(!from.drawing_covers(&from.panned(0.0, -330.0), margin_px));
    // Zooming out about the centre by k: the drawing spans (800 + 640) k px across, centred,
    // so it covers the 800 px width down to k = 800 / 1440 = 0.556 and the 600 px height down
    // to k = 600 / 1240 = 0.484; the width decides.
    let (cx, cy) = (400.0, 300.0);
    assert!(from.drawing_covers(&from.zoomed_at(0.6, cx, cy), margin_px));
    assert!(!from.drawing_covers(&from.zoomed_at(0.5, cx, cy), margin_px));
    // About a corner, the far edges move most: k = 0.8 leaves the right edge at
    // 0.8 x 1120 = 896 px (covered), the bottom at 0.8 x 920 = 736 px (covered); k = 0.7
    // leaves the right edge at 784 px, short of 800.
    assert!(from.drawing_covers(&from.zoomed_at(0.8, 0.0, 0.0), margin_px));
    assert!(!from.drawing_covers(&from.zoomed_at(0.7, 0.0, 0.0), margin_px));
    // Zooming in is always covered: the drawing only grows.
    assert!(from.drawing_covers(&from.zoomed_at(3.0, 100.0, 500.0), margin_px));
}

#[test]
fn a_story_step_eases_from_one_view_to_the_next() {
    let a = view();
    let b = Viewport {
        center: Xy::new(a.center.x_m + 800_000.0, a.center.y_m - 400_000.0),
        m_per_px: a.m_per_px / 4.0,
        ..a
    };
    assert_eq!(a.towards(&b, 0.0), a);
    assert_eq!(a.towards(&b, 1.0), b);
    let half = a.towards(&b, 0.5);
    // Halfway in time: halfway across the plane, and a factor of 2 of the 4 in scale.
    assert!((half.center.x_m - (a.center.x_m + 400_000.0)).abs() < 1e-6);
    assert!((half.center.y_m - (a.center.y_m - 200_000.0)).abs() < 1e-6);
    assert!((half.m_per_px - a.m_per_px / 2.0).abs() < 1e-9);
    assert_eq!(
        a.towards(&b, f64::NAN),
        b,
        "a broken clock ends on the target"
    );
    // The easing starts and ends at rest and passes the middle at the middle.
    assert_eq!(ease_in_out(0.0), 0.0);
    assert_eq!(ease_in_out(1.0), 1.0);
    assert!((ease_in_out(0.5) - 0.5).abs() < 1e-12);
    assert!(ease_in_out(0.1) < 0.1 && ease_in_out(0.9) > 0.9);
    assert_eq!(ease_in_out(7.0), 1.0);
}

#[test]
fn what_a_view_shows_is_within_a_box_only_with_its_margin_inside() {
    // The 800 x 600 px view at 1 km/px shows x 600..1,400 km and y 1,700..2,300 km; with a
    // 100 px margin, 500..1,500 and 1,600..2,400 km.
    let v = view();
    let at = |x_km: f64, y_km: f64| Xy::new(x_km * 1_000.0, y_km * 1_000.0);
    assert!(v.shows_only_within(at(600.0, 1_700.0), at(1_400.0, 2_300.0), 0.0));
    assert!(!v.shows_only_within(at(601.0, 1_700.0), at(1_400.0, 2_300.0), 0.0));
    assert!(!v.shows_only_within(at(600.0, 1_700.0), at(1_400.0, 2_299.0), 0.0));
    assert!(v.shows_only_within(at(500.0, 1_600.0), at(1_500.0, 2_400.0), 100.0));
    assert!(!v.shows_only_within(at(500.0, 1_601.0), at(1_500.0, 2_400.0), 100.0));
    // Zoomed out twice as far, the same box no longer holds it.
    assert!(!v
        .zoomed(0.5)
        .shows_only_within(at(500.0, 1_600.0), at(1_500.0, 2_400.0), 100.0));
}
