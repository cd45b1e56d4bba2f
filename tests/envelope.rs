//! Coverage envelopes (the union of several geodesic rings) against hand-worked cases and
//! GeographicLib values computed outside the project (Python `geographiclib` 2.1).

use geo::{Area, Contains, Point};
use range_claims::geodesy::{
    chain_envelope, coverage_envelope, distance_m, envelope_edge_point, RingDensity,
};
use range_claims::model::LonLat;
use range_claims::projection::{Projection, ProjectionKind};

fn mercator() -> Projection {
    Projection::new(ProjectionKind::Mercator, LonLat::new(130.0, 30.0))
}

/// Dense sampling: half a pixel at 100 m per pixel.
fn fine() -> RingDensity {
    RingDensity::for_scale(100.0)
}

#[test]
fn two_overlapping_rings_make_one_outline_that_crosses_where_geographiclib_says() {
    // Two 200 km rings on the equator at 0° and 2° E (222.6 km apart) overlap. GeographicLib:
    // they cross on the 1° E meridian at 1.50274° N and S; the union reaches 1.79663° W and
    // 3.79663° E.
    let centres = [LonLat::new(0.0, 0.0), LonLat::new(2.0, 0.0)];
    let env = coverage_envelope(&centres, 200_000.0, &mercator(), fine()).unwrap();
    assert_eq!(env.0.len(), 1, "one polygon");
    assert!(env.0[0].interiors().is_empty());
    let xs: Vec<f64> = env.0[0].exterior().coords().map(|c| c.x).collect();
    let min_x = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let max_x = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    assert!((min_x + 1.796_63).abs() < 1e-3, "west edge {min_x}");
    assert!((max_x - 3.796_63).abs() < 1e-3, "east edge {max_x}");
    // The waist on the 1° E meridian: inside just short of the crossing, outside just beyond.
    assert!(env.contains(&Point::new(1.0, 1.49)));
    assert!(!env.contains(&Point::new(1.0, 1.52)));
    assert!(!env.contains(&Point::new(1.0, -1.52)));
    // Every vertex lies on the envelope's edge: at the radius from its nearest centre.
    for c in env.0[0].exterior().coords() {
        let nearest = centres
            .iter()
            .map(|&k| distance_m(k, LonLat::new(c.x, c.y)))
            .fold(f64::INFINITY, f64::min);
        assert!(
            (nearest - 200_000.0).abs() < 100.0,
            "vertex {c:?} at {nearest} m"
        );
    }
}

#[test]
fn rings_apart_stay_apart_and_a_ring_inside_another_adds_nothing() {
    let proj = mercator();
    let apart = [LonLat::new(120.0, 20.0), LonLat::new(130.0, 30.0)];
    let env = coverage_envelope(&apart, 300_000.0, &proj, fine()).unwrap();
    assert_eq!(env.0.len(), 2);
    let one = coverage_envelope(&apart[..1], 1_000_000.0, &proj, fine()).unwrap();
    let nested = [apart[0], LonLat::new(120.5, 20.5)];
    let both = coverage_envelope(&nested, 1_000_000.0, &proj, fine()).unwrap();
    let (a1, a2) = (one.unsigned_area(), both.unsigned_area());
    // The second ring pokes out a little (it is 75 km off centre), never less.
    assert!(a2 >= a1 && a2 < a1 * 1.25, "{a1} vs {a2}");
}

#[test]
fn rings_across_the_antimeridian_join_up() {
    let centres = [LonLat::new(179.0, 50.0), LonLat::new(-179.0, 50.0)];
    let env = coverage_envelope(&centres, 300_000.0, &mercator(), fine()).unwrap();
    assert_eq!(env.0.len(), 1, "one outline, not two halves a world apart");
}

#[test]
fn a_ring_around_a_pole_has_no_envelope_in_degrees() {
    let centres = [LonLat::new(130.0, 80.0), LonLat::new(140.0, 80.0)];
    assert!(coverage_envelope(&centres, 1_500_000.0, &mercator(), fine()).is_none());
    assert!(coverage_envelope(&[], 1_000.0, &mercator(), fine()).is_none());
}

#[test]
fn edge_points_lie_on_the_outline() {
    let centres = [LonLat::new(0.0, 0.0), LonLat::new(2.0, 0.0)];
    for az in [0.0, 45.0, 90.0, 135.0, 180.0, 270.0] {
        let (from, p) = envelope_edge_point(&centres, 200_000.0, az).unwrap();
        assert!((distance_m(from, p) - 200_000.0).abs() < 0.01);
        for &c in &centres {
            assert!(
                distance_m(c, p) >= 200_000.0 - 1.0,
                "az {az}: inside another ring"
            );
        }
    }
    // Due east, the point comes from the eastern centre: 3.79663° E on the equator.
    let (from, p) = envelope_edge_point(&centres, 200_000.0, 90.0).unwrap();
    assert_eq!(from, centres[1]);
    assert!((p.lon_deg - 3.796_63).abs() < 1e-4 && p.lat_deg.abs() < 1e-9);
}

