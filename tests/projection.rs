//! Projections against reference values computed outside the project with PROJ 9 (pyproj,
//! `+proj=merc +lon_0=150 +ellps=WGS84` and `+proj=aeqd +lat_0=33.159 +lon_0=129.723
//! +ellps=WGS84`) and cross-checked with GeographicLib's Python `Geodesic.WGS84.Inverse`.

use range_claims::model::LonLat;
use range_claims::projection::{AzimuthalEquidistant, Mercator, Projection, ProjectionKind, Xy};

/// Sasebo, the centre used for the true-distance reference values.
const SASEBO: LonLat = LonLat::new(129.723, 33.159);

fn assert_close(got: Xy, want: (f64, f64), tol_m: f64, what: &str) {
    let err = (got.x_m - want.0).hypot(got.y_m - want.1);
    assert!(
        err <= tol_m,
        "{what}: got ({}, {}), want {want:?}, off by {err} m",
        got.x_m,
        got.y_m
    );
}

#[test]
fn mercator_matches_proj() {
    let m = Mercator::western_pacific();
    let cases = [
        ((150.0, 0.0), (0.0, 0.0)),
        (
            (139.6714, 35.2933),
            (-1_149_774.492_607_405_9, 4_179_123.721_665_334_4),
        ),
        (
            (116.40, 39.90),
            (-3_740_334.890_653_991_6, 4_824_007.580_415_923),
        ),
        // West of the seam? No: -170° is 40° east of 150°E, so it lies east, not 320° west.
        (
            (-170.0, 60.0),
            (4_452_779.631_730_937, 8_362_698.548_500_747),
        ),
        (
            (120.98, 14.60),
            (-3_230_491.622_820_799_2, 1_632_379.960_951_293_1),
        ),
        ((150.0, -45.0), (0.0, -5_591_295.918_553_391_5)),
    ];
    for ((lon, lat), want) in cases {
        let got = m.forward(LonLat::new(lon, lat)).expect("projects");
        assert_close(got, want, 0.001, &format!("mercator ({lon}, {lat})"));
    }
}

#[test]
fn mercator_inverse_returns_the_original_point() {
    let m = Mercator::western_pacific();
    for (lon, lat) in [
        (139.6714, 35.2933),
        (116.4, 39.9),
        (-170.0, 60.0),
        (150.0, -45.0),
        (122.99, 24.45),
    ] {
        let back = m
            .inverse(m.forward(LonLat::new(lon, lat)).unwrap())
            .unwrap();
        assert!(
            (back.lon_deg - lon).abs() < 1e-9 && (back.lat_deg - lat).abs() < 1e-9,
            "({lon}, {lat}) came back as {back:?}"
        );
    }
}

#[test]
fn mercator_clamps_the_poles_instead_of_going_to_infinity() {
    let m = Mercator::western_pacific();
    let pole = m.forward(LonLat::new(0.0, 90.0)).unwrap();
    let limit = m.forward(LonLat::new(0.0, 85.0)).unwrap();
    assert!(pole.y_m.is_finite());
    assert_eq!(pole.y_m, limit.y_m);
}

#[test]
fn true_distance_matches_proj_and_geographiclib() {
    let a = AzimuthalEquidistant::new(SASEBO);
    let cases = [
        (
            (116.40, 39.90),
            (-1_138_305.376_632_76, 825_135.318_428_776_2),
        ), // Beijing
        (
            (121.57, 25.03),
            (-824_934.801_381_722_2, -871_178.914_428_695_6),
        ), // Taipei
        (
            (-60.0, -40.0),
            (13_363_927.792_946_69, -13_311_597.601_077_622),
        ), // far side
        ((129.723, -60.0), (0.0, -10_324_454.896_429_53)), // due south
    ];
    for ((lon, lat), want) in cases {
        let got = a.forward(LonLat::new(lon, lat)).unwrap();
        assert_close(got, want, 0.001, &format!("aeqd ({lon}, {lat})"));
    }
}

#[test]
fn true_distance_puts_beijing_at_its_geodesic_distance() {
    // GeographicLib: Sasebo to Beijing is 1,405,911.599 m; Kumamoto to Beijing 1,506,320.918 m.
    let from_sasebo = AzimuthalEquidistant::new(SASEBO)
        .forward(LonLat::new(116.40, 39.90))
        .unwrap();
    assert!((from_sasebo.x_m.hypot(from_sasebo.y_m) - 1_405_911.599).abs() < 0.01);
    let from_kumamoto = AzimuthalEquidistant::new(LonLat::new(130.74, 32.8))
        .forward(LonLat::new(116.40, 39.90))
        .unwrap();
    assert!((from_kumamoto.x_m.hypot(from_kumamoto.y_m) - 1_506_320.918).abs() < 0.01);
}

