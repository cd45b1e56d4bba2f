//! Range rings and distances against GeographicLib reference values computed outside the
//! project (Python `geographiclib` 2.x, `Geodesic.WGS84.Inverse`), and hand-worked cases.

use geographiclib_rs::{Geodesic as Karney, InverseGeodesic};
use range_claims::geodesy::{distance_m, geodesic_ring, RingDensity};
use range_claims::model::{LonLat, Unit};
use range_claims::projection::{Projection, ProjectionKind};

const SASEBO: LonLat = LonLat::new(129.723, 33.159);
const KUMAMOTO: LonLat = LonLat::new(130.74, 32.8);
const BEIJING: LonLat = LonLat::new(116.40, 39.90);

fn inverse_m(a: LonLat, b: LonLat) -> f64 {
    Karney::wgs84().inverse(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg)
}

#[test]
fn distances_match_geographiclib() {
    // GeographicLib: Sasebo–Beijing 1,405,911.599 m; Kumamoto–Beijing 1,506,320.918 m.
    assert!((distance_m(SASEBO, BEIJING) - 1_405_911.599).abs() < 0.01);
    assert!((distance_m(KUMAMOTO, BEIJING) - 1_506_320.918).abs() < 0.01);
}

#[test]
fn beijing_against_the_printed_ranges() {
    // 900 mi is exactly 1,448.4096 km: Beijing (1,405.9 km from Sasebo) is inside; from
    // Kumamoto (1,506.3 km) it is outside 900 mi and inside about 1,600 km.
    let mi900_m = Unit::Mi.to_km(900.0) * 1000.0;
    assert!((mi900_m - 1_448_409.6).abs() < 1e-6);
    assert!(distance_m(SASEBO, BEIJING) < mi900_m);
    assert!(distance_m(KUMAMOTO, BEIJING) > mi900_m);
    assert!(distance_m(KUMAMOTO, BEIJING) < 1_600_000.0);
}

fn mercator() -> Projection {
    Projection::new(ProjectionKind::Mercator, SASEBO)
}

#[test]
fn every_vertex_lies_at_the_claimed_distance() {
    let radius_m = 1_448_409.6;
    let ring = geodesic_ring(
        SASEBO,
        radius_m,
        &mercator(),
        RingDensity::for_scale(2_000.0),
    );
    assert!(ring.len() > 64);
    assert_eq!(
        ring.first().map(|p| (p.lon_deg, p.lat_deg)),
        ring.last().map(|p| (p.lon_deg, p.lat_deg))
    );
    for p in &ring {
        let d = inverse_m(SASEBO, *p);
        assert!((d - radius_m).abs() < 1.0, "vertex {p:?} is {d} m away");
    }
}

/// A deterministic pseudo-random sequence (xorshift), so the sweep is the same every run.
fn sweep(n: usize) -> impl Iterator<Item = (LonLat, f64)> {
    let mut s: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        (s >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n).map(move |_| {
        let lon = -180.0 + 360.0 * next();
        let lat = -89.9 + 179.8 * next();
        // Radii from 1 km to 20,000 km, spread logarithmically.
        let r = 1_000.0 * 20_000f64.powf(next());
        (LonLat::new(lon, lat), r)
    })
}

#[test]
fn rings_anywhere_on_earth_are_exact_closed_and_finite() {
    for (center, radius_m) in sweep(150) {
        for kind in [ProjectionKind::Mercator, ProjectionKind::TrueDistance] {
            let proj = Projection::new(kind, center);
            let ring = geodesic_ring(center, radius_m, &proj, RingDensity::for_scale(5_000.0));
            assert!(ring.len() >= 65, "{center:?} r={radius_m}");
            let (a, b) = (ring[0], ring[ring.len() - 1]);
            assert!(
                (a.lat_deg - b.lat_deg).abs() < 1e-9,
                "not closed: {center:?} r={radius_m}"
            );
            // Around a pole the longitudes come back 360° on, which is the same meridian.
            let d = (a.lon_deg - b.lon_deg).rem_euclid(360.0);
            assert!(
                d.min(360.0 - d) < 1e-9,
                "not closed: {center:?} r={radius_m}"
            );
            for p in &ring {
                assert!(p.lon_deg.is_finite() && p.lat_deg.is_finite());
                let d = inverse_m(center, *p);
                assert!(
                    (d - radius_m).abs() < 1.0,
                    "{center:?} r={radius_m}: vertex {p:?} at {d} m"
                );
            }
        }
    }
}

#[test]
fn a_ring_across_the_antimeridian_has_continuous_longitudes() {
    let center = LonLat::new(179.0, 10.0);
    let ring = geodesic_ring(
        center,
        500_000.0,
        &mercator(),
        RingDensity::for_scale(1_000.0),
    );
    for w in ring.windows(2) {
        assert!(
            (w[1].lon_deg - w[0].lon_deg).abs() < 1.0,
            "jump between {:?} and {:?}",
            w[0],
            w[1]
        );
    }
}

#[test]
fn drawn_rings_stay_within_half_a_pixel_in_the_true_distance_view() {
    // In the azimuthal equidistant view the ring is a circle of the claimed radius; every
    // chord's midpoint must lie within the tolerance of that circle.
    let radius_m = 2_500_000.0;
    let proj = Projection::new(ProjectionKind::TrueDistance, SASEBO);
    for m_per_px in [10_000.0, 1_000.0, 100.0] {
        let density = RingDensity::for_scale(m_per_px);
        let ring = geodesic_ring(SASEBO, radius_m, &proj, density);
        let xy: Vec<_> = ring.iter().map(|p| proj.forward(*p).unwrap()).collect();
        for w in xy.windows(2) {
            let mid_r = ((w[0].x_m + w[1].x_m) / 2.0).hypot((w[0].y_m + w[1].y_m) / 2.0);
            assert!(
                radius_m - mid_r <= density.tolerance_m + 1.0,
                "at {m_per_px} m/px a chord sags {} m",
                radius_m - mid_r
            );
        }
    }
}

#[test]
fn a_tiny_ring_is_still_a_ring() {
    let ring = geodesic_ring(SASEBO, 1.0, &mercator(), RingDensity::for_scale(25.0));
    for p in &ring {
        assert!((inverse_m(SASEBO, *p) - 1.0).abs() < 1e-6);
    }
}
