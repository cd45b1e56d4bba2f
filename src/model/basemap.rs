//! The base map, made from Natural Earth by `tools/prepare-basemap.mjs` at two levels of detail
//! in one format: `data/basemap.json` (the overview, compiled into the page) and
//! `data/basemap-detail.json` (fetched once a reader zooms in past [`DETAIL_BELOW_M_PER_PX`]).
//!
//! The file stores coordinates quantised to `quantum_deg` and delta-encoded as integers
//! (`[lon0, lat0, dlon1, dlat1, …]`), which keeps it small; [`BaseMap::parse`] decodes them.

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
    quantum_deg: f64,
    countries: Vec<RawCountry>,
    borders: Vec<Vec<i64>>,
    world_land: Vec<Vec<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    name: String,
    #[allow(dead_code)]
    id: String,
    polys: Vec<Vec<i64>>,
}

impl BaseMap {
    /// Parses and decodes the base-map file, checking every decoded coordinate.
    pub fn parse(file: &str, text: &str) -> Result<Self, DataError> {
        let raw: RawBaseMap = parse_json(file, text)?;
        let q = raw.quantum_deg;
        if !(q.is_finite() && q > 0.0 && q <= 1.0 && ((1.0 / q) - (1.0 / q).round()).abs() < 1e-9) {
            return Err(DataError::invalid(
                file,
                "quantum_deg",
                format!("{q} is not 1/n of a degree for a whole number n"),
            ));
        }
        let decode_all = |list: &[Vec<i64>], name: &str, min_points: usize| {
            list.iter()
                .enumerate()
                .map(|(i, enc)| decode(file, &format!("{name}[{i}]"), enc, q, min_points))
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

/// Decodes one delta-encoded coordinate list.
fn decode(
    file: &str,
    field: &str,
    enc: &[i64],
    quantum_deg: f64,
    min_points: usize,
) -> Result<Vec<LonLat>, DataError> {
    if !enc.len().is_multiple_of(2) {
        return Err(DataError::invalid(
            file,
            field,
            "has an odd number of values (needs lon, lat pairs)",
        ));
    }
    if enc.len() / 2 < min_points {
        return Err(DataError::invalid(
            file,
            field,
            format!("has fewer than {min_points} points"),
        ));
    }
    // Divide by the whole number of steps per degree, so that 180° decodes to exactly 180.0.
    let steps_per_deg = (1.0 / quantum_deg).round();
    let (mut x, mut y) = (0_i64, 0_i64);
    let mut out = Vec::with_capacity(enc.len() / 2);
    for pair in enc.chunks_exact(2) {
        x += pair[0];
        y += pair[1];
        let p = LonLat::new(x as f64 / steps_per_deg, y as f64 / steps_per_deg);
        p.validate(file, field)?;
        out.push(p);
    }
    Ok(out)
}