#[test]
fn true_distance_inverse_is_geodesic_direct() {
    // GeographicLib Direct(33.159, 129.723, azi 45°, 2,000 km) = (44.691667906523875, 147.55985474862155).
    let a = AzimuthalEquidistant::new(SASEBO);
    let s = 2_000_000.0 / 2f64.sqrt();
    let p = a.inverse(Xy::new(s, s)).unwrap();
    assert!((p.lat_deg - 44.691_667_906_523_875).abs() < 1e-9, "{p:?}");
    assert!((p.lon_deg - 147.559_854_748_621_55).abs() < 1e-9, "{p:?}");
}

#[test]
fn true_distance_has_nothing_beyond_the_antipode() {
    let a = AzimuthalEquidistant::new(SASEBO);
    assert!(a.inverse(Xy::new(0.0, 20_100_000.0)).is_none());
    assert!(a.inverse(Xy::new(f64::NAN, 0.0)).is_none());
}

#[test]
fn a_line_across_the_antimeridian_is_drawn_continuously() {
    // From 175°E to 175°W at 50°N: 10° of longitude, a few hundred km, not a streak across
    // the map, in both projections.
    let line = [LonLat::new(175.0, 50.0), LonLat::new(-175.0, 50.0)];
    for kind in [ProjectionKind::Mercator, ProjectionKind::TrueDistance] {
        let proj = Projection::new(kind, LonLat::new(170.0, 45.0));
        let pieces = proj.project_line(&line, 100.0);
        assert_eq!(pieces.len(), 1, "{kind:?}");
        let piece = &pieces[0];
        let len: f64 = piece.windows(2).map(|w| w[0].dist_m(w[1])).sum();
        assert!(len < 1_500_000.0, "{kind:?}: drawn {len} m long");
    }
}

#[test]
fn resampling_follows_the_curve_within_tolerance() {
    // A parallel at 40°N is a curve in the true-distance view from Sasebo: every drawn chord's
    // midpoint must lie within the tolerance of the true parallel's midpoint there.
    let proj = Projection::new(ProjectionKind::TrueDistance, SASEBO);
    let line = [LonLat::new(100.0, 40.0), LonLat::new(160.0, 40.0)];
    let tol = 50.0;
    let drawn = &proj.project_line(&line, tol)[0];
    assert!(
        drawn.len() > 10,
        "a 60° parallel must be resampled, got {} points",
        drawn.len()
    );
    for w in drawn.windows(2) {
        let a = proj.inverse(w[0]).unwrap();
        let b = proj.inverse(w[1]).unwrap();
        assert!((a.lat_deg - 40.0).abs() < 1e-6 && (b.lat_deg - 40.0).abs() < 1e-6);
        let mid_true = proj
            .forward(LonLat::new((a.lon_deg + b.lon_deg) / 2.0, 40.0))
            .unwrap();
        let mid_chord = Xy::new((w[0].x_m + w[1].x_m) / 2.0, (w[0].y_m + w[1].y_m) / 2.0);
        assert!(
            mid_true.dist_m(mid_chord) <= tol * 1.01,
            "chord off by {} m",
            mid_true.dist_m(mid_chord)
        );
    }
}

#[test]
fn true_distance_cuts_lines_near_the_antipode() {
    // Sasebo's antipode is near 33.2°S 50.3°W; a line passing next to it is cut, not smeared.
    let proj = Projection::new(ProjectionKind::TrueDistance, SASEBO);
    let line = [
        LonLat::new(-60.0, -33.0),
        LonLat::new(-50.0, -33.0),
        LonLat::new(-40.0, -33.0),
    ];
    let pieces = proj.project_line(&line, 1000.0);
    for piece in &pieces {
        for p in piece {
            assert!(p.x_m.hypot(p.y_m) <= 0.9 * 20_003_931.46 + 1.0);
        }
    }
    assert!(proj
        .project_ring(
            &[
                LonLat::new(-51.0, -34.0),
                LonLat::new(-49.0, -34.0),
                LonLat::new(-50.0, -32.0),
                LonLat::new(-51.0, -34.0)
            ],
            1000.0
        )
        .is_none());
}
