//! The First Island Chain (`data/island_chain.json`).

use super::{check_japanese, check_text, parse_json, DataError, LonLat};
use crate::lang::Lang;
use serde::Deserialize;

/// One point of the island-chain line, optionally labelled with the island it passes.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Waypoint {
    /// Latitude in degrees north.
    pub lat_deg: f64,
    /// Longitude in degrees east.
    pub lon_deg: f64,
    /// The island or group the line passes here, if it is named on the map.
    #[serde(default)]
    pub label: Option<String>,
    /// The label in Japanese (required with `label`).
    #[serde(default)]
    pub label_ja: Option<String>,
}

impl Waypoint {
    /// The waypoint's position.
    pub fn position(&self) -> LonLat {
        LonLat::new(self.lon_deg, self.lat_deg)
    }
}

/// The anchor of a map label, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct NameAt {
    /// Latitude in degrees north.
    pub lat_deg: f64,
    /// Longitude in degrees east.
    pub lon_deg: f64,
}

/// A named line through islands, drawn schematically.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct IslandChain {
    /// How the line was drawn and why it is schematic.
    pub about: String,
    /// Name shown on the map.
    pub name: String,
    /// The name in Japanese, for the Japanese interface.
    pub name_ja: String,
    /// Where the name is written: on the seaward side of the line, where it is clear of land.
    pub name_at: NameAt,
    /// The line, north to south.
    pub waypoints: Vec<Waypoint>,
}

impl IslandChain {
    /// The chain's name in `lang`.
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name,
            Lang::Ja => &self.name_ja,
        }
    }

    /// The labelled waypoints' names in `lang`, north to south.
    pub fn labels_in(&self, lang: Lang) -> Vec<&str> {
        self.waypoints
            .iter()
            .filter_map(|w| match lang {
                Lang::En => w.label.as_deref(),
                Lang::Ja => w.label_ja.as_deref(),
            })
            .collect()
    }

    /// Parses and validates `data/island_chain.json`.
    pub fn parse(file: &str, text: &str) -> Result<Self, DataError> {
        let chain: IslandChain = parse_json(file, text)?;
        check_text(file, "name".into(), &chain.name)?;
        check_japanese(file, "name_ja".into(), &chain.name_ja)?;
        if chain.waypoints.len() < 2 {
            return Err(DataError::invalid(
                file,
                "waypoints",
                "needs at least two points",
            ));
        }
        LonLat::new(chain.name_at.lon_deg, chain.name_at.lat_deg).validate(file, "name_at")?;
        for (i, w) in chain.waypoints.iter().enumerate() {
            w.position().validate(file, &format!("waypoints[{i}]"))?;
            match (&w.label, &w.label_ja) {
                (Some(_), None) => {
                    return Err(DataError::invalid(
                        file,
                        format!("waypoints[{i}].label_ja"),
                        "a label needs its Japanese form",
                    ))
                }
                (_, Some(ja)) => check_japanese(file, format!("waypoints[{i}].label_ja"), ja)?,
                (None, None) => {}
            }
        }
        Ok(chain)
    }
}
