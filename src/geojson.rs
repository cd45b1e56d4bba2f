//! The shown range rings as GeoJSON (RFC 7946), for download and for the `export` command.
//!
//! Pure and dependency-light (geo, already needed by the page; the JSON is written here, so the
//! page carries no JSON library), so the page can offer the same file the command writes, and
//! tests check it natively.
//!
//! What the file holds: a `FeatureCollection` with one `Feature` per shown range claim. Its
//! geometry is the area within the claim's outer edge (`max_km`) of the launch point, or, for
//! a from–to claim, the band between the inner and outer edges (the outer area minus the inner
//! one, so a polygon with a hole). For the Southwest Islands chain it is the union of every
//! site's area (the coverage envelope the map draws).
//!
//! How RFC 7946 is met:
//! - Rings are sampled at a fixed density ([`EXPORT_DENSITY`]), not the screen's, so the file
//!   is the same whatever the reader's zoom: every sampled vertex is exactly on the geodesic
//!   circle, and the straight edges between them stay within 100 m of it on a Mercator map.
//! - Longitudes are in -180..180: a ring that crosses the antimeridian is built with continuous
//!   ("unwrapped") longitudes, then intersected with the boxes west of, on and east of the
//!   -180..180 world, and the outer pieces are shifted by ±360°, giving a `MultiPolygon` with
//!   pieces either side of the antimeridian (geo's boolean operations, not hand clipping).
//! - A ring around a pole cannot be a polygon in longitude and latitude as it stands (its
//!   longitudes wind through 360°). It is repeated three times side by side (1,080° of
//!   longitude), closed along the pole's edge (latitude ±90°), and cut to -180..180: the result
//!   is one valid polygon whose top (or bottom) edge is the pole. A ring around both poles
//!   (over ~10,000 km) is the whole world minus the small cap it leaves out.
//! - Exterior rings are counter-clockwise and holes clockwise (the right-hand rule), by geo's
//!   `Orient`; coordinates are rounded to 6 decimals (about 0.1 m), as RFC 7946 suggests.
//!
//! [`rings_geojson`] returns the file's text, compact; tests read it back with serde_json.

use crate::clip::clip_to_lon_range;
use crate::geodesy::{chain_envelope, distance_m, geodesic_ring, RingDensity};
use crate::launch::Launch;
use crate::model::{DataSet, LonLat, RangeClaim, Source, Variant};
use crate::projection::{Mercator, Projection};
use crate::rings::{Offer, SourceChoice};
use geo::{coord, Contains, Coord, LineString, MultiPolygon, Polygon};

/// Ring sampling for exported geometry: independent of any screen. 256 starting vertices, then
/// halving wherever a straight edge would stray more than 100 m from the true circle on a
/// Mercator map centred on the launch point.
pub const EXPORT_DENSITY: RingDensity = RingDensity {
    tolerance_m: 100.0,
    initial_vertices: 256,
};

/// Decimal places kept in coordinates: 1e-6° is about 0.11 m.
const COORD_DECIMALS: i32 = 6;

/// Latitude where the sampling Mercator is clamped (it goes to infinity at the poles).
const SAMPLING_MAX_LAT_DEG: f64 = 85.0;

