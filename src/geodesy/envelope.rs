//! Coverage envelopes: everything within a distance of any of several launch points, as one
//! outline.
//!
//! The page draws the Southwest Islands chain's envelopes from a table of arcs
//! ([`chain_envelope`], [`super::assemble_envelope`]). The table is made here, natively, from
//! the union of the rings by geo's boolean operations ([`coverage_envelope`]), which stay out
//! of the page: `export chain-envelopes` writes it, and a test checks that the shipped table is
//! what the data gives today.

#[cfg(not(target_arch = "wasm32"))]
use super::arcs::{shifted_rings, EdgeArc};
use super::chain_envelopes::CHAIN_ENVELOPES;
use super::{assemble_envelope, destination, distance_m, RingDensity};
use crate::model::LonLat;
use crate::projection::Projection;
use geo::MultiPolygon;

/// The envelope of `centres` at `radius_m`, sampled for `proj` at `density`, from the shipped
/// table of envelopes ([`CHAIN_ENVELOPES`]: the Southwest Islands sites at every radius a
/// claim names), or `None` where the table has none (other launch points, another radius):
/// the caller then draws the rings one by one. Longitudes are unwrapped next to the first
/// centre's.
pub fn chain_envelope(
    centres: &[LonLat],
    radius_m: f64,
    proj: &Projection,
    density: RingDensity,
) -> Option<MultiPolygon<f64>> {
    let polygons = CHAIN_ENVELOPES.find(centres, radius_m)?;
    Some(assemble_envelope(
        centres, radius_m, proj, density, polygons,
    ))
}

/// How close to a pole, in metres, a ring may come before it is treated as enclosing it.
#[cfg(not(target_arch = "wasm32"))]
const POLE_MARGIN_M: f64 = 10_000.0;

/// The area within `radius_m` of any of `centres`, as polygons in (unwrapped) degrees of
/// longitude and latitude, by geo's union of the sampled rings; `None` if a ring would enclose
/// a pole (a polygon in degrees cannot represent that). Native only: the reference the arcs
/// table is made from and tested against, and the export command's static images.
///
/// Each ring is sampled densely for `proj` at `density` (see [`super::geodesic_ring`]), so
/// the straight edges between vertices, in degrees, stay within the density's tolerance of
/// the true circles and the union's corners lie where the true circles cross.
#[cfg(not(target_arch = "wasm32"))]
pub fn coverage_envelope(
    centres: &[LonLat],
    radius_m: f64,
    proj: &Projection,
    density: RingDensity,
) -> Option<MultiPolygon<f64>> {
    use geo::{unary_union, LineString, Polygon};
    let encloses_pole = |c: LonLat| {
        [90.0, -90.0]
            .iter()
            .any(|&lat| distance_m(c, LonLat::new(c.lon_deg, lat)) <= radius_m + POLE_MARGIN_M)
    };
    if centres.is_empty() || centres.iter().any(|&c| encloses_pole(c)) {
        return None;
    }
    let polygons: Vec<Polygon<f64>> = shifted_rings(centres, radius_m, proj, density)
        .into_iter()
        .map(|ring| {
            Polygon::new(
                LineString::new(ring.into_iter().map(|v| v.1).collect()),
                vec![],
            )
        })
        .collect();
    Some(unary_union(&polygons))
}

/// Greatest distance, in degrees, between a union vertex and the ring vertex it came from
/// (the union works on a fixed-point grid far finer than this).
#[cfg(not(target_arch = "wasm32"))]
const SAME_VERTEX_DEG: f64 = 1e-7;

