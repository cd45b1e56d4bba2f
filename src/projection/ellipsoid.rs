//! The WGS84 ellipsoid, the earth model for every projection and distance in the product.

/// WGS84 equatorial radius in metres.
pub const WGS84_A_M: f64 = 6_378_137.0;
/// WGS84 flattening.
pub const WGS84_F: f64 = 1.0 / 298.257_223_563;
/// WGS84 first eccentricity, sqrt(f (2 - f)).
pub fn wgs84_e() -> f64 {
    (WGS84_F * (2.0 - WGS84_F)).sqrt()
}
/// Half the WGS84 meridian, in metres: the longest geodesic between two points (antipodes).
pub const HALF_MERIDIAN_M: f64 = 20_003_931.458_625_5;

/// The geodesic solver for WGS84 (Karney's algorithm, as used by `geo::Geodesic`).
pub fn geodesic() -> geographiclib_rs::Geodesic {
    geographiclib_rs::Geodesic::wgs84()
}
