//! Japanese launch locations (`data/sites.json`).

use super::{check_ids, check_text, parse_json, DataError, LonLat};
use serde::Deserialize;

/// What kind of launch location a site is, for grouping in lists and on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum SiteGroup {
    /// A home port of the MSDF Aegis destroyers that will carry Tomahawk.
    AegisPort,
    /// A Ground Self-Defense Force base on Japan's main islands.
    Mainland,
    /// A base in the Southwest (Nansei) Islands.
    SouthwestIslands,
}

impl SiteGroup {
    /// The group's heading as shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            SiteGroup::AegisPort => "Aegis destroyer home ports",
            SiteGroup::Mainland => "Mainland bases",
            SiteGroup::SouthwestIslands => "Southwest Islands",
        }
    }
}

/// A Japanese launch location.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct LaunchSite {
    /// Stable id, used in URLs and `data-site` attributes.
    pub id: String,
    /// Short name shown on the map.
    pub name: String,
    /// What kind of location it is.
    pub group: SiteGroup,
    /// Latitude in degrees north.
    pub lat_deg: f64,
    /// Longitude in degrees east.
    pub lon_deg: f64,
    /// What is based there, one line.
    pub what: String,
    /// Where the coordinates come from.
    pub coord_source: String,
}

impl LaunchSite {
    /// The site's position.
    pub fn position(&self) -> LonLat {
        LonLat::new(self.lon_deg, self.lat_deg)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SitesFile {
    #[allow(dead_code)]
    about: String,
    sites: Vec<LaunchSite>,
}

/// Parses and validates `data/sites.json`.
pub(super) fn parse(file: &str, text: &str) -> Result<Vec<LaunchSite>, DataError> {
    let parsed: SitesFile = parse_json(file, text)?;
    if parsed.sites.is_empty() {
        return Err(DataError::invalid(file, "sites", "lists no site"));
    }
    check_ids(file, "sites", parsed.sites.iter().map(|s| s.id.as_str()))?;
    for (i, site) in parsed.sites.iter().enumerate() {
        let field = format!("sites[{i}]");
        site.position().validate(file, &field)?;
        check_text(file, format!("{field}.name"), &site.name)?;
        check_text(file, format!("{field}.what"), &site.what)?;
        check_text(file, format!("{field}.coord_source"), &site.coord_source)?;
    }
    Ok(parsed.sites)
}
