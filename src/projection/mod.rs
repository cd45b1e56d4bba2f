//! Map projections: geographic positions to planar metres and back.
//!
//! Two are offered: [`Mercator`], the familiar web-map look, and [`AzimuthalEquidistant`]
//! centred on the launch point, where every distance from the centre is true and a range ring
//! is a circle. Each projection is one file; the earth model (WGS84) is in [`ellipsoid`].
//! Lines are projected with [`Projection::project_line`], which resamples them so that a
//! straight segment in latitude and longitude is drawn as the curve it really is.

mod aeqd;
pub mod ellipsoid;
mod mercator;

pub use aeqd::AzimuthalEquidistant;
pub use mercator::Mercator;

use crate::model::LonLat;

/// A position on the projected plane, in metres; `y_m` grows to the north.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Xy {
    /// Easting in metres.
    pub x_m: f64,
    /// Northing in metres.
    pub y_m: f64,
}

impl Xy {
    /// A point from easting and northing in metres.
    pub const fn new(x_m: f64, y_m: f64) -> Self {
        Self { x_m, y_m }
    }

    /// Straight-line distance on the plane, in metres.
    pub fn dist_m(self, other: Xy) -> f64 {
        (self.x_m - other.x_m).hypot(self.y_m - other.y_m)
    }
}

/// Which projection the map uses; the reader's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProjectionKind {
    /// Mercator, centred on the Western Pacific.
    #[default]
    Mercator,
    /// Azimuthal equidistant centred on the launch point ("true distance").
    TrueDistance,
}

/// A projection ready to use.
#[derive(Debug, Clone, PartialEq)]
pub enum Projection {
    /// See [`Mercator`].
    Mercator(Mercator),
    /// See [`AzimuthalEquidistant`].
    AzimuthalEquidistant(AzimuthalEquidistant),
}

/// How far apart, in metres, two consecutive projected vertices may lie before a line between
/// them is treated as a jump (and broken) rather than drawn: a quarter of the Earth's girth.
const MAX_SEGMENT_M: f64 = 10_000_000.0;

/// Greatest number of halvings when resampling one segment (2^12 pieces at most).
const MAX_RESAMPLE_DEPTH: u32 = 12;

impl Projection {
    /// The projection of `kind`, centred on `center` where the projection has a centre.
    pub fn new(kind: ProjectionKind, center: LonLat) -> Self {
        match kind {
            ProjectionKind::Mercator => Projection::Mercator(Mercator::western_pacific()),
            ProjectionKind::TrueDistance => {
                Projection::AzimuthalEquidistant(AzimuthalEquidistant::new(center))
            }
        }
    }

    /// Projects a position; `None` where the projection cannot show it.
    pub fn forward(&self, p: LonLat) -> Option<Xy> {
        match self {
            Projection::Mercator(m) => m.forward(p),
            Projection::AzimuthalEquidistant(a) => a.forward(p),
        }
    }

    /// The position at a projected point; `None` outside the projection's domain.
    pub fn inverse(&self, xy: Xy) -> Option<LonLat> {
        match self {
            Projection::Mercator(m) => m.inverse(xy),
            Projection::AzimuthalEquidistant(a) => a.inverse(xy),
        }
    }

    /// Whether a projected point lies where the projection draws faithfully. Near the
    /// antipode of an azimuthal projection's centre, directions become unstable and shapes
    /// smear around the rim, so lines are cut there.
    fn drawable(&self, xy: Xy) -> bool {
        match self {
            Projection::Mercator(_) => true,
            Projection::AzimuthalEquidistant(a) => a.drawable(xy),
        }
    }

    /// Projects a point of a line, taking its longitude (±360°) nearest to `prev_lon_deg`, the
    /// previous vertex's, so that a line crossing the antimeridian or the Mercator seam keeps
    /// going instead of jumping. Returns the point and the longitude used.
    fn forward_continuing(&self, p: LonLat, prev_lon_deg: Option<f64>) -> Option<(Xy, f64)> {
        let lon_deg = match (self, prev_lon_deg) {
            (_, Some(prev)) => prev + mercator::wrap180(p.lon_deg - prev),
            (Projection::Mercator(m), None) => m.wrap(p.lon_deg),
            (Projection::AzimuthalEquidistant(_), None) => p.lon_deg,
        };
        self.forward_unwrapped(LonLat::new(lon_deg, p.lat_deg))
            .map(|xy| (xy, lon_deg))
    }

