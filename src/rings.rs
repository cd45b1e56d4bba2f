//! Which range rings are shown, and their geometry: pure, so tested natively.
//!
//! One ring per range claim of the shown source(s), around the launch point; a from–to claim
//! is a band between two rings. Geometry comes from [`crate::geodesy::geodesic_ring`], sampled
//! finely enough for the current zoom, and is written as SVG path data by
//! [`crate::render::push_path`].

use crate::geodesy::{
    chain_envelope, destination, distance_m, envelope_edge_point, geodesic_ring, RingDensity,
};
use crate::i18n::Lang;
use crate::model::{group_thousands, Claims, LonLat, Place, Qualifier, RangeClaim, Source, Unit};
use crate::projection::Projection;
use crate::recent::Recent;
use crate::render::{push_compact_path, DrawScale};
use std::collections::HashMap;
use std::sync::Arc;

/// Which sources the reader is looking at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceChoice {
    /// Every source at once, overlaid.
    All,
    /// One source, by id.
    One(String),
    /// Two sources side by side, by id, with the area between their rings shaded.
    Compare(String, String),
}

impl SourceChoice {
    /// Whether the source with this id is shown.
    pub fn shows(&self, source_id: &str) -> bool {
        match self {
            SourceChoice::All => true,
            SourceChoice::One(id) => id == source_id,
            SourceChoice::Compare(a, b) => a == source_id || b == source_id,
        }
    }

    /// The id used in `data-source` on the switcher: a source id, `all`, or `compare`.
    pub fn id(&self) -> &str {
        match self {
            SourceChoice::All => "all",
            SourceChoice::One(id) => id,
            SourceChoice::Compare(..) => "compare",
        }
    }
}

/// The sources a page offers: every source of the data, or the list a newsroom chose in the
/// editor (`sources` in the URL), in the order its switcher lists them. "All sources" means
/// those offered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Offer(pub Option<Vec<String>>);

impl Offer {
    /// Whether the source with this id is offered. The embedding page's own claims always
    /// are: the list names the map's sources.
    pub fn includes(&self, source_id: &str) -> bool {
        source_id.starts_with(crate::added::ADDED_ID_PREFIX)
            || self
                .0
                .as_ref()
                .is_none_or(|ids| ids.iter().any(|id| id == source_id))
    }

    /// The offered sources, in the order the switcher lists them (the page's own claims'
    /// last), each with its place in the data's list (which picks its colour and line
    /// pattern, whatever else is offered).
    pub fn sources<'a>(&self, claims: &'a Claims) -> Vec<(usize, &'a Source)> {
        let indexed = claims.sources.iter().enumerate();
        match &self.0 {
            None => indexed.collect(),
            Some(ids) => ids
                .iter()
                .filter_map(|id| indexed.clone().find(|(_, s)| &s.id == id && !s.added))
                .chain(indexed.clone().filter(|(_, s)| s.added))
                .collect(),
        }
    }
}

impl SourceChoice {
    /// Whether the source with this id is shown on a page offering `offer`.
    pub fn shows_in(&self, source_id: &str, offer: &Offer) -> bool {
        offer.includes(source_id) && self.shows(source_id)
    }
}

/// The class that gives a source's rings, legend item and buttons their colour and line
/// pattern: `s0`…`s4` by its place in the data for the map's sources, and for the embedding
/// page's own claims `added a0`… (their own ink and patterns, never a shipped source's).
pub fn palette_class(source_index: usize, added: bool, shipped: usize) -> String {
    if added {
        format!(
            "added a{}",
            source_index.saturating_sub(shipped) % crate::added::MAX_ADDED
        )
    } else {
        format!("s{}", source_index % 5)
    }
}

/// A ring ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownRing {
    /// The claim drawn.
    pub claim: RangeClaim,
    /// Position of the claim's source in the source list: picks its colour and line pattern.
    pub source_index: usize,
    /// The class for its colour and pattern ([`palette_class`]).
    pub palette: Arc<str>,
    /// Whether the claim is the embedding page's own (see [`crate::added`]).
    pub added: bool,
    /// Inner edge in kilometres.
    pub min_km: f64,
    /// Outer edge in kilometres (equal to `min_km` unless a band).
    pub max_km: f64,
    /// SVG path data in kilometres, y to the south: one ring, or for a band its outer ring
    /// followed by its inner one (filled with the even-odd rule, the space between them).
    /// Shared with the ring cache: a switch copies a pointer, not the path, and comparing two
    /// lists of shown rings finds the same paths equal at once.
    pub path_d: Arc<str>,
    /// SVG path data for short outward ticks marking an open-ended figure ("over", "-plus").
    pub ticks_d: Arc<str>,
    /// Where the ring's label may go: points on the ring, the preferred first. The preferred
    /// azimuth from the launch point is spread between rings so their labels do not sit on
    /// each other; the rest go round the ring from there, nearest first, for the page to
    /// take the first with room on the screen ([`crate::render::place_floating_labels`]).
    pub label_candidates: Vec<LonLat>,
}

