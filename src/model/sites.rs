//! Japanese launch locations (`data/sites.json`).

use super::{check_ids, check_japanese, check_text, parse_json, DataError, LonLat};
use crate::lang::Lang;
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

/// A Japanese launch location.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct LaunchSite {
    /// Stable id, used in URLs and `data-site` attributes.
    pub id: String,
    /// Short name shown on the map.
    pub name: String,
    /// The name in Japanese, for the Japanese interface.
    pub name_ja: String,
    /// What kind of location it is.
    pub group: SiteGroup,
    /// Latitude in degrees north.
    pub lat_deg: f64,
    /// Longitude in degrees east.
    pub lon_deg: f64,
    /// What is based there, one line.
    pub what: String,
    /// The same in Japanese.
    pub what_ja: String,
    /// Where the coordinates come from.
    pub coord_source: String,
    /// The same in Japanese (a cited title stays as it is).
    pub coord_source_ja: String,
}

impl LaunchSite {
    /// The site's name in `lang`.
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name,
            Lang::Ja => &self.name_ja,
        }
    }

    /// What is based there, in `lang`.
    pub fn what_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.what,
            Lang::Ja => &self.what_ja,
        }
    }

    /// Where the coordinates come from, in `lang`.
    pub fn coord_source_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.coord_source,
            Lang::Ja => &self.coord_source_ja,
        }
    }

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
        check_japanese(file, format!("{field}.name_ja"), &site.name_ja)?;
        check_japanese(file, format!("{field}.what_ja"), &site.what_ja)?;
        check_japanese(
            file,
            format!("{field}.coord_source_ja"),
            &site.coord_source_ja,
        )?;
        check_text(file, format!("{field}.coord_source"), &site.coord_source)?;
    }
    Ok(parsed.sites)
}