/// The arcs of the envelope of `centres` at `radius_m` (each polygon's loops, outline first),
/// read off the union of the rings sampled at `density` on a Mercator map: which ring each
/// stretch of the edge follows, and the azimuths of the corners from that ring's centre.
/// Native only (see [`coverage_envelope`]). Fails, naming what it found, where a ring would
/// enclose a pole or a stretch of edge follows no ring.
#[cfg(not(target_arch = "wasm32"))]
pub fn envelope_arcs(
    centres: &[LonLat],
    radius_m: f64,
    density: RingDensity,
) -> Result<Vec<Vec<Vec<EdgeArc>>>, String> {
    use crate::projection::{Mercator, Projection};
    use geo::{Coord, LineString};
    let proj = Projection::Mercator(Mercator {
        lon0_deg: centres.first().map_or(0.0, |c| c.lon_deg),
        max_lat_deg: 85.0,
    });
    let union = coverage_envelope(centres, radius_m, &proj, density)
        .ok_or_else(|| format!("no envelope at {radius_m} m: a ring encloses a pole"))?;
    let rings = shifted_rings(centres, radius_m, &proj, density);
    let ring_of = |c: Coord<f64>| {
        rings.iter().position(|ring| {
            ring.iter().any(|v| {
                (v.1.x - c.x).abs() < SAME_VERTEX_DEG && (v.1.y - c.y).abs() < SAME_VERTEX_DEG
            })
        })
    };
    let azimuth_deg = |centre: usize, c: Coord<f64>| {
        let from = centres[centre];
        use geographiclib_rs::InverseGeodesic;
        let (_s12_m, azi1_deg, _azi2_deg, _a12_deg): (f64, f64, f64, f64) =
            geographiclib_rs::Geodesic::wgs84().inverse(from.lat_deg, from.lon_deg, c.y, c.x);
        azi1_deg.rem_euclid(360.0)
    };
    let loop_arcs = |ring: &LineString<f64>, clockwise: bool| -> Result<Vec<EdgeArc>, String> {
        let mut coords: Vec<Coord<f64>> = ring.0[..ring.0.len().saturating_sub(1)].to_vec();
        if (crate::clip::twice_signed_area(&coords) < 0.0) != clockwise {
            coords.reverse();
        }
        let tags: Vec<Option<usize>> = coords.iter().map(|&c| ring_of(c)).collect();
        let Some(first_corner) = tags.iter().position(Option::is_none) else {
            let centre = tags.first().copied().flatten().ok_or("an empty loop")?;
            if tags.iter().any(|&t| t != Some(centre)) {
                return Err(format!(
                    "a loop at {radius_m} m follows two rings with no corner"
                ));
            }
            return Ok(vec![EdgeArc {
                centre,
                span_deg: None,
            }]);
        };
        let n = coords.len();
        let mut arcs: Vec<EdgeArc> = Vec::new();
        let mut k = first_corner;
        loop {
            // One arc: the corner at k, the run of one ring's vertices after it, the next corner.
            let mut run = Vec::new();
            let mut next = (k + 1) % n;
            while let Some(centre) = tags[next] {
                run.push(centre);
                next = (next + 1) % n;
            }
            let centre = *run.first().ok_or_else(|| {
                format!("two corners in a row at {radius_m} m, near {:?}", coords[k])
            })?;
            if run.iter().any(|&c| c != centre) {
                return Err(format!("a stretch at {radius_m} m follows two rings"));
            }
            arcs.push(EdgeArc {
                centre,
                span_deg: Some((
                    azimuth_deg(centre, coords[k]),
                    azimuth_deg(centre, coords[next]),
                )),
            });
            k = next;
            if k == first_corner {
                return Ok(arcs);
            }
        }
    };
    union
        .0
        .iter()
        .map(|polygon| {
            std::iter::once(loop_arcs(polygon.exterior(), true))
                .chain(
                    polygon
                        .interiors()
                        .iter()
                        .map(|hole| loop_arcs(hole, false)),
                )
                .collect()
        })
        .collect()
}

