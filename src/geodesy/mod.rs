//! Geodesy on the WGS84 ellipsoid with `geo::Geodesic` (Karney's algorithm): distances
//! between places and geodesic circles (range rings) around a launch point.

mod ring;

pub use ring::{geodesic_ring, RingDensity};

use crate::model::LonLat;
use geo::{Distance, Geodesic, Point};

/// Geodesic distance between two positions on WGS84, in metres.
pub fn distance_m(a: LonLat, b: LonLat) -> f64 {
    Geodesic.distance(point(a), point(b))
}

pub(crate) fn point(p: LonLat) -> Point<f64> {
    Point::new(p.lon_deg, p.lat_deg)
}
