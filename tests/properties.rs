//! Property tests over the whole input space: any centre and radius gives a closed ring of
//! finite points at the claimed distance; projections round-trip; the URL parser never
//! panics and what it writes it reads back the same. Distances are checked with
//! geographiclib-rs, not with the code under test.

use geographiclib_rs::{Geodesic as Karney, InverseGeodesic};
use proptest::prelude::*;
use range_claims::geodesy::{geodesic_ring, RingDensity};
use range_claims::model::{DataSet, LonLat};
use range_claims::projection::{Projection, ProjectionKind};
use range_claims::rings::{shown_rings, SourceChoice};
use range_claims::url_state::{parse_query, to_query};
use std::sync::OnceLock;

fn data() -> &'static DataSet {
    static DATA: OnceLock<DataSet> = OnceLock::new();
    DATA.get_or_init(|| DataSet::load_embedded().expect("embedded data loads"))
}

fn lon_lat() -> impl Strategy<Value = LonLat> {
    (-180.0..=180.0f64, -90.0..=90.0f64).prop_map(|(lon, lat)| LonLat::new(lon, lat))
}

/// Coarse sampling (a zoomed-out map) keeps each case fast; vertices are exact at any density.
fn density() -> RingDensity {
    RingDensity::for_scale(20_000.0)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    /// Radii up to half a meridian's length less a margin: a geodesic is the shortest path
    /// only until it meets the cut locus (Karney 2013, §6), and for a centre on the equator the
    /// geodesic along it meets it at π b ≈ 19,970.3 km (b the polar semi-axis). Beyond that a
    /// point drawn at radius r has a shorter path back (seen: r = 19,998.3 km from (0°, 0°)
    /// measured 19,995.4 km), so no ring there is a circle of its radius.
    #[test]
    fn any_ring_is_closed_finite_and_at_its_radius(
        center in lon_lat(),
        radius_m in 1.0..19_960_000.0f64,
        mercator in any::<bool>(),
    ) {
        let kind = if mercator { ProjectionKind::Mercator } else { ProjectionKind::TrueDistance };
        let proj = Projection::new(kind, center);
        let ring = geodesic_ring(center, radius_m, &proj, density());
        prop_assert!(ring.len() >= 9);
        // Closed: the last vertex is the first. Longitudes are unwrapped along the ring, so a
        // ring around a pole ends 360° from where it began: the same point.
        let (a, b) = (ring[0], ring[ring.len() - 1]);
        prop_assert_eq!(a.lat_deg, b.lat_deg);
        prop_assert!(((a.lon_deg - b.lon_deg).rem_euclid(360.0)).min((b.lon_deg - a.lon_deg).rem_euclid(360.0)) < 1e-9);
        let karney = Karney::wgs84();
        for p in &ring {
            prop_assert!(p.lon_deg.is_finite() && p.lat_deg.is_finite());
            prop_assert!((-90.0..=90.0).contains(&p.lat_deg));
            let d: f64 = karney.inverse(center.lat_deg, center.lon_deg, p.lat_deg, p.lon_deg);
            prop_assert!((d - radius_m).abs() < 1.0, "vertex {:?} at {} m, not {} m", p, d, radius_m);
        }
        // Projected, every drawable piece is finite.
        for piece in proj.project_line(&ring, 10_000.0) {
            prop_assert!(piece.iter().all(|xy| xy.x_m.is_finite() && xy.y_m.is_finite()));
        }
    }

    #[test]
    fn mercator_round_trips(p in (-180.0..=180.0f64, -85.0..=85.0f64)) {
        let proj = Projection::new(ProjectionKind::Mercator, LonLat::new(0.0, 0.0));
        let back = proj.inverse(proj.forward(LonLat::new(p.0, p.1)).unwrap()).unwrap();
        prop_assert!((back.lat_deg - p.1).abs() < 1e-9);
        let dlon = (back.lon_deg - p.0 + 540.0).rem_euclid(360.0) - 180.0;
        prop_assert!(dlon.abs() < 1e-9);
    }

    #[test]
    fn true_distance_round_trips_away_from_the_antipode(
        center in lon_lat(),
        azimuth_deg in 0.0..360.0f64,
        distance_m in 0.0..19_000_000.0f64,
    ) {
        use geo::{Destination, Geodesic, Point};
        let target = Geodesic.destination(Point::new(center.lon_deg, center.lat_deg), azimuth_deg, distance_m);
        let p = LonLat::new(target.x(), target.y());
        let proj = Projection::new(ProjectionKind::TrueDistance, center);
        let xy = proj.forward(p).unwrap();
        // Distance from the centre is the plane's radius: the defining property.
        prop_assert!((xy.x_m.hypot(xy.y_m) - distance_m).abs() < 1e-3);
        let back = proj.inverse(xy).unwrap();
        let karney = Karney::wgs84();
        let err_m: f64 = karney.inverse(p.lat_deg, p.lon_deg, back.lat_deg, back.lon_deg);
        prop_assert!(err_m < 1e-3, "{} m off", err_m);
    }

    #[test]
    fn shown_rings_never_draw_nan(center in lon_lat(), m_per_px in 25.0..60_000.0f64) {
        let d = data();
        let proj = Projection::new(ProjectionKind::Mercator, center);
        let rings = shown_rings(&d.claims, &SourceChoice::All, &[center], &proj, m_per_px.max(2_000.0));
        prop_assert_eq!(rings.len(), d.claims.range_claims.len());
        for r in rings {
            prop_assert!(!r.path_d.contains("NaN") && !r.path_d.contains("inf"));
            prop_assert!(!r.ticks_d.contains("NaN"));
        }
    }

    #[test]
    fn any_query_parses_without_panic_and_writes_back_the_same_state(q in "\\PC{0,120}") {
        let d = data();
        let (state, _ignored) = parse_query(&q, d);
        let written = to_query(&state, d);
        let (again, ignored_again) = parse_query(&written, d);
        prop_assert!(ignored_again.is_empty(), "{:?} wrote {:?}: {:?}", q, written, ignored_again);
        prop_assert_eq!(state, again);
    }

    #[test]
    fn queries_built_from_real_names_and_junk_values_parse_cleanly(
        pairs in proptest::collection::vec(
            (prop_oneof![
                Just("source"), Just("compare"), Just("site"), Just("proj"), Just("unit"),
                Just("theme"), Just("view"), Just("embed"), Just("zoom"),
            ], "[-0-9a-z.,%NSEW ]{0,24}"),
            0..10,
        )
    ) {
        let d = data();
        let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (state, ignored) = parse_query(&q.join("&"), d);
        for i in &ignored {
            prop_assert!(!i.reason.to_string().is_empty());
        }
        if let Some(v) = state.view {
            prop_assert!(v.zoom.is_finite() && v.center.lat_deg.abs() <= 90.0);
        }
        let (again, _) = parse_query(&to_query(&state, d), d);
        prop_assert_eq!(state, again);
    }
}
