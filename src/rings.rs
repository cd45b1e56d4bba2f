//! Which range rings are shown, and their geometry: pure, so tested natively.
//!
//! One ring per range claim of the shown source(s), around the launch point; a from–to claim
//! is a band between two rings. Geometry comes from [`crate::geodesy::geodesic_ring`], sampled
//! finely enough for the current zoom, and is written as SVG path data by
//! [`crate::render::push_path`].

use crate::geodesy::{distance_m, geodesic_ring, RingDensity};
use crate::model::{Claims, LonLat, Place, RangeClaim};
use crate::projection::Projection;
use crate::render::push_path;

/// Which sources the reader is looking at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceChoice {
    /// Every source at once, overlaid.
    All,
    /// One source, by id.
    One(String),
}

impl SourceChoice {
    /// Whether the source with this id is shown.
    pub fn shows(&self, source_id: &str) -> bool {
        match self {
            SourceChoice::All => true,
            SourceChoice::One(id) => id == source_id,
        }
    }

    /// The id used in URLs and `data-source`: a source id, or `all`.
    pub fn id(&self) -> &str {
        match self {
            SourceChoice::All => "all",
            SourceChoice::One(id) => id,
        }
    }
}

/// A ring ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownRing {
    /// The claim drawn.
    pub claim: RangeClaim,
    /// Position of the claim's source in the source list: picks its colour and line pattern.
    pub source_index: usize,
    /// Inner edge in kilometres.
    pub min_km: f64,
    /// Outer edge in kilometres (equal to `min_km` unless a band).
    pub max_km: f64,
    /// SVG path data in kilometres, y to the south: one ring, or for a band its outer ring
    /// followed by its inner one (filled with the even-odd rule, the space between them).
    pub path_d: String,
    /// SVG path data for short outward ticks marking an open-ended figure ("over", "-plus").
    pub ticks_d: String,
    /// Where the ring's label goes: the point on the ring at this azimuth from the launch
    /// point, in degrees; spread between rings so labels do not sit on each other.
    pub label_at: LonLat,
}

/// Azimuth of the first ring's label, in degrees clockwise from north (north-east: open sea
/// from most Japanese sites).
const FIRST_LABEL_AZIMUTH_DEG: f64 = 40.0;
/// Azimuth step between consecutive rings' labels, in degrees.
const LABEL_AZIMUTH_STEP_DEG: f64 = 22.0;
/// Open-ended tick length as a share of the radius.
const TICK_SHARE: f64 = 0.06;
/// Number of outward ticks on an open-ended ring.
const TICKS: usize = 12;

/// The rings of the shown sources around `center`, sampled for `m_per_px`.
pub fn shown_rings(
    claims: &Claims,
    choice: &SourceChoice,
    center: LonLat,
    proj: &Projection,
    m_per_px: f64,
) -> Vec<ShownRing> {
    let density = RingDensity::for_scale(m_per_px);
    let ring_d = |radius_km: f64, out: &mut String| {
        let ring = geodesic_ring(center, radius_km * 1000.0, proj, density);
        for piece in proj.project_line(&ring, density.tolerance_m) {
            push_path(out, &piece, false);
        }
    };
    claims
        .range_claims
        .iter()
        .filter(|c| choice.shows(&c.source))
        .enumerate()
        .map(|(i, c)| {
            let source_index = claims
                .sources
                .iter()
                .position(|s| s.id == c.source)
                .unwrap_or(0);
            let (min_km, max_km) = c.km_bounds();
            let mut path_d = String::new();
            ring_d(max_km, &mut path_d);
            if max_km > min_km {
                ring_d(min_km, &mut path_d);
            }
            let mut ticks_d = String::new();
            if c.qualifier.open_ended() {
                for k in 0..TICKS {
                    let az = (k as f64 + 0.5) * 360.0 / TICKS as f64;
                    let a = destination(center, az, max_km * 1000.0);
                    let b = destination(center, az, max_km * 1000.0 * (1.0 + TICK_SHARE));
                    for piece in proj.project_line(&[a, b], density.tolerance_m) {
                        push_path(&mut ticks_d, &piece, false);
                    }
                }
            }
            let label_az = FIRST_LABEL_AZIMUTH_DEG + LABEL_AZIMUTH_STEP_DEG * i as f64;
            ShownRing {
                claim: c.clone(),
                source_index,
                min_km,
                max_km,
                path_d,
                ticks_d,
                label_at: destination(center, label_az, max_km * 1000.0),
            }
        })
        .collect()
}

fn destination(center: LonLat, azimuth_deg: f64, distance_m: f64) -> LonLat {
    use geo::{Destination, Geodesic, Point};
    let p = Geodesic.destination(
        Point::new(center.lon_deg, center.lat_deg),
        azimuth_deg,
        distance_m,
    );
    LonLat::new(p.x(), p.y())
}

/// A reference place and its geodesic distance from the launch point.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceDistance {
    /// The place's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Geodesic distance from the launch point, in kilometres.
    pub km: f64,
}

/// Every reference place with its distance from `center`, nearest first.
pub fn place_distances(places: &[Place], center: LonLat) -> Vec<PlaceDistance> {
    let mut out: Vec<PlaceDistance> = places
        .iter()
        .map(|p| PlaceDistance {
            id: p.id.clone(),
            name: p.name.clone(),
            km: distance_m(center, p.position()) / 1000.0,
        })
        .collect();
    out.sort_by(|a, b| a.km.total_cmp(&b.km));
    out
}

/// The places within `max_km` (a ring's outer edge), nearest first.
pub fn places_within(distances: &[PlaceDistance], max_km: f64) -> Vec<PlaceDistance> {
    distances
        .iter()
        .filter(|p| p.km <= max_km)
        .cloned()
        .collect()
}
