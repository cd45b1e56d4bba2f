//! Coverage envelopes assembled from arcs: the outline of everything within a distance of
//! several launch points, drawn without boolean operations.
//!
//! An envelope's edge is made of arcs of its rings, each from one corner (where two rings
//! cross) to the next. Which arcs, and the azimuths of their corners, depend only on the launch
//! points and the radius, never on the zoom or the projection: they are worked out once,
//! natively, from the union of the rings ([`super::envelope_arcs`]), and shipped as a table
//! ([`super::chain_envelopes`]). The page then samples each ring for its scale, as it does a
//! single ring, keeps each arc's vertices and puts the corners where the sampled rings' edges
//! cross: the polygon the union of those sampled rings would give, vertex for vertex, at a
//! fraction of the code (the boolean-operations crate and the sort routines it stamps out).

use super::geodesic_ring_by_azimuth;
use super::RingDensity;
use crate::model::LonLat;
use crate::projection::Projection;
use geo::{Coord, LineString, MultiPolygon, Polygon};

/// One stretch of an envelope's edge: part of the ring around one launch point, clockwise
/// (by increasing azimuth) from one corner to the next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeArc {
    /// Which launch point's ring: an index into the centres the envelope is made for.
    pub centre: usize,
    /// Azimuths from that launch point, in degrees clockwise from north (0 to 360), of the
    /// corner the arc starts at and the one it ends at; `None` for a whole ring that meets no
    /// other ring.
    pub span_deg: Option<(f64, f64)>,
}

/// A table of envelopes for one set of launch points: their positions and, per radius, the
/// arcs of each polygon's loops (see [`assemble_envelope`]). The shipped one is
/// [`super::chain_envelopes::CHAIN_ENVELOPES`].
#[derive(Debug, Clone, Copy)]
pub struct EnvelopeTable {
    /// The launch points, as (longitude, latitude) in degrees, in the order arcs index them.
    pub centres_deg: &'static [(f64, f64)],
    /// Per radius in metres, the envelope's polygons: each a list of loops (outline first,
    /// then holes), each loop a list of arcs.
    pub envelopes: &'static [(f64, &'static [&'static [&'static [EdgeArc]]])],
}

/// How far apart, in metres, a radius asked for and a table's may be and still match (the
/// table is written with every digit, so they are equal unless the data changed).
const RADIUS_MATCH_M: f64 = 0.001;
/// How far apart, in degrees, launch points may be and still match the table's.
const CENTRE_MATCH_DEG: f64 = 1e-9;

impl EnvelopeTable {
    /// The arcs of the envelope of `centres` at `radius_m`, if this table is for those
    /// centres and holds that radius.
    pub fn find(
        &self,
        centres: &[LonLat],
        radius_m: f64,
    ) -> Option<&'static [&'static [&'static [EdgeArc]]]> {
        let same_centres = centres.len() == self.centres_deg.len()
            && centres
                .iter()
                .zip(self.centres_deg)
                .all(|(c, &(lon, lat))| {
                    (c.lon_deg - lon).abs() < CENTRE_MATCH_DEG
                        && (c.lat_deg - lat).abs() < CENTRE_MATCH_DEG
                });
        if !same_centres {
            return None;
        }
        self.envelopes
            .iter()
            .find(|(r, _)| (r - radius_m).abs() < RADIUS_MATCH_M)
            .map(|&(_, polygons)| polygons)
    }
}

/// Every centre's ring, sampled for `proj` at `density`, as (azimuth in degrees, position)
/// with longitudes unwrapped next to the first centre's, so that all rings share one
/// continuous longitude range (x is longitude, y latitude, in degrees).
pub(crate) fn shifted_rings(
    centres: &[LonLat],
    radius_m: f64,
    proj: &Projection,
    density: RingDensity,
) -> Vec<Vec<(f64, Coord<f64>)>> {
    let Some(first) = centres.first() else {
        return Vec::new();
    };
    let reference_lon_deg = first.lon_deg;
    centres
        .iter()
        .map(|&c| {
            let shift_deg = (c.lon_deg - reference_lon_deg + 180.0).rem_euclid(360.0) - 180.0
                + reference_lon_deg
                - c.lon_deg;
            geodesic_ring_by_azimuth(c, radius_m, proj, density)
                .into_iter()
                .map(|(az, p)| {
                    (
                        az,
                        Coord {
                            x: p.lon_deg + shift_deg,
                            y: p.lat_deg,
                        },
                    )
                })
                .collect()
        })
        .collect()
}

/// The envelope of `centres` at `radius_m` described by `polygons` (each polygon's edge
/// loops, its outline first and then its holes, each loop a list of arcs), with every ring
/// sampled for `proj` at `density`. Longitudes are unwrapped next to the first centre's.
/// Outlines run clockwise and holes anticlockwise (x east, y north); each loop is closed.
pub fn assemble_envelope(
    centres: &[LonLat],
    radius_m: f64,
    proj: &Projection,
    density: RingDensity,
    polygons: &[&[&[EdgeArc]]],
) -> MultiPolygon<f64> {
    let rings = shifted_rings(centres, radius_m, proj, density);
    let polygons = polygons
        .iter()
        .filter_map(|loops| {
            let mut assembled = loops
                .iter()
                .map(|arcs| LineString::new(assemble_loop(&rings, arcs)));
            let exterior = assembled.next()?;
            Some(Polygon::new(exterior, assembled.collect()))
        })
        .collect();
    MultiPolygon::new(polygons)
}