/// A point on the envelope's edge, in the direction `azimuth_deg` from one of the centres:
/// the first centre whose ring point in that direction is not inside another centre's ring.
/// Returns that centre and the point; used to hang labels and outward open-ended ticks on the
/// outline. `None` if there are no centres.
pub fn envelope_edge_point(
    centres: &[LonLat],
    radius_m: f64,
    azimuth_deg: f64,
) -> Option<(LonLat, LonLat)> {
    let on_edge = |p: LonLat| {
        centres
            .iter()
            .all(|&c| distance_m(c, p) >= radius_m - EDGE_TOLERANCE_M)
    };
    let candidates = || {
        centres
            .iter()
            .map(|&c| (c, destination(c, azimuth_deg, radius_m)))
    };
    candidates()
        .find(|&(_, p)| on_edge(p))
        .or_else(|| candidates().next())
}

/// Slack, in metres, when testing whether a ring point lies on another ring's edge.
const EDGE_TOLERANCE_M: f64 = 1.0;

/// Sampling the arcs table is read off at: 8 m from the true circles, so each corner's
/// azimuth is within a few thousandths of a degree of where the circles cross.
#[cfg(not(target_arch = "wasm32"))]
const TABLE_DENSITY: RingDensity = RingDensity {
    tolerance_m: 8.0,
    initial_vertices: 64,
};

/// The Rust source of `src/geodesy/chain_envelopes.rs`: the arcs of the Southwest Islands
/// chain's envelope at every radius a range claim names (inner and outer edges), read off
/// the union of the rings ([`envelope_arcs`]). `export chain-envelopes` prints it; a test
/// checks the shipped file against it. Fails if an envelope cannot be read off.
#[cfg(not(target_arch = "wasm32"))]
pub fn chain_envelopes_source(data: &crate::model::DataSet) -> Result<String, String> {
    use std::fmt::Write;
    let centres: Vec<LonLat> = crate::launch::chain_sites(data)
        .map(|s| s.position())
        .collect();
    let mut radii_m: Vec<f64> = data
        .claims
        .range_claims
        .iter()
        .flat_map(|c| {
            let (min_km, max_km) = c.km_bounds();
            [min_km, max_km]
        })
        .filter(|&km| km > 0.0)
        .map(|km| km * 1000.0)
        .collect();
    radii_m.sort_by(f64::total_cmp);
    radii_m.dedup();
    let mut out = String::from(
        "//! The Southwest Islands chain's coverage envelopes as arcs, one entry per radius a range\n\
         //! claim names. Generated from the data by `cargo run --release --bin export --\n\
         //! chain-envelopes > src/geodesy/chain_envelopes.rs`; do not edit by hand (a test checks\n\
         //! it against the data). See `geodesy::arcs`.\n\n\
         use super::{EdgeArc, EnvelopeTable};\n\n\
         /// The chain's sites in data order, and per radius (metres) each polygon's loops of arcs.\n\
         pub const CHAIN_ENVELOPES: EnvelopeTable = EnvelopeTable {\n    centres_deg: &[\n",
    );
    for c in &centres {
        let _ = writeln!(out, "        ({:?}, {:?}),", c.lon_deg, c.lat_deg);
    }
    out.push_str("    ],\n    envelopes: &[\n");
    for &radius_m in &radii_m {
        let polygons = envelope_arcs(&centres, radius_m, TABLE_DENSITY)?;
        let _ = writeln!(out, "        (\n            {radius_m:?},\n            &[");
        for loops in &polygons {
            out.push_str("                &[\n");
            for arcs in loops {
                out.push_str("                    &[\n");
                for arc in arcs {
                    let span = arc.span_deg.map_or("None".to_owned(), |(from, to)| {
                        format!("Some(({from:.6}, {to:.6}))")
                    });
                    let _ = writeln!(
                        out,
                        "                        EdgeArc {{ centre: {}, span_deg: {span} }},",
                        arc.centre
                    );
                }
                out.push_str("                    ],\n");
            }
            out.push_str("                ],\n");
        }
        out.push_str("            ],\n        ),\n");
    }
    out.push_str("    ],\n};\n");
    Ok(out)
}