/// How many points round a ring its label may go at, evenly spaced in azimuth (22.5° apart).
const LABEL_POINTS: usize = 16;
/// Which of them the first ring's label prefers: 2 of 16, azimuth 45° (north-east: open sea
/// from most Japanese sites); each further ring prefers the next one.
const FIRST_LABEL_POINT: usize = 2;
/// Open-ended tick length as a share of the radius.
const TICK_SHARE: f64 = 0.06;
/// Number of outward ticks on an open-ended ring.
const TICKS: usize = 12;

/// Appends to `out` the outline of everything within `radius_km` of any of `centres`: one
/// geodesic ring for one centre, the coverage envelope (union of rings) for several, from the
/// shipped table of the chain's envelopes ([`chain_envelope`]). Where the table has no
/// envelope (centres other than the chain's) the rings are drawn one by one. Sampled for
/// a map at `m_per_px` metres per CSS pixel, and written as compact path data rounded for
/// that scale ([`DrawScale::step_m`]): a tenth of a pixel, so the rounding cannot be seen,
/// while the string (which the page builds, copies to the DOM and the browser parses on every
/// switch) is about a third the length of one written to 10 m.
pub fn push_reach_outline(
    out: &mut String,
    centres: &[LonLat],
    radius_km: f64,
    proj: &Projection,
    m_per_px: f64,
) {
    let density = RingDensity::for_scale(m_per_px);
    let step_m = path_step_m(m_per_px);
    let radius_m = radius_km * 1000.0;
    let mut push_ring = |ring: &[LonLat]| {
        for piece in proj.project_line(ring, density.tolerance_m) {
            push_compact_path(out, &piece, false, step_m);
        }
    };
    let envelope = if centres.len() > 1 {
        chain_envelope(centres, radius_m, proj, density)
    } else {
        None
    };
    match envelope {
        Some(polygons) => {
            for polygon in &polygons {
                for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                    let points: Vec<LonLat> =
                        ring.coords().map(|c| LonLat::new(c.x, c.y)).collect();
                    push_ring(&points);
                }
            }
        }
        None => {
            for &c in centres {
                push_ring(&geodesic_ring(c, radius_m, proj, density));
            }
        }
    }
}

/// The rings of the shown sources around `centres` (one launch point, or every site of a
/// chain, whose rings merge into one envelope), sampled for `m_per_px`.
pub fn shown_rings(
    claims: &Claims,
    choice: &SourceChoice,
    centres: &[LonLat],
    proj: &Projection,
    m_per_px: f64,
) -> Vec<ShownRing> {
    RingCache::default().shown_rings(claims, choice, &Offer::default(), centres, proj, m_per_px)
}

/// The drawn outline of one claim's ring: what depends on the launch point, projection and
/// scale, but not on which other rings are shown.
#[derive(Debug, Clone, PartialEq)]
struct RingGeometry {
    /// See [`ShownRing::path_d`].
    path_d: Arc<str>,
    /// See [`ShownRing::ticks_d`].
    ticks_d: Arc<str>,
    /// Points on the outer edge at the [`LABEL_POINTS`] azimuths, from north clockwise.
    label_points: Vec<LonLat>,
}

/// What a [`RingGeometry`] was computed for: the launch centres, the projection and the scale.
type GeometryKey = (Vec<LonLat>, Projection, f64);

/// How many launch point, projection and scale combinations a [`RingCache`] keeps: enough for
/// every launch site of `data/sites.json` and the chain at one scale (a reader comparing sites
/// goes back and forth), or for a zoom in through every density step of a wheel burst and back
/// out (each step is a power of two in scale). Seven rings at one combination are ~30–70 KB of
/// path data.
const CACHED_GEOMETRIES: usize = 16;

