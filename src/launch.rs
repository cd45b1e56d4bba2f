//! Where the missiles are launched from: a preset site, a point the reader chose, or the whole
//! Southwest Islands chain. Pure, so parsing and validation are tested natively.

use crate::i18n::Lang;
use crate::model::{DataSet, LonLat, SiteGroup};
use std::fmt;

/// The launch site selected when the page opens (if the data has it; else its first site).
pub const DEFAULT_SITE_ID: &str = "sasebo";

/// The id used for a reader-chosen point in `data-site` and URLs.
pub const CUSTOM_ID: &str = "custom";
/// The id used for the whole Southwest Islands chain in `data-site` and URLs.
pub const CHAIN_ID: &str = "chain";

/// The launch point (or points) rings are drawn around.
#[derive(Debug, Clone, PartialEq)]
pub enum Launch {
    /// A preset launch site, by id.
    Site(String),
    /// A point the reader picked on the map or typed in.
    Custom(LonLat),
    /// Every Southwest Islands site at once: rings become one coverage envelope.
    Chain,
}

impl Launch {
    /// The launch point a page opened with no query shows: [`DEFAULT_SITE_ID`] if the data
    /// has it, else the data's first site.
    pub fn default_for(data: &DataSet) -> Self {
        let site = if data.site(DEFAULT_SITE_ID).is_some() {
            DEFAULT_SITE_ID.to_owned()
        } else {
            data.sites.first().map(|s| s.id.clone()).unwrap_or_default()
        };
        Launch::Site(site)
    }

    /// The id written in `data-site`: the site id, [`CUSTOM_ID`] or [`CHAIN_ID`].
    pub fn id(&self) -> &str {
        match self {
            Launch::Site(id) => id,
            Launch::Custom(_) => CUSTOM_ID,
            Launch::Chain => CHAIN_ID,
        }
    }

    /// The positions rings are drawn around: one, or every site of the chain.
    pub fn centres(&self, data: &DataSet) -> Vec<LonLat> {
        match self {
            Launch::Chain => chain_sites(data).map(|s| s.position()).collect(),
            _ => vec![self.focus(data)],
        }
    }

    /// The one position that stands for the launch: the centre of the true-distance view. For
    /// the chain, the middle of its sites (a few hundred km across, so a plain mean of
    /// coordinates is a fair middle).
    pub fn focus(&self, data: &DataSet) -> LonLat {
        match self {
            Launch::Site(id) => data
                .site(id)
                .or(data.sites.first())
                .map(|s| s.position())
                .unwrap_or(FALLBACK_POINT),
            Launch::Custom(p) => *p,
            Launch::Chain => {
                let points: Vec<LonLat> = chain_sites(data).map(|s| s.position()).collect();
                if points.is_empty() {
                    return FALLBACK_POINT;
                }
                let n = points.len() as f64;
                LonLat::new(
                    points.iter().map(|p| p.lon_deg).sum::<f64>() / n,
                    points.iter().map(|p| p.lat_deg).sum::<f64>() / n,
                )
            }
        }
    }

    /// Whether the site `site_id` is (part of) this launch point: the site itself, or one of
    /// the chain's; never for a reader's own point.
    pub fn includes_site(&self, data: &DataSet, site_id: &str) -> bool {
        match self {
            Launch::Site(id) => id == site_id,
            Launch::Chain => chain_sites(data).any(|s| s.id == site_id),
            Launch::Custom(_) => false,
        }
    }

    /// How the launch point is named in headings and sentences ("Sasebo", "33.16°N 129.72°E",
    /// "the Southwest Islands chain").
    pub fn name(&self, data: &DataSet) -> String {
        self.name_in(data, Lang::En)
    }

    /// [`Self::name`] in `lang`.
    pub fn name_in(&self, data: &DataSet, lang: Lang) -> String {
        match self {
            Launch::Site(id) => data
                .site(id)
                .map_or_else(|| id.clone(), |s| s.name_in(lang).to_owned()),
            Launch::Custom(p) => lang.lat_lon(*p),
            Launch::Chain => lang.text().chain_launch.to_owned(),
        }
    }
}

/// Where the map centres if no site can be found (southern Japan); data validation requires at
/// least one site, so this is only a guard.
const FALLBACK_POINT: LonLat = LonLat::new(130.0, 33.0);

/// The sites that make up the Southwest Islands chain.
pub fn chain_sites(data: &DataSet) -> impl Iterator<Item = &crate::model::LaunchSite> {
    data.sites
        .iter()
        .filter(|s| s.group == SiteGroup::SouthwestIslands)
}

/// A position as readers write it: "33.159°N, 129.723°E", three decimals (about 100 m).
pub fn format_lat_lon(p: LonLat) -> String {
    Lang::En.lat_lon(p)
}

