//! Reference places for scale (`data/places.json`).

use super::{check_ids, check_japanese, check_text, parse_json, DataError, LonLat};
use crate::lang::Lang;
use serde::Deserialize;

/// What a reference place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    /// A national capital.
    Capital,
    /// A major city.
    City,
    /// A military base or fleet headquarters.
    Base,
    /// An island group worth naming for scale (the Senkakus).
    Islands,
}

/// A reference place drawn on the map for scale.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Stable id, used in `data-place` attributes.
    pub id: String,
    /// Name shown on the map.
    pub name: String,
    /// The name in Japanese, for the Japanese interface.
    pub name_ja: String,
    /// Country or territory.
    pub country: String,
    /// Capital, city or base.
    pub kind: PlaceKind,
    /// Latitude in degrees north.
    pub lat_deg: f64,
    /// Longitude in degrees east.
    pub lon_deg: f64,
    /// Why the place matters, if not obvious (for bases).
    #[serde(default)]
    pub note: Option<String>,
}

impl Place {
    /// The place's name in `lang`.
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name,
            Lang::Ja => &self.name_ja,
        }
    }

    /// The place's position.
    pub fn position(&self) -> LonLat {
        LonLat::new(self.lon_deg, self.lat_deg)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    #[allow(dead_code)]
    about: String,
    places: Vec<Place>,
}

/// Parses and validates `data/places.json`.
pub(super) fn parse(file: &str, text: &str) -> Result<Vec<Place>, DataError> {
    let parsed: PlacesFile = parse_json(file, text)?;
    check_ids(file, "places", parsed.places.iter().map(|p| p.id.as_str()))?;
    for (i, place) in parsed.places.iter().enumerate() {
        let field = format!("places[{i}]");
        place.position().validate(file, &field)?;
        check_text(file, format!("{field}.name"), &place.name)?;
        check_text(file, format!("{field}.country"), &place.country)?;
        check_japanese(file, format!("{field}.name_ja"), &place.name_ja)?;
    }
    Ok(parsed.places)
}