/// Ring outlines kept per claim for recent launch points, projections and scales, so that a
/// source switch assembles rings drawn before instead of tracing them again (tracing all seven
/// took ~1–1.5 ms of wasm per switch in a profile on this 2-core machine), and so does a zoom
/// back to a scale seen a moment ago. At most [`CACHED_GEOMETRIES`] combinations are kept,
/// the least recently used dropped first.
#[derive(Debug)]
pub struct RingCache {
    /// Outlines by claim id, for each recent launch point, projection and scale.
    recent: Recent<GeometryKey, HashMap<String, RingGeometry>>,
}

impl Default for RingCache {
    fn default() -> Self {
        Self {
            recent: Recent::new(CACHED_GEOMETRIES),
        }
    }
}

impl RingCache {
    /// The same as [`shown_rings`], reusing the outlines of claims already traced for these
    /// centres, projection and scale.
    pub fn shown_rings(
        &mut self,
        claims: &Claims,
        choice: &SourceChoice,
        offer: &Offer,
        centres: &[LonLat],
        proj: &Projection,
        m_per_px: f64,
    ) -> Vec<ShownRing> {
        if centres.is_empty() {
            return Vec::new();
        }
        let by_claim = self
            .recent
            .get_or_insert_with((centres.to_vec(), proj.clone(), m_per_px), HashMap::new);
        claims
            .range_claims
            .iter()
            .filter(|c| choice.shows_in(&c.source, offer))
            .enumerate()
            .map(|(i, c)| {
                let geometry = by_claim
                    .entry(c.id.clone())
                    .or_insert_with(|| ring_geometry(c, centres, proj, m_per_px));
                let source_index = claims
                    .sources
                    .iter()
                    .position(|s| s.id == c.source)
                    .unwrap_or(0);
                let added = claims.sources.get(source_index).is_some_and(|s| s.added);
                let (min_km, max_km) = c.km_bounds();
                // The preferred label point depends on the ring's place among those shown;
                // then its neighbours, alternately after and before it.
                let n = geometry.label_points.len();
                let first = FIRST_LABEL_POINT + i;
                let label_candidates = (0..n)
                    .map(|k| {
                        let step = k.div_ceil(2);
                        let at = if k % 2 == 1 {
                            first + step
                        } else {
                            first + n * 2 - step
                        };
                        geometry.label_points[at % n]
                    })
                    .collect();
                ShownRing {
                    claim: c.clone(),
                    source_index,
                    palette: palette_class(source_index, added, claims.shipped_count()).into(),
                    added,
                    min_km,
                    max_km,
                    path_d: geometry.path_d.clone(),
                    ticks_d: geometry.ticks_d.clone(),
                    label_candidates,
                }
            })
            .collect()
    }
}

/// The step ring paths drawn for `m_per_px` metres per pixel are rounded to, in metres.
fn path_step_m(m_per_px: f64) -> f64 {
    DrawScale {
        finest_m_per_px: m_per_px,
    }
    .step_m()
}

/// The outline of `claim`'s ring around `centres` (for a band, both edges) and its ticks.
fn ring_geometry(
    claim: &RangeClaim,
    centres: &[LonLat],
    proj: &Projection,
    m_per_px: f64,
) -> RingGeometry {
    let (min_km, max_km) = claim.km_bounds();
    let density = RingDensity::for_scale(m_per_px);
    let mut path_d = String::new();
    push_reach_outline(&mut path_d, centres, max_km, proj, m_per_px);
    if max_km > min_km {
        push_reach_outline(&mut path_d, centres, min_km, proj, m_per_px);
    }
    let mut ticks_d = String::new();
    if claim.qualifier.open_ended() {
        for k in 0..TICKS {
            let az = (k as f64 + 0.5) * 360.0 / TICKS as f64;
            let Some((from, a)) = envelope_edge_point(centres, max_km * 1000.0, az) else {
                continue;
            };
            let b = destination(from, az, max_km * 1000.0 * (1.0 + TICK_SHARE));
            for piece in proj.project_line(&[a, b], density.tolerance_m) {
                push_compact_path(&mut ticks_d, &piece, false, path_step_m(m_per_px));
            }
        }
    }
    let label_points = (0..LABEL_POINTS)
        .filter_map(|k| {
            let az = k as f64 * 360.0 / LABEL_POINTS as f64;
            envelope_edge_point(centres, max_km * 1000.0, az).map(|(_, p)| p)
        })
        .collect();
    RingGeometry {
        path_d: path_d.into(),
        ticks_d: ticks_d.into(),
        label_points,
    }
}

