//! The base map, made from Natural Earth by `tools/prepare-basemap.mjs` at two levels of detail
//! in one format: `data/basemap.json` (the overview, compiled into the page) and
//! `data/basemap-detail.json` (fetched once a reader zooms in past [`DETAIL_BELOW_M_PER_PX`]).
//!
//! The file stores each coordinate list as one string in Google's Encoded Polyline Algorithm
//! Format, rounded to `precision` decimal places of a degree: a third of the size of the same
//! deltas written as JSON numbers, and decoded (by georust's `polyline` crate) in a fraction of
//! the time serde_json took to parse them, at the page's start. [`BaseMap::parse`] decodes
//! and checks them.

use super::{parse_json, DataError, LonLat};
use serde::Deserialize;

/// The finest scale the overview is drawn at, in projected metres per CSS pixel: closer than
/// this, the page wants the detailed base map. The overview is simplified to about a third of
/// a square pixel at this scale (at 35°N, where a Mercator pixel is ~2,900 m); the map opens
/// at ~4,800 m per pixel on a desktop and coarser on a phone, so a reader who does not zoom
/// never downloads the detail.
pub const DETAIL_BELOW_M_PER_PX: f64 = 3_500.0;

/// Whether a map drawn at `m_per_px` (projected metres per CSS pixel) needs the detailed base
/// map.
pub fn wants_detail(m_per_px: f64) -> bool {
    m_per_px < DETAIL_BELOW_M_PER_PX
}

/// One country's land, as closed rings (first point repeated last).
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// Natural Earth's short name (`Japan`, `N. Korea`).
    pub name: String,
    /// Outer rings of the country's polygons.
    pub rings: Vec<Vec<LonLat>>,
}

/// Land, coastlines and borders of East Asia, with coarse land elsewhere for context.
#[derive(Debug, Clone, PartialEq)]
pub struct BaseMap {
    /// Where the detailed data covers, `[west, south, east, north]` in degrees.
    pub region_deg: [f64; 4],
    /// Countries that reach into the region at 1:10m detail; their outlines are the coasts.
    pub countries: Vec<Country>,
    /// Land borders between countries, as open lines.
    pub borders: Vec<Vec<LonLat>>,
    /// Land outside the region at 1:110m, as closed rings (fill only: some edges are cuts).
    pub world_land: Vec<Vec<LonLat>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBaseMap {
    #[allow(dead_code)]
    about: String,
    region_deg: [f64; 4],
    precision: u32,
    countries: Vec<RawCountry>,
    borders: Vec<String>,
    world_land: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    name: String,
    #[allow(dead_code)]
    id: String,
    polys: Vec<String>,
}

impl BaseMap {
    /// Parses and decodes the base-map file, checking every decoded coordinate.
    pub fn parse(file: &str, text: &str) -> Result<Self, DataError> {
        let raw: RawBaseMap = parse_json(file, text)?;
        let precision = raw.precision;
        if !(1..=6).contains(&precision) {
            return Err(DataError::invalid(
                file,
                "precision",
                format!("{precision} decimal places is outside 1 to 6"),
            ));
        }
        let decode_all = |list: &[String], name: &str, min_points: usize| {
            list.iter()
                .enumerate()
                .map(|(i, enc)| {
                    decode(enc, precision, min_points)
                        .map_err(|why| why.at(file, &format!("{name}[{i}]")))
                })
                .collect::<Result<Vec<_>, _>>()
        };
        let countries = raw
            .countries
            .iter()
            .enumerate()
            .map(|(i, c)| {
                Ok(Country {
                    name: c.name.clone(),
                    rings: decode_all(&c.polys, &format!("countries[{i}].polys"), 3)?,
                })
            })
            .collect::<Result<Vec<_>, DataError>>()?;
        Ok(Self {
            region_deg: raw.region_deg,
            countries,
            borders: decode_all(&raw.borders, "borders", 2)?,
            world_land: decode_all(&raw.world_land, "world_land", 3)?,
        })
    }
}

/// What is wrong with one coordinate list, before it is known which list it was (the field's
/// name is only written out for a list that fails: formatting thousands of names took longer
/// than decoding the lists, at the page's start).
enum ListError {
    /// Not a valid polyline, or a coordinate out of range.
    Polyline(polyline::errors::PolylineError),
    /// Decoded, but with fewer points than its kind needs.
    TooFewPoints(usize),
}

impl ListError {
    /// The error for the list at `field` of `file`.
    fn at(self, file: &str, field: &str) -> DataError {
        let why = match self {
            Self::Polyline(e) => format!("is not a valid polyline: {e}"),
            Self::TooFewPoints(n) => format!("has fewer than {n} points"),
        };
        DataError::invalid(file, field, why)
    }
}

/// Decodes one Encoded Polyline coordinate list: every coordinate is a valid longitude and
/// latitude (the decoder checks each), and there are at least `min_points`.
fn decode(encoded: &str, precision: u32, min_points: usize) -> Result<Vec<LonLat>, ListError> {
    let line = polyline::decode_polyline(encoded, precision).map_err(ListError::Polyline)?;
    if line.0.len() < min_points {
        return Err(ListError::TooFewPoints(min_points));
    }
    Ok(line.0.into_iter().map(|c| LonLat::new(c.x, c.y)).collect())
}