/// Why a typed coordinate was refused; the message says what to type instead.
#[derive(Debug, Clone, PartialEq)]
pub enum CoordError {
    /// The field was left empty.
    Empty {
        /// "Latitude" or "Longitude".
        field: &'static str,
    },
    /// The text is not a number.
    NotANumber {
        /// "Latitude" or "Longitude".
        field: &'static str,
        /// What was typed.
        text: String,
    },
    /// The number is outside the field's range.
    OutOfRange {
        /// "Latitude" or "Longitude".
        field: &'static str,
        /// The number typed, in degrees.
        value_deg: f64,
        /// The largest magnitude allowed, in degrees.
        limit_deg: f64,
    },
}

impl CoordError {
    /// The field at fault: "Latitude" or "Longitude".
    pub fn field(&self) -> &'static str {
        match self {
            CoordError::Empty { field }
            | CoordError::NotANumber { field, .. }
            | CoordError::OutOfRange { field, .. } => field,
        }
    }
}

impl fmt::Display for CoordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CoordError::Empty { field } => write!(f, "{field} is empty: type a number of degrees."),
            CoordError::NotANumber { field, text } => write!(
                f,
                "{field} “{text}” is not a number: type decimal degrees, such as 33.16 or -12.5."
            ),
            CoordError::OutOfRange {
                field,
                value_deg,
                limit_deg,
            } => write!(
                f,
                "{field} {value_deg}° is out of range: it must be between -{limit_deg}° and {limit_deg}°."
            ),
        }
    }
}

impl std::error::Error for CoordError {}

impl CoordError {
    /// The message for the reader, in `lang` (English: the [`fmt::Display`] text).
    pub fn message(&self, lang: Lang) -> String {
        let field = |f: &str| match (lang, f) {
            (Lang::Ja, "Latitude") => "緯度",
            (Lang::Ja, _) => "経度",
            (Lang::En, _) => "",
        };
        match (lang, self) {
            (Lang::En, e) => e.to_string(),
            (Lang::Ja, CoordError::Empty { field: f }) => {
                format!("{}が空欄です。度数を入力してください。", field(f))
            }
            (Lang::Ja, CoordError::NotANumber { field: f, text }) => format!(
                "{}の「{text}」は数字ではありません。33.16や-12.5のように十進数の度で入力してください。",
                field(f)
            ),
            (
                Lang::Ja,
                CoordError::OutOfRange {
                    field: f,
                    value_deg,
                    limit_deg,
                },
            ) => format!(
                "{}{value_deg}°は範囲外です。-{limit_deg}°から{limit_deg}°の間で入力してください。",
                field(f)
            ),
        }
    }
}

/// Latitude limit in degrees.
const MAX_LAT_DEG: f64 = 90.0;
/// Longitude limit in degrees.
const MAX_LON_DEG: f64 = 180.0;

/// Parses one typed coordinate: decimal degrees, optionally followed by a hemisphere letter
/// (`33.2N`, `129.7 E`, `12.5S`) or a degree sign.
fn parse_degrees(
    field: &'static str,
    text: &str,
    positive: char,
    negative: char,
    limit_deg: f64,
) -> Result<f64, CoordError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(CoordError::Empty { field });
    }
    let upper = trimmed.to_ascii_uppercase();
    let (number, sign) = if let Some(rest) = upper.strip_suffix(positive) {
        (rest, 1.0)
    } else if let Some(rest) = upper.strip_suffix(negative) {
        (rest, -1.0)
    } else {
        (upper.as_str(), 1.0)
    };
    let number = number.trim().trim_end_matches('°').trim();
    let value: f64 = number
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| CoordError::NotANumber {
            field,
            text: trimmed.to_owned(),
        })?;
    let value_deg = value * sign;
    if value_deg.abs() > limit_deg {
        return Err(CoordError::OutOfRange {
            field,
            value_deg,
            limit_deg,
        });
    }
    Ok(value_deg)
}

/// Parses a typed latitude and longitude into a position, or says what is wrong with them.
pub fn parse_lat_lon(lat_text: &str, lon_text: &str) -> Result<LonLat, CoordError> {
    let lat_deg = parse_degrees("Latitude", lat_text, 'N', 'S', MAX_LAT_DEG)?;
    let lon_deg = parse_degrees("Longitude", lon_text, 'E', 'W', MAX_LON_DEG)?;
    Ok(LonLat::new(lon_deg, lat_deg))
}

/// The region the base map is drawn in detail for, `[west, south, east, north]` in degrees
/// (matches `REGION` in `tools/prepare-basemap.mjs`).
pub const DETAILED_REGION_DEG: [f64; 4] = [88.0, -12.0, 172.0, 62.0];

/// Whether a position lies in the region the map is drawn for; outside it, rings and
/// distances are still exact but the base map is coarse, and the reader is told so.
pub fn in_detailed_region(p: LonLat) -> bool {
    let [w, s, e, n] = DETAILED_REGION_DEG;
    let lon = (p.lon_deg + 360.0).rem_euclid(360.0);
    (w..=e).contains(&lon) && (s..=n).contains(&p.lat_deg)
}