/// A reference place and its geodesic distance from the launch point.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceDistance {
    /// The place's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Geodesic distance from the launch point (the nearest one, for a chain), in kilometres.
    pub km: f64,
}

/// Every reference place with its distance from the nearest of `centres`, nearest first,
/// named in `lang`.
pub fn place_distances(places: &[Place], centres: &[LonLat], lang: Lang) -> Vec<PlaceDistance> {
    let mut out: Vec<PlaceDistance> = places
        .iter()
        .map(|p| PlaceDistance {
            id: p.id.clone(),
            name: p.name_in(lang).to_owned(),
            km: centres
                .iter()
                .map(|&c| distance_m(c, p.position()) / 1000.0)
                .fold(f64::INFINITY, f64::min),
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

/// The sentence that stands for a ring in the map's text alternative, e.g. "The Washington
/// Times: a Tomahawk Block IV from Sasebo reaches 1,448 km (900 mi): Beijing, Seoul and
/// Pyongyang are inside." Distances are given in `unit`, with the figure as printed beside
/// them when it was printed in another unit. At most `MAX_NAMED_PLACES` places are named,
/// nearest first. In Japanese, in its own word order: "ワシントン・タイムズ：佐世保から発射した
/// トマホーク ブロックIVの射程は1,448キロ（900マイル）で、北京、ソウル、平壌が射程内に入ります。"
pub fn ring_summary(
    lang: Lang,
    outlet: &str,
    claim: &RangeClaim,
    launch_name: &str,
    inside: &[PlaceDistance],
    unit: Unit,
) -> String {
    let (lo, hi) = claim.km_bounds();
    let km = |v: f64| lang.distance(unit.from_km(v), unit);
    let named: Vec<&str> = inside
        .iter()
        .take(MAX_NAMED_PLACES)
        .map(|p| p.name.as_str())
        .collect();
    let more = inside.len().saturating_sub(MAX_NAMED_PLACES);
    // A figure printed in another unit is quoted beside its conversion; one printed in the
    // unit shown already is the figure.
    let printed = (claim.unit != unit).then(|| lang.printed_figure(claim));
    let system = lang.system_label(claim);
    match lang {
        Lang::En => {
            let reach = match claim.qualifier {
                Qualifier::Exact => km(hi),
                Qualifier::About => format!("about {}", km(hi)),
                Qualifier::Over | Qualifier::Plus => format!("more than {}", km(hi)),
                Qualifier::UpTo | Qualifier::Maximum => format!("up to {}", km(hi)),
                Qualifier::FromTo => format!("between {} and {}", km(lo), km(hi)),
            };
            let printed = printed.map(|p| format!(" ({p})")).unwrap_or_default();
            let places = if named.is_empty() {
                "no reference place is inside".to_owned()
            } else {
                let mut names = named;
                let list = if more > 0 {
                    format!("{} and {more} more", names.join(", "))
                } else if names.len() > 1 {
                    let last = names.pop().unwrap_or_default();
                    format!("{} and {last}", names.join(", "))
                } else {
                    names.join("")
                };
                let verb = if inside.len() == 1 { "is" } else { "are" };
                format!("{list} {verb} inside")
            };
            format!("{outlet}: a {system} from {launch_name} reaches {reach}{printed}: {places}.")
        }
        Lang::Ja => {
            let reach = match claim.qualifier {
                Qualifier::Exact => km(hi),
                Qualifier::About => format!("約{}", km(hi)),
                Qualifier::Over | Qualifier::Plus => format!("{}超", km(hi)),
                Qualifier::UpTo | Qualifier::Maximum => format!("最大{}", km(hi)),
                Qualifier::FromTo => format!("{}〜{}", group_thousands(unit.from_km(lo)), km(hi)),
            };
            let printed = printed.map(|p| format!("（{p}）")).unwrap_or_default();
            let places = if named.is_empty() {
                "射程内に参照地点はありません".to_owned()
            } else if more > 0 {
                format!(
                    "{}など{}か所が射程内に入ります",
                    named.join("、"),
                    inside.len()
                )
            } else {
                format!("{}が射程内に入ります", named.join("、"))
            };
            format!(
                "{outlet}：{launch_name}から発射した{system}の射程は{reach}{printed}で、{places}。"
            )
        }
    }
}

/// Places named in a ring's summary sentence; the full list follows it.
pub const MAX_NAMED_PLACES: usize = 6;
