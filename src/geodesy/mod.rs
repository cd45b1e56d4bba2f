//! Geodesy on the WGS84 ellipsoid with `geo::Geodesic` (Karney's algorithm): distances
//! between places, geodesic circles (range rings) around a launch point, and the coverage
//! envelope of several launch points.

mod arcs;
// Generated (see the file): kept as written, so the test that checks it against the data
// compares like with like.
#[rustfmt::skip]
pub mod chain_envelopes;
mod envelope;
mod ring;

pub use arcs::{assemble_envelope, EdgeArc, EnvelopeTable};
pub use envelope::{chain_envelope, envelope_edge_point};
#[cfg(not(target_arch = "wasm32"))]
pub use envelope::{chain_envelopes_source, coverage_envelope, envelope_arcs};
pub use ring::{geodesic_ring, geodesic_ring_by_azimuth, RingDensity};

use crate::model::LonLat;
use geo::{Destination, Distance, Geodesic, Point};

/// Geodesic distance between two positions on WGS84, in metres.
pub fn distance_m(a: LonLat, b: LonLat) -> f64 {
    Geodesic.distance(point(a), point(b))
}

/// The point `distance_m` from `from` along the geodesic that leaves it at `azimuth_deg`
/// (degrees clockwise from north).
pub fn destination(from: LonLat, azimuth_deg: f64, distance_m: f64) -> LonLat {
    let p = Geodesic.destination(point(from), azimuth_deg, distance_m);
    LonLat::new(p.x(), p.y())
}

pub(crate) fn point(p: LonLat) -> Point<f64> {
    Point::new(p.lon_deg, p.lat_deg)
}
