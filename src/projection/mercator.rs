//! Ellipsoidal Mercator (EPSG:3395 form on WGS84, scale 1 on the equator).

use super::ellipsoid::{wgs84_e, WGS84_A_M};
use super::Xy;
use crate::model::LonLat;

/// Ellipsoidal Mercator with a chosen central meridian, latitudes clamped to ±`max_lat_deg`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mercator {
    /// Central meridian in degrees east: the map's seam lies opposite it.
    pub lon0_deg: f64,
    /// Latitudes beyond this (degrees) are drawn at this latitude; Mercator goes to infinity.
    pub max_lat_deg: f64,
}

impl Mercator {
    /// Mercator centred on 150°E: East Asia and the Pacific stay whole, and the seam (30°W)
    /// runs through the Atlantic, far from anything this map is about.
    pub fn western_pacific() -> Self {
        Self {
            lon0_deg: 150.0,
            max_lat_deg: 85.0,
        }
    }

    /// Projects a position, with its longitude taken within 180° of the central meridian.
    pub fn forward(&self, p: LonLat) -> Option<Xy> {
        self.forward_unwrapped(LonLat::new(self.wrap(p.lon_deg), p.lat_deg))
    }

    /// Projects a position as it stands, even with a longitude outside -180..180: used for
    /// lines that continue across the seam.
    pub fn forward_unwrapped(&self, p: LonLat) -> Option<Xy> {
        if !(p.lon_deg.is_finite() && p.lat_deg.is_finite()) {
            return None;
        }
        let e = wgs84_e();
        let phi = p
            .lat_deg
            .clamp(-self.max_lat_deg, self.max_lat_deg)
            .to_radians();
        let sin_phi = phi.sin();
        let y_m = WGS84_A_M * (sin_phi.atanh() - e * (e * sin_phi).atanh());
        let x_m = WGS84_A_M * (p.lon_deg - self.lon0_deg).to_radians();
        Some(Xy::new(x_m, y_m))
    }

    /// The position at a projected point (longitude wrapped into -180..180).
    pub fn inverse(&self, xy: Xy) -> Option<LonLat> {
        if !(xy.x_m.is_finite() && xy.y_m.is_finite()) {
            return None;
        }
        let e = wgs84_e();
        let t = (-xy.y_m / WGS84_A_M).exp();
        let mut phi = std::f64::consts::FRAC_PI_2 - 2.0 * t.atan();
        // Fixed-point iteration on the isometric latitude; converges to 1e-15 rad in < 10 steps.
        for _ in 0..20 {
            let es = e * phi.sin();
            let next = std::f64::consts::FRAC_PI_2
                - 2.0 * (t * ((1.0 - es) / (1.0 + es)).powf(e / 2.0)).atan();
            let done = (next - phi).abs() < 1e-15;
            phi = next;
            if done {
                break;
            }
        }
        let lon = wrap180(self.lon0_deg + (xy.x_m / WGS84_A_M).to_degrees());
        Some(LonLat::new(lon, phi.to_degrees()))
    }

    /// A longitude brought within 180° of the central meridian.
    pub(super) fn wrap(&self, lon_deg: f64) -> f64 {
        self.lon0_deg + wrap180(lon_deg - self.lon0_deg)
    }
}

/// An angle in degrees brought into [-180, 180).
pub(crate) fn wrap180(deg: f64) -> f64 {
    (deg + 180.0).rem_euclid(360.0) - 180.0
}
