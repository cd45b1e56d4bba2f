//! Coverage envelopes: everything within a distance of any of several launch points, as one
//! outline (the union of their geodesic rings, by geo's boolean operations).

use super::{destination, distance_m, geodesic_ring, RingDensity};
use crate::model::LonLat;
use crate::projection::Projection;
use geo::{unary_union, Coord, LineString, MultiPolygon, Polygon};

/// How close to a pole, in metres, a ring may come before it is treated as enclosing it.
const POLE_MARGIN_M: f64 = 10_000.0;

/// The area within `radius_m` of any of `centres`, as polygons in (unwrapped) degrees of
/// longitude and latitude, or `None` if a ring would enclose a pole (a polygon in degrees
/// cannot represent that; the caller then draws the rings one by one).
///
/// Each ring is sampled densely for `proj` at `density` (see [`geodesic_ring`]), so the
/// straight edges between vertices, in degrees, stay within the density's tolerance of the
/// true circles and the union's corners lie where the true circles cross.
pub fn coverage_envelope(
    centres: &[LonLat],
    radius_m: f64,
    proj: &Projection,
    density: RingDensity,
) -> Option<MultiPolygon<f64>> {
    let encloses_pole = |c: LonLat| {
        [90.0, -90.0]
            .iter()
            .any(|&lat| distance_m(c, LonLat::new(c.lon_deg, lat)) <= radius_m + POLE_MARGIN_M)
    };
    if centres.is_empty() || centres.iter().any(|&c| encloses_pole(c)) {
        return None;
    }
    // Every ring's longitudes are unwrapped around its own centre; centres are brought next
    // to the first one so that all rings share one continuous longitude range.
    let reference_lon_deg = centres[0].lon_deg;
    let polygons: Vec<Polygon<f64>> = centres
        .iter()
        .map(|&c| {
            let shift = (c.lon_deg - reference_lon_deg + 180.0).rem_euclid(360.0) - 180.0
                + reference_lon_deg
                - c.lon_deg;
            let ring: Vec<Coord<f64>> = geodesic_ring(c, radius_m, proj, density)
                .into_iter()
                .map(|p| Coord {
                    x: p.lon_deg + shift,
                    y: p.lat_deg,
                })
                .collect();
            Polygon::new(LineString::new(ring), vec![])
        })
        .collect();
    Some(unary_union(&polygons))
}

/// A point on the envelope's edge, in the direction `azimuth_deg` from one of the centres:
/// the first centre whose ring point in that direction is not inside another centre's ring.
/// Returns that centre and the point; used to hang labels and outward open-ended ticks on the
/// outline. `None` if there are no centres.
pub fn envelope_edge_point(
    centres: &[LonLat],
    radius_m: f64,
    azimuth_deg: f64,
) -> Option<(LonLat, LonLat)> {
    let on_edge = |p: LonLat| {
        centres
            .iter()
            .all(|&c| distance_m(c, p) >= radius_m - EDGE_TOLERANCE_M)
    };
    let candidates = || {
        centres
            .iter()
            .map(|&c| (c, destination(c, azimuth_deg, radius_m)))
    };
    candidates()
        .find(|&(_, p)| on_edge(p))
        .or_else(|| candidates().next())
}

/// Slack, in metres, when testing whether a ring point lies on another ring's edge.
const EDGE_TOLERANCE_M: f64 = 1.0;
