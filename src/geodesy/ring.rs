//! Geodesic circles: every point at a given distance from a centre, along geodesics.

use super::destination;
use crate::model::LonLat;
use crate::projection::{Projection, Xy};

/// How densely a ring is sampled for drawing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RingDensity {
    /// Greatest distance, in projected metres, between the drawn polygon and the true ring
    /// (half a screen pixel at the current zoom).
    pub tolerance_m: f64,
    /// Vertices to start from, spread evenly in azimuth.
    pub initial_vertices: usize,
}

impl RingDensity {
    /// Sampling for a map at `m_per_px` metres per screen pixel: within half a pixel.
    pub fn for_scale(m_per_px: f64) -> Self {
        Self {
            tolerance_m: 0.5 * m_per_px,
            initial_vertices: 64,
        }
    }
}

/// Greatest number of halvings of one azimuth step.
const MAX_DEPTH: u32 = 10;

/// The geodesic circle of `radius_m` around `center`: vertices by azimuth (north, clockwise),
/// each exactly `radius_m` from the centre along a geodesic, closed (first vertex repeated
/// last). Vertices are added wherever the polygon, projected with `proj`, would depart from
/// the true ring by more than the density's tolerance. Longitudes are continuous along the
/// ring (they may leave -180..180), so a ring across the antimeridian stays in one piece.
pub fn geodesic_ring(
    center: LonLat,
    radius_m: f64,
    proj: &Projection,
    density: RingDensity,
) -> Vec<LonLat> {
    geodesic_ring_by_azimuth(center, radius_m, proj, density)
        .into_iter()
        .map(|(_, p)| p)
        .collect()
}

/// [`geodesic_ring`] with each vertex's azimuth from the centre in degrees (0 to 360, the
/// closing vertex at 360): what a coverage envelope is assembled from
/// ([`super::assemble_envelope`]), which keeps each ring's vertices between two azimuths.
pub fn geodesic_ring_by_azimuth(
    center: LonLat,
    radius_m: f64,
    proj: &Projection,
    density: RingDensity,
) -> Vec<(f64, LonLat)> {
    let at = |azimuth_deg: f64| destination(center, azimuth_deg, radius_m);
    let project = |p: LonLat| proj.forward(p);
    let n = density.initial_vertices.max(8);
    let step = 360.0 / n as f64;
    let mut out: Vec<(f64, LonLat)> = Vec::with_capacity(n * 2);
    // Each step's end is the next step's start: solved and projected once (both are the same
    // azimuth, `i * step`, so the vertices are exactly those of solving each step alone).
    let mut start = Vertex::at(0.0, &at, &project);
    for i in 0..n {
        let end = Vertex::at((i + 1) as f64 * step, &at, &project);
        out.push((start.azimuth_deg, start.point));
        refine(&at, &project, start, end, density.tolerance_m, 0, &mut out);
        start = end;
    }
    out.push((360.0, out[0].1));
    unwrap_longitudes(&mut out);
    out
}

/// A ring vertex with its azimuth from the centre and its projected position, so that
/// [`refine`] solves and projects each vertex once.
#[derive(Debug, Clone, Copy)]
struct Vertex {
    azimuth_deg: f64,
    point: LonLat,
    projected: Option<Xy>,
}

impl Vertex {
    fn at(
        azimuth_deg: f64,
        at: &impl Fn(f64) -> LonLat,
        project: &impl Fn(LonLat) -> Option<Xy>,
    ) -> Self {
        let point = at(azimuth_deg);
        Self {
            azimuth_deg,
            point,
            projected: project(point),
        }
    }
}

/// Appends the vertices strictly between `v0` and `v1` (by azimuth) that the tolerance needs.
fn refine(
    at: &impl Fn(f64) -> LonLat,
    project: &impl Fn(LonLat) -> Option<Xy>,
    v0: Vertex,
    v1: Vertex,
    tolerance_m: f64,
    depth: u32,
    out: &mut Vec<(f64, LonLat)>,
) {
    if depth >= MAX_DEPTH {
        return;
    }
    let mid = Vertex::at((v0.azimuth_deg + v1.azimuth_deg) / 2.0, at, project);
    let (Some(a), Some(b), Some(m)) = (v0.projected, v1.projected, mid.projected) else {
        return;
    };
    let chord_mid = Xy::new((a.x_m + b.x_m) / 2.0, (a.y_m + b.y_m) / 2.0);
    // A chord far longer than the ring's local curvature allows (a jump across the Mercator
    // seam) cannot be measured this way; the projection's own line handling deals with it.
    if m.dist_m(chord_mid) <= tolerance_m || a.dist_m(b) > 5_000_000.0 {
        return;
    }
    refine(at, project, v0, mid, tolerance_m, depth + 1, out);
    out.push((mid.azimuth_deg, mid.point));
    refine(at, project, mid, v1, tolerance_m, depth + 1, out);
}

/// Makes consecutive longitudes differ by less than 180°.
fn unwrap_longitudes(points: &mut [(f64, LonLat)]) {
    for i in 1..points.len() {
        let prev = points[i - 1].1.lon_deg;
        let d = (points[i].1.lon_deg - prev + 180.0).rem_euclid(360.0) - 180.0;
        points[i].1.lon_deg = prev + d;
    }
}