/// The shown rings as a GeoJSON `FeatureCollection`: one feature per range claim of the
/// sources `choice` shows, around `launch`. Properties (exactly these): `source` (id),
/// `outlet`, `date` (as shown to readers), `system` ("Tomahawk"), `variant` ("Block IV", or
/// null where the source names none), `qualifier` (its id: "exact", "about", "over", "plus",
/// "up-to", "maximum", "from-to"), `figure_as_printed` ("900 mi"), `min_km`, `max_km`,
/// `site` (the site id, `custom` or `chain`), `launch_lat_deg`, `launch_lon_deg` (the launch
/// focus: the chain's middle for the chain) and `quote`.
pub fn rings_geojson(
    data: &DataSet,
    choice: &SourceChoice,
    offer: &Offer,
    launch: &Launch,
) -> String {
    let centres = launch.centres(data);
    let focus = launch.focus(data);
    let features: Vec<String> = data
        .claims
        .range_claims
        .iter()
        .filter(|c| choice.shows_in(&c.source, offer))
        .map(|claim| {
            let (min_km, max_km) = claim.km_bounds();
            let geometry = claim_area(&centres, min_km, max_km);
            format!(
                "{{\"type\":\"Feature\",\"properties\":{},\"geometry\":{}}}",
                properties(claim, data.claims.source(&claim.source), launch, focus),
                geometry_json(&geometry)
            )
        })
        .collect();
    format!(
        "{{\"type\":\"FeatureCollection\",\"features\":[{}]}}",
        features.join(",")
    )
}

/// The properties of one claim's feature (see [`rings_geojson`]), as a JSON object.
fn properties(
    claim: &RangeClaim,
    source: Option<&Source>,
    launch: &Launch,
    focus: LonLat,
) -> String {
    let (min_km, max_km) = claim.km_bounds();
    let text = |t: Option<&str>| t.map_or_else(|| "null".to_owned(), json_string);
    let variant = match claim.variant {
        Variant::Unspecified => None,
        v => Some(v.label()),
    };
    let added = source.is_some_and(|s| s.added);
    // An embedding page's own claim says so, in words, in every feature that carries it.
    let added_note = added.then(|| crate::i18n::Lang::En.text().added_by_page);
    let fields: [(&str, String); 17] = [
        ("source", json_string(&claim.source)),
        ("added_by_embedding_page", added.to_string()),
        ("added_note", text(added_note)),
        ("link", text(source.and_then(|s| s.link.as_deref()))),
        ("author", text(source.and_then(|s| s.author.as_deref()))),
        ("outlet", text(source.map(|s| s.outlet.as_str()))),
        ("date", text(source.map(|s| s.date.as_str()))),
        (
            "system",
            json_string(&match claim.system {
                crate::model::System::Other => claim.system_label(),
                s => s.label().to_owned(),
            }),
        ),
        ("variant", text(variant)),
        ("qualifier", json_string(claim.qualifier.id())),
        ("figure_as_printed", json_string(&claim.printed_label())),
        ("min_km", json_number(min_km)),
        ("max_km", json_number(max_km)),
        ("site", json_string(launch.id())),
        ("launch_lat_deg", json_number(focus.lat_deg)),
        ("launch_lon_deg", json_number(focus.lon_deg)),
        ("quote", json_string(&claim.quote)),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("\"{key}\":{value}"))
        .collect();
    format!("{{{}}}", body.join(","))
}

/// A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259).
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON number: the shortest decimal that reads back as `value`; `null` if it is not finite
/// (JSON has no NaN or infinity).
fn json_number(value: f64) -> String {
    if value.is_finite() {
        format!("{value}")
    } else {
        "null".to_owned()
    }
}

/// The area a claim covers from `centres`, in -180..180 degrees, oriented by the right-hand
/// rule: within `max_km` of any centre, less what is within `min_km` when the claim is a band.
pub fn claim_area(centres: &[LonLat], min_km: f64, max_km: f64) -> MultiPolygon<f64> {
    let inner_m = (max_km > min_km && min_km > 0.0).then_some(min_km * 1000.0);
    match centres {
        [] => MultiPolygon::new(vec![]),
        [centre] => single_area(*centre, max_km * 1000.0, inner_m),
        _ => envelope_area(centres, max_km * 1000.0, inner_m),
    }
}

/// Everything within `radius_m` of any of `centres`, in -180..180 degrees.
pub fn reach_area(centres: &[LonLat], radius_m: f64) -> MultiPolygon<f64> {
    claim_area(centres, 0.0, radius_m / 1000.0)
}

