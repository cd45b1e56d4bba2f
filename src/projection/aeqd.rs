//! Azimuthal equidistant projection on the WGS84 ellipsoid, as GeographicLib defines it:
//! a point is placed at its true geodesic distance from the centre, in its true direction.

use super::ellipsoid::{geodesic, HALF_MERIDIAN_M};
use super::Xy;
use crate::model::LonLat;
use geographiclib_rs::{DirectGeodesic, InverseGeodesic};

/// Share of the way to the antipode beyond which the projection is not drawn: past it, a small
/// move on the ground swings far around the rim and outlines smear.
const DRAWABLE_FRACTION: f64 = 0.9;

/// Azimuthal equidistant projection centred on a point ("true distance" view).
#[derive(Debug, Clone, PartialEq)]
pub struct AzimuthalEquidistant {
    /// The centre: the launch point, from which all distances on the map are true.
    pub center: LonLat,
}

impl AzimuthalEquidistant {
    /// The projection centred on `center`.
    pub fn new(center: LonLat) -> Self {
        Self { center }
    }

    /// Projects a position: distance along the geodesic from the centre, in the direction of
    /// its azimuth there (x east, y north).
    pub fn forward(&self, p: LonLat) -> Option<Xy> {
        if !(p.lon_deg.is_finite() && p.lat_deg.is_finite()) {
            return None;
        }
        let (s12_m, azi1_deg, _azi2, _a12): (f64, f64, f64, f64) = geodesic().inverse(
            self.center.lat_deg,
            self.center.lon_deg,
            p.lat_deg,
            p.lon_deg,
        );
        let azi = azi1_deg.to_radians();
        Some(Xy::new(s12_m * azi.sin(), s12_m * azi.cos()))
    }

    /// The position at a projected point; `None` farther out than any point on Earth.
    pub fn inverse(&self, xy: Xy) -> Option<LonLat> {
        let s12_m = xy.x_m.hypot(xy.y_m);
        if !s12_m.is_finite() || s12_m > HALF_MERIDIAN_M {
            return None;
        }
        let azi1_deg = xy.x_m.atan2(xy.y_m).to_degrees();
        let (lat, lon): (f64, f64) =
            geodesic().direct(self.center.lat_deg, self.center.lon_deg, azi1_deg, s12_m);
        Some(LonLat::new(lon, lat))
    }

    /// Whether a projected point is near enough to the centre to be drawn faithfully.
    pub(super) fn drawable(&self, xy: Xy) -> bool {
        xy.x_m.hypot(xy.y_m) <= DRAWABLE_FRACTION * HALF_MERIDIAN_M
    }
}