/// The chain's sites, and every radius a claim names (inner and outer edges), in metres.
fn chain_and_radii() -> (Vec<LonLat>, Vec<f64>) {
    let data = range_claims::model::DataSet::load_embedded().unwrap();
    let centres = range_claims::launch::chain_sites(&data)
        .map(|s| s.position())
        .collect();
    let mut radii: Vec<f64> = data
        .claims
        .range_claims
        .iter()
        .flat_map(|c| {
            let (a, b) = c.km_bounds();
            [a * 1000.0, b * 1000.0]
        })
        .filter(|&r| r > 0.0)
        .collect();
    radii.sort_by(f64::total_cmp);
    radii.dedup();
    (centres, radii)
}

/// A loop's distinct vertices, turned to run clockwise (x east, y north).
fn clockwise(ring: &geo::LineString<f64>) -> Vec<LonLat> {
    let mut pts: Vec<LonLat> = ring.0[..ring.0.len() - 1]
        .iter()
        .map(|c| LonLat::new(c.x, c.y))
        .collect();
    let n = pts.len();
    let area: f64 = (0..n)
        .map(|i| {
            let (a, b) = (pts[i], pts[(i + 1) % n]);
            a.lon_deg * b.lat_deg - b.lon_deg * a.lat_deg
        })
        .sum();
    if area > 0.0 {
        pts.reverse();
    }
    pts
}

/// Asserts two loops hold the same vertices in the same cyclic order, each within 1 m.
fn assert_same_loop(expected: &geo::LineString<f64>, got: &geo::LineString<f64>, what: &str) {
    let (e, g) = (clockwise(expected), clockwise(got));
    assert_eq!(e.len(), g.len(), "{what}: vertex count");
    let start = g
        .iter()
        .position(|&p| distance_m(p, e[0]) < 1.0)
        .unwrap_or_else(|| panic!("{what}: no vertex at {:?}", e[0]));
    for (i, &p) in e.iter().enumerate() {
        let q = g[(start + i) % g.len()];
        let d = distance_m(p, q);
        assert!(d < 1.0, "{what}: vertex {i} {p:?} vs {q:?}, {d} m apart");
    }
}

#[test]
fn the_chain_envelopes_from_the_arcs_table_equal_the_union_vertex_by_vertex() {
    // At every scale the page samples rings for (powers of two, 64 m to 32 km per pixel),
    // in both projections, for every radius a claim names.
    let (centres, radii) = chain_and_radii();
    let focus = LonLat::new(
        centres.iter().map(|c| c.lon_deg).sum::<f64>() / centres.len() as f64,
        centres.iter().map(|c| c.lat_deg).sum::<f64>() / centres.len() as f64,
    );
    let mut checked = 0;
    for kind in [ProjectionKind::Mercator, ProjectionKind::TrueDistance] {
        let proj = Projection::new(kind, focus);
        for exp in 6..=15 {
            let density = RingDensity::for_scale(2f64.powi(exp));
            for &radius_m in &radii {
                let union = coverage_envelope(&centres, radius_m, &proj, density).unwrap();
                let arcs = chain_envelope(&centres, radius_m, &proj, density)
                    .unwrap_or_else(|| panic!("no table entry for {radius_m} m"));
                let what = format!("{kind:?} 2^{exp} m/px {radius_m} m");
                assert_eq!(union.0.len(), arcs.0.len(), "{what}: polygons");
                for (u, a) in union.0.iter().zip(&arcs.0) {
                    assert_eq!(u.interiors().len(), a.interiors().len(), "{what}: holes");
                    assert_same_loop(u.exterior(), a.exterior(), &what);
                    for (uh, ah) in u.interiors().iter().zip(a.interiors()) {
                        assert_same_loop(uh, ah, &what);
                    }
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 2 * 10 * radii.len());
}

#[test]
fn the_shipped_arcs_table_is_the_one_the_data_gives() {
    let data = range_claims::model::DataSet::load_embedded().unwrap();
    let fresh = range_claims::geodesy::chain_envelopes_source(&data).unwrap();
    assert!(
        include_str!("../src/geodesy/chain_envelopes.rs") == fresh,
        "src/geodesy/chain_envelopes.rs is out of date with the data: run \
         `cargo run --release --bin export -- chain-envelopes > src/geodesy/chain_envelopes.rs`"
    );
}

#[test]
fn other_launch_points_or_radii_have_no_table_entry() {
    let (centres, radii) = chain_and_radii();
    let proj = mercator();
    assert!(chain_envelope(&centres, radii[0] + 1.0, &proj, fine()).is_none());
    assert!(chain_envelope(&centres[1..], radii[0], &proj, fine()).is_none());
    assert!(chain_envelope(&[], radii[0], &proj, fine()).is_none());
}