/// The Mercator the ring sampling is refined on, centred on `centre`'s meridian so its seam
/// lies opposite the ring.
fn sampling_projection(centre: LonLat) -> Projection {
    Projection::Mercator(Mercator {
        lon0_deg: centre.lon_deg,
        max_lat_deg: SAMPLING_MAX_LAT_DEG,
    })
}

/// The area within `outer_m` of several centres (less what is within `inner_m`, for a band),
/// from the shipped envelopes of the chain ([`chain_envelope`]). Where there is no envelope
/// (centres other than the chain's, which the page never offers), each centre's area is
/// listed on its own; such pieces may overlap.
fn envelope_area(centres: &[LonLat], outer_m: f64, inner_m: Option<f64>) -> MultiPolygon<f64> {
    let proj = sampling_projection(centres[0]);
    let envelope = |radius_m: f64| chain_envelope(centres, radius_m, &proj, EXPORT_DENSITY);
    let Some(outer) = envelope(outer_m) else {
        return MultiPolygon::new(
            centres
                .iter()
                .flat_map(|&c| single_area(c, outer_m, inner_m).0)
                .collect(),
        );
    };
    let area = match inner_m.map(envelope) {
        Some(Some(inner)) => band_between(&outer, &inner),
        _ => outer,
    };
    split_at_antimeridian(&area)
}

/// The area within the envelope `outer` and outside the envelope `inner`, which lies inside
/// it (the same centres at a smaller radius, so the two edges never meet): `inner`'s outlines
/// become holes in the outline around them, and what `inner` leaves uncovered inside (its
/// holes) becomes an area of its own, less whatever `outer` leaves uncovered there.
fn band_between(outer: &MultiPolygon<f64>, inner: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    let inside = |ring: &LineString<f64>, probe: &LineString<f64>| {
        probe
            .0
            .first()
            .is_some_and(|&c| Polygon::new(ring.clone(), vec![]).contains(&c))
    };
    let mut polygons: Vec<Polygon<f64>> = outer
        .0
        .iter()
        .map(|p| {
            let mut holes = p.interiors().to_vec();
            holes.extend(
                inner
                    .0
                    .iter()
                    .filter(|q| inside(p.exterior(), q.exterior()))
                    .map(|q| q.exterior().clone()),
            );
            Polygon::new(p.exterior().clone(), holes)
        })
        .collect();
    for gap in inner.0.iter().flat_map(|q| q.interiors()) {
        let holes = outer
            .0
            .iter()
            .flat_map(|p| p.interiors())
            .filter(|h| inside(gap, h))
            .cloned()
            .collect();
        polygons.push(Polygon::new(gap.clone(), holes));
    }
    MultiPolygon::new(polygons)
}