/// Where two rings' sampled edges cross: the point, and the segment of each ring it lies on
/// (segment `s` runs from vertex `s` to vertex `s + 1`).
#[derive(Debug, Clone, Copy)]
struct Corner {
    point: Coord<f64>,
    /// The segment on the ring of the arc that ends here.
    ending_segment: usize,
    /// The segment on the ring of the arc that starts here.
    starting_segment: usize,
}

/// One closed loop of an envelope's edge.
fn assemble_loop(rings: &[Vec<(f64, Coord<f64>)>], arcs: &[EdgeArc]) -> Vec<Coord<f64>> {
    let ring_of = |arc: &EdgeArc| rings.get(arc.centre).filter(|r| r.len() >= 4);
    if let [only] = arcs {
        if only.span_deg.is_none() {
            return ring_of(only).map_or_else(Vec::new, |r| r.iter().map(|v| v.1).collect());
        }
    }
    let n = arcs.len();
    let mut corners = Vec::with_capacity(n);
    for k in 0..n {
        let (ending, starting) = (&arcs[(k + n - 1) % n], &arcs[k]);
        let (Some(a), Some(b), Some((_, end_az)), Some((start_az, _))) = (
            ring_of(ending),
            ring_of(starting),
            ending.span_deg,
            starting.span_deg,
        ) else {
            return Vec::new();
        };
        corners.push(corner(a, end_az, b, start_az));
    }
    let mut out = Vec::new();
    for (k, arc) in arcs.iter().enumerate() {
        let (Some(ring), Some((from_az, to_az))) = (ring_of(arc), arc.span_deg) else {
            return Vec::new();
        };
        let unique = ring.len() - 1;
        let (start, end) = (&corners[k], &corners[(k + 1) % n]);
        out.push(start.point);
        // The ring's vertices after the starting corner's segment, up to the start of the
        // ending corner's: none if the arc lies within one segment, nearly all of them if it
        // goes almost round.
        let mut count = (end.ending_segment + unique - start.starting_segment) % unique;
        if count == 0 && (to_az - from_az).rem_euclid(360.0) > 180.0 {
            count = unique;
        }
        out.extend((1..=count).map(|t| ring[(start.starting_segment + t) % unique].1));
    }
    if let Some(&first) = out.first() {
        out.push(first);
    }
    out
}

/// How many segments either side of the one holding a corner's azimuth are searched for the
/// crossing: the sampled edges cross near, not exactly at, the true circles' corner.
const CORNER_SEARCH_SEGMENTS: isize = 2;

/// The crossing of ring `a` (near azimuth `a_az_deg` from its centre) with ring `b` (near
/// `b_az_deg` from its own), on their sampled edges.
fn corner(
    a: &[(f64, Coord<f64>)],
    a_az_deg: f64,
    b: &[(f64, Coord<f64>)],
    b_az_deg: f64,
) -> Corner {
    let (sa, sb) = (segment_at(a, a_az_deg), segment_at(b, b_az_deg));
    let (ua, ub) = ((a.len() - 1) as isize, (b.len() - 1) as isize);
    let mut best: Option<(isize, Corner)> = None;
    for da in -CORNER_SEARCH_SEGMENTS..=CORNER_SEARCH_SEGMENTS {
        for db in -CORNER_SEARCH_SEGMENTS..=CORNER_SEARCH_SEGMENTS {
            let i = (sa as isize + da).rem_euclid(ua) as usize;
            let j = (sb as isize + db).rem_euclid(ub) as usize;
            let Some(point) = crossing(a[i].1, a[i + 1].1, b[j].1, b[j + 1].1) else {
                continue;
            };
            let offset = da.abs() + db.abs();
            if best.as_ref().is_none_or(|(o, _)| offset < *o) {
                let found = Corner {
                    point,
                    ending_segment: i,
                    starting_segment: j,
                };
                best = Some((offset, found));
            }
        }
    }
    // The sampled edges always cross near a true corner; the guard keeps the loop closed
    // should they not (the vertex at the corner's azimuth, within a segment of it).
    best.map_or(
        Corner {
            point: a[sa].1,
            ending_segment: sa,
            starting_segment: sb,
        },
        |(_, c)| c,
    )
}

/// The segment of a ring (by vertex azimuths, 0 to 360) that holds `az_deg`.
fn segment_at(ring: &[(f64, Coord<f64>)], az_deg: f64) -> usize {
    let az = az_deg.rem_euclid(360.0);
    ring.partition_point(|v| v.0 <= az)
        .saturating_sub(1)
        .min(ring.len() - 2)
}

/// Where segment `p0`–`p1` crosses segment `q0`–`q1`, if they do (end points included).
fn crossing(p0: Coord<f64>, p1: Coord<f64>, q0: Coord<f64>, q1: Coord<f64>) -> Option<Coord<f64>> {
    let (r, s) = (p1 - p0, q1 - q0);
    let denom = r.x * s.y - r.y * s.x;
    if denom == 0.0 {
        return None;
    }
    let d = q0 - p0;
    let t = (d.x * s.y - d.y * s.x) / denom;
    let u = (d.x * r.y - d.y * r.x) / denom;
    ((0.0..=1.0).contains(&t) && (0.0..=1.0).contains(&u)).then(|| p0 + r * t)
}