    /// Projects a line given by its vertices, inserting points wherever a segment (straight in
    /// longitude and latitude) would otherwise depart from its true projected course by more
    /// than `tolerance_m`. Returns the drawable pieces: a line is broken where it leaves the
    /// drawable area, so it never streaks across the map.
    pub fn project_line(&self, points: &[LonLat], tolerance_m: f64) -> Vec<Vec<Xy>> {
        let mut pieces: Vec<Vec<Xy>> = Vec::new();
        let mut current: Vec<Xy> = Vec::new();
        let mut prev: Option<(LonLat, Xy, f64)> = None;
        for &p in points {
            let Some((xy, lon_u)) = self.forward_continuing(p, prev.map(|(_, _, l)| l)) else {
                flush(&mut pieces, &mut current);
                prev = None;
                continue;
            };
            if !self.drawable(xy) {
                flush(&mut pieces, &mut current);
                prev = None;
                continue;
            }
            if let Some((a, a_xy, a_lon_u)) = prev {
                if a_xy.dist_m(xy) > MAX_SEGMENT_M {
                    // A jump around the rim: start a new piece rather than draw across the map.
                    flush(&mut pieces, &mut current);
                } else {
                    let a_u = LonLat::new(a_lon_u, a.lat_deg);
                    let b_u = LonLat::new(lon_u, p.lat_deg);
                    self.resample(a_u, a_xy, b_u, xy, tolerance_m, 0, &mut current);
                }
            }
            current.push(xy);
            prev = Some((p, xy, lon_u));
        }
        flush(&mut pieces, &mut current);
        pieces
    }

    /// Projects a closed ring for filling. Returns `None` if any part of it is not drawable,
    /// since a ring cut open cannot be filled correctly.
    pub fn project_ring(&self, ring: &[LonLat], tolerance_m: f64) -> Option<Vec<Xy>> {
        let mut pieces = self.project_line(ring, tolerance_m);
        (pieces.len() == 1).then(|| pieces.remove(0))
    }

    /// Appends the points strictly between `a` and `b` that keep the projected segment within
    /// `tolerance_m` of its true course (bisection in longitude and latitude).
    #[allow(clippy::too_many_arguments)]
    fn resample(
        &self,
        a: LonLat,
        a_xy: Xy,
        b: LonLat,
        b_xy: Xy,
        tolerance_m: f64,
        depth: u32,
        out: &mut Vec<Xy>,
    ) {
        if depth >= MAX_RESAMPLE_DEPTH {
            return;
        }
        let mid = LonLat::new((a.lon_deg + b.lon_deg) / 2.0, (a.lat_deg + b.lat_deg) / 2.0);
        let Some(mid_xy) = self.forward_unwrapped(mid) else {
            return;
        };
        let chord_mid = Xy::new((a_xy.x_m + b_xy.x_m) / 2.0, (a_xy.y_m + b_xy.y_m) / 2.0);
        if mid_xy.dist_m(chord_mid) <= tolerance_m {
            return;
        }
        self.resample(a, a_xy, mid, mid_xy, tolerance_m, depth + 1, out);
        out.push(mid_xy);
        self.resample(mid, mid_xy, b, b_xy, tolerance_m, depth + 1, out);
    }

    /// Projects a point whose longitude may lie outside -180..180 (already unwrapped).
    fn forward_unwrapped(&self, p: LonLat) -> Option<Xy> {
        match self {
            Projection::Mercator(m) => m.forward_unwrapped(p),
            Projection::AzimuthalEquidistant(a) => a.forward(p),
        }
    }
}

fn flush(pieces: &mut Vec<Vec<Xy>>, current: &mut Vec<Xy>) {
    if current.len() >= 2 {
        pieces.push(std::mem::take(current));
    } else {
        current.clear();
    }
}