/// Everything within `outer_m` of `centre`, less what is within `inner_m` for a band, in
/// -180..180 degrees (see the module notes on poles).
fn single_area(centre: LonLat, outer_m: f64, inner_m: Option<f64>) -> MultiPolygon<f64> {
    let proj = sampling_projection(centre);
    let ring = |radius_m: f64| line(&geodesic_ring(centre, radius_m, &proj, EXPORT_DENSITY));
    let poles = |radius_m: f64| {
        let around = |pole_lat_deg: f64| {
            distance_m(centre, LonLat::new(centre.lon_deg, pole_lat_deg)) < radius_m
        };
        match (around(90.0), around(-90.0)) {
            (false, false) => Poles::None,
            (true, true) => Poles::Both,
            (north, _) => Poles::One(if north { 90.0 } else { -90.0 }),
        }
    };
    let outer = ring(outer_m);
    let inner = inner_m.map(|r| (ring(r), poles(r)));
    let (world_west, world_east) = (-180.0, 180.0);
    match poles(outer_m) {
        Poles::None => {
            // A band's inner ring, with the same centre, lies inside the outer one.
            let holes = inner.map(|(r, _)| r).into_iter().collect();
            split_at_antimeridian(&MultiPolygon::new(vec![Polygon::new(outer, holes)]))
        }
        Poles::One(pole_lat_deg) => {
            let area = match inner {
                Some((r, Poles::One(_))) => strip_between(&outer, &r),
                Some((r, _)) => Polygon::new(strip(&outer, pole_lat_deg), copies(&r)),
                None => Polygon::new(strip(&outer, pole_lat_deg), vec![]),
            };
            clip_to_lon_range(&MultiPolygon::new(vec![area]), world_west, world_east)
        }
        Poles::Both => {
            // The ring bounds the small cap it leaves out: the area is the rest of the world,
            // laid out over three turns of longitude with the cap cut out of each.
            let area = match inner {
                // Both rings around both poles: the band is the inner ring's cap less the
                // outer's, an ordinary ring with a hole.
                Some((r, Poles::Both)) => {
                    return split_at_antimeridian(&MultiPolygon::new(vec![Polygon::new(
                        r,
                        vec![outer],
                    )]))
                }
                Some((r, Poles::One(pole_lat_deg))) => {
                    Polygon::new(strip(&r, -pole_lat_deg), copies(&outer))
                }
                Some((r, Poles::None)) => {
                    let mut holes = copies(&outer);
                    holes.extend(copies(&r));
                    Polygon::new(three_turns_of_world(), holes)
                }
                None => Polygon::new(three_turns_of_world(), copies(&outer)),
            };
            clip_to_lon_range(&MultiPolygon::new(vec![area]), world_west, world_east)
        }
    }
}

/// Which poles a ring goes round.
#[derive(Debug, Clone, Copy)]
enum Poles {
    None,
    /// One, at this latitude (±90°).
    One(f64),
    Both,
}

/// The ring as it stands and shifted a turn of longitude either way, for an area laid out
/// over three turns (so that whatever part of it falls in -180..180 is there).
fn copies(ring: &LineString<f64>) -> Vec<LineString<f64>> {
    [-360.0, 0.0, 360.0]
        .iter()
        .map(|&dx| {
            LineString::new(
                ring.0
                    .iter()
                    .map(|c| coord! { x: c.x + dx, y: c.y })
                    .collect(),
            )
        })
        .collect()
}

/// The world over three turns of longitude, -540..540 degrees.
fn three_turns_of_world() -> LineString<f64> {
    LineString::new(vec![
        coord! { x: -540.0, y: -90.0 },
        coord! { x: 540.0, y: -90.0 },
        coord! { x: 540.0, y: 90.0 },
        coord! { x: -540.0, y: 90.0 },
        coord! { x: -540.0, y: -90.0 },
    ])
}

/// A ring that winds once around a pole, laid out three times side by side: the copies'
/// vertices in order, from the west end to the east or the other way. The ring's first vertex
/// lies in -180..180, so the three copies span at least -180..180 whichever way it winds.
fn wound_three_times(ring: &LineString<f64>) -> Vec<Coord<f64>> {
    let (Some(first), Some(last)) = (ring.0.first(), ring.0.last()) else {
        return Vec::new();
    };
    let turn_deg = last.x - first.x; // ±360 after unwrapping
    let mut coords: Vec<Coord<f64>> = Vec::with_capacity(ring.0.len() * 3);
    for copy in [-1.0, 0.0, 1.0] {
        let skip = usize::from(copy > -1.0); // the copies share their end vertices
        coords.extend(
            ring.0
                .iter()
                .skip(skip)
                .map(|c| coord! { x: c.x + copy * turn_deg, y: c.y }),
        );
    }
    coords
}

/// The area between a ring that winds around a pole and the latitude `close_lat_deg` (that
/// pole's, for the area inside the ring; the other pole's, for the area outside it), over
/// three turns of longitude.
fn strip(ring: &LineString<f64>, close_lat_deg: f64) -> LineString<f64> {
    let mut coords = wound_three_times(ring);
    let (Some(start), Some(end)) = (coords.first().copied(), coords.last().copied()) else {
        return LineString::new(coords);
    };
    coords.push(coord! { x: end.x, y: close_lat_deg });
    coords.push(coord! { x: start.x, y: close_lat_deg });
    coords.push(start);
    LineString::new(coords)
}

