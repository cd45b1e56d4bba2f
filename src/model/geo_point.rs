//! A point on the Earth in degrees.

use super::DataError;
use serde::Deserialize;

/// A geographic position on the WGS84 ellipsoid, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct LonLat {
    /// Longitude in degrees east, -180 to 180.
    pub lon_deg: f64,
    /// Latitude in degrees north, -90 to 90.
    pub lat_deg: f64,
}

impl LonLat {
    /// A position from longitude and latitude in degrees.
    pub const fn new(lon_deg: f64, lat_deg: f64) -> Self {
        Self { lon_deg, lat_deg }
    }

    /// Checks both coordinates are finite and in range; `field` names the record for the error.
    pub fn validate(self, file: &str, field: &str) -> Result<(), DataError> {
        if !(self.lat_deg.is_finite() && (-90.0..=90.0).contains(&self.lat_deg)) {
            return Err(DataError::invalid(
                file,
                format!("{field}.lat_deg"),
                format!("{} is not a latitude (must be -90 to 90)", self.lat_deg),
            ));
        }
        if !(self.lon_deg.is_finite() && (-180.0..=180.0).contains(&self.lon_deg)) {
            return Err(DataError::invalid(
                file,
                format!("{field}.lon_deg"),
                format!("{} is not a longitude (must be -180 to 180)", self.lon_deg),
            ));
        }
        Ok(())
    }
}