/// The area between two rings around the same pole (a band whose inner ring, too, goes round
/// it), over three turns of longitude: along the outer ring, back along the inner one.
fn strip_between(outer: &LineString<f64>, inner: &LineString<f64>) -> Polygon<f64> {
    let mut coords = wound_three_times(outer);
    let mut back = wound_three_times(inner);
    // Both run the same way round the pole, so the inner one goes back from its far end.
    back.reverse();
    coords.extend(back);
    if let Some(&start) = coords.first() {
        coords.push(start);
    }
    Polygon::new(LineString::new(coords), vec![])
}

/// A closed ring of positions as a line (longitudes as they stand).
fn line(ring: &[LonLat]) -> LineString<f64> {
    LineString::new(
        ring.iter()
            .map(|p| coord! { x: p.lon_deg, y: p.lat_deg })
            .collect(),
    )
}

/// Brings polygons with unwrapped longitudes (anywhere in -540..540) into -180..180: the parts
/// in each 360° window are cut out ([`clip_to_lon_range`]) and shifted back, so a polygon
/// across the antimeridian becomes pieces either side of it.
pub fn split_at_antimeridian(unwrapped: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    let mut pieces: Vec<Polygon<f64>> = Vec::new();
    for k in [-1.0, 0.0, 1.0] {
        let shift_deg = 360.0 * k;
        let part = clip_to_lon_range(unwrapped, -180.0 + shift_deg, 180.0 + shift_deg);
        pieces.extend(part.0.into_iter().map(|p| {
            let mut p = p;
            p.exterior_mut(|r| shift(r, -shift_deg));
            p.interiors_mut(|rs| rs.iter_mut().for_each(|r| shift(r, -shift_deg)));
            p
        }));
    }
    MultiPolygon::new(pieces)
}

fn shift(ring: &mut LineString<f64>, dx_deg: f64) {
    ring.0.iter_mut().for_each(|c| c.x += dx_deg);
}

/// A GeoJSON geometry for an area: a `Polygon` if it is one piece, else a `MultiPolygon`
/// (an empty one if nothing is left). Coordinates are rounded; vertices that rounding merges
/// are dropped, and every ring stays closed.
pub fn geometry_json(area: &MultiPolygon<f64>) -> String {
    let polygons: Vec<String> = area
        .0
        .iter()
        .filter_map(|p| {
            let rings: Vec<String> = std::iter::once(p.exterior())
                .chain(p.interiors())
                .filter_map(ring_json)
                .collect();
            (!rings.is_empty()).then(|| format!("[{}]", rings.join(",")))
        })
        .collect();
    match <[String; 1]>::try_from(polygons) {
        Ok([one]) => format!("{{\"type\":\"Polygon\",\"coordinates\":{one}}}"),
        Err(many) => format!(
            "{{\"type\":\"MultiPolygon\",\"coordinates\":[{}]}}",
            many.join(",")
        ),
    }
}

/// A linear ring's positions, rounded, with consecutive duplicates removed; `None` if fewer
/// than four are left (a ring needs three corners and its closing repeat).
fn ring_json(ring: &LineString<f64>) -> Option<String> {
    let scale = 10f64.powi(COORD_DECIMALS);
    let round = |v: f64| (v * scale).round() / scale;
    let mut out: Vec<[f64; 2]> = Vec::with_capacity(ring.0.len());
    for c in &ring.0 {
        let pos = [round(c.x), round(c.y)];
        if out.last() != Some(&pos) {
            out.push(pos);
        }
    }
    (out.len() >= 4).then(|| {
        let positions: Vec<String> = out
            .iter()
            .map(|[x, y]| format!("[{},{}]", json_number(*x), json_number(*y)))
            .collect();
        format!("[{}]", positions.join(","))
    })
}
