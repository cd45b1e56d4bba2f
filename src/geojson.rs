//! The shown range rings as GeoJSON (RFC 7946), for download and for the `export` command.
//!
//! Pure and dependency-light (geo and serde_json, both already needed by the page), so the
//! page can offer the same file the command writes, and tests check it natively.
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
//! [`rings_geojson`] returns a `serde_json::Value` rather than a string, so callers choose
//! compact (the page's download) or pretty (the command) output, and tests read it directly.

use crate::geodesy::{coverage_envelope, distance_m, geodesic_ring, RingDensity};
use crate::launch::Launch;
use crate::model::{DataSet, LonLat, RangeClaim, Source, Variant};
use crate::projection::{Mercator, Projection};
use crate::rings::SourceChoice;
use geo::orient::Direction;
use geo::{coord, unary_union, BooleanOps, Coord, LineString, MultiPolygon, Orient, Polygon, Rect};
use serde_json::{json, Map, Value};

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
pub fn rings_geojson(data: &DataSet, choice: &SourceChoice, launch: &Launch) -> Value {
    let centres = launch.centres(data);
    let focus = launch.focus(data);
    let features: Vec<Value> = data
        .claims
        .range_claims
        .iter()
        .filter(|c| choice.shows(&c.source))
        .map(|claim| {
            let (min_km, max_km) = claim.km_bounds();
            let geometry = claim_area(&centres, min_km, max_km);
            json!({
                "type": "Feature",
                "properties": properties(claim, data.claims.source(&claim.source), launch, focus),
                "geometry": geometry_json(&geometry),
            })
        })
        .collect();
    json!({ "type": "FeatureCollection", "features": features })
}

/// The properties of one claim's feature (see [`rings_geojson`]).
fn properties(
    claim: &RangeClaim,
    source: Option<&Source>,
    launch: &Launch,
    focus: LonLat,
) -> Value {
    let (min_km, max_km) = claim.km_bounds();
    let variant = match claim.variant {
        Variant::Unspecified => Value::Null,
        v => Value::from(v.label()),
    };
    let mut p = Map::new();
    p.insert("source".into(), claim.source.clone().into());
    p.insert("outlet".into(), source.map(|s| s.outlet.clone()).into());
    p.insert("date".into(), source.map(|s| s.date.clone()).into());
    p.insert("system".into(), claim.system.label().into());
    p.insert("variant".into(), variant);
    p.insert("qualifier".into(), claim.qualifier.id().into());
    p.insert("figure_as_printed".into(), claim.printed_label().into());
    p.insert("min_km".into(), min_km.into());
    p.insert("max_km".into(), max_km.into());
    p.insert("site".into(), launch.id().into());
    p.insert("launch_lat_deg".into(), focus.lat_deg.into());
    p.insert("launch_lon_deg".into(), focus.lon_deg.into());
    p.insert("quote".into(), claim.quote.clone().into());
    Value::Object(p)
}

/// The area a claim covers from `centres`, in -180..180 degrees, oriented by the right-hand
/// rule: within `max_km` of any centre, less what is within `min_km` when the claim is a band.
pub fn claim_area(centres: &[LonLat], min_km: f64, max_km: f64) -> MultiPolygon<f64> {
    let outer = reach_area(centres, max_km * 1000.0);
    let area = if max_km > min_km && min_km > 0.0 {
        outer.difference(&reach_area(centres, min_km * 1000.0))
    } else {
        outer
    };
    area.orient(Direction::Default)
}

/// Everything within `radius_m` of any of `centres`, in -180..180 degrees.
pub fn reach_area(centres: &[LonLat], radius_m: f64) -> MultiPolygon<f64> {
    if centres.len() > 1 {
        let proj = sampling_projection(centres[0]);
        if let Some(envelope) = coverage_envelope(centres, radius_m, &proj, EXPORT_DENSITY) {
            return split_at_antimeridian(&envelope);
        }
        // A ring around a pole: no envelope in unwrapped degrees, so each centre's area is cut
        // to -180..180 first and the pieces merged there.
        let areas: Vec<Polygon<f64>> = centres
            .iter()
            .flat_map(|&c| single_area(c, radius_m).0)
            .collect();
        return unary_union(&areas);
    }
    centres
        .first()
        .map_or_else(|| MultiPolygon::new(vec![]), |&c| single_area(c, radius_m))
}

/// The Mercator the ring sampling is refined on, centred on `centre`'s meridian so its seam
/// lies opposite the ring.
fn sampling_projection(centre: LonLat) -> Projection {
    Projection::Mercator(Mercator {
        lon0_deg: centre.lon_deg,
        max_lat_deg: SAMPLING_MAX_LAT_DEG,
    })
}

/// Everything within `radius_m` of `centre`, in -180..180 degrees (see the module notes on
/// poles).
fn single_area(centre: LonLat, radius_m: f64) -> MultiPolygon<f64> {
    let proj = sampling_projection(centre);
    let ring = geodesic_ring(centre, radius_m, &proj, EXPORT_DENSITY);
    let around = |pole_lat_deg: f64| {
        distance_m(centre, LonLat::new(centre.lon_deg, pole_lat_deg)) < radius_m
    };
    match (around(90.0), around(-90.0)) {
        (false, false) => split_at_antimeridian(&MultiPolygon::new(vec![polygon(&ring)])),
        (true, true) => {
            // The ring encloses the small cap it leaves out; the area is the rest of the world.
            let cap = split_at_antimeridian(&MultiPolygon::new(vec![polygon(&ring)]));
            MultiPolygon::new(vec![world().to_polygon()]).difference(&cap)
        }
        (north, _) => pole_area(&ring, if north { 90.0 } else { -90.0 }),
    }
}

/// The area inside a ring that winds once around the pole at `pole_lat_deg`: the ring laid out
/// three times side by side, closed along the pole, cut to the world box. The ring's first
/// vertex lies in -180..180, so the three copies span at least -180..180 whichever way the
/// ring winds.
fn pole_area(ring: &[LonLat], pole_lat_deg: f64) -> MultiPolygon<f64> {
    let (Some(first), Some(last)) = (ring.first(), ring.last()) else {
        return MultiPolygon::new(vec![]);
    };
    let turn_deg = last.lon_deg - first.lon_deg; // ±360 after unwrapping
    let mut coords: Vec<Coord<f64>> = Vec::with_capacity(ring.len() * 3 + 2);
    for copy in [-1.0, 0.0, 1.0] {
        let skip = usize::from(copy > -1.0); // the copies share their end vertices
        coords.extend(ring.iter().skip(skip).map(|p| {
            coord! {
                x: p.lon_deg + copy * turn_deg,
                y: p.lat_deg,
            }
        }));
    }
    let (start_x, end_x) = (coords[0].x, coords[coords.len() - 1].x);
    coords.push(coord! { x: end_x, y: pole_lat_deg });
    coords.push(coord! { x: start_x, y: pole_lat_deg });
    let strip = Polygon::new(LineString::new(coords), vec![]);
    MultiPolygon::new(vec![strip]).intersection(&MultiPolygon::new(vec![world().to_polygon()]))
}

/// A polygon from a closed ring of positions (longitudes as they stand).
fn polygon(ring: &[LonLat]) -> Polygon<f64> {
    Polygon::new(
        LineString::new(
            ring.iter()
                .map(|p| coord! { x: p.lon_deg, y: p.lat_deg })
                .collect(),
        ),
        vec![],
    )
}

/// The world box in degrees.
fn world() -> Rect<f64> {
    Rect::new(coord! { x: -180.0, y: -90.0 }, coord! { x: 180.0, y: 90.0 })
}

/// Brings polygons with unwrapped longitudes (anywhere in -540..540) into -180..180: the parts
/// in each 360° box are cut out with geo's intersection and shifted back, so a polygon across
/// the antimeridian becomes pieces either side of it.
pub fn split_at_antimeridian(unwrapped: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    let mut pieces: Vec<Polygon<f64>> = Vec::new();
    for k in [-1.0, 0.0, 1.0] {
        let shift_deg = 360.0 * k;
        let window = Rect::new(
            coord! { x: -180.0 + shift_deg, y: -90.0 },
            coord! { x: 180.0 + shift_deg, y: 90.0 },
        );
        let part = unwrapped.intersection(&MultiPolygon::new(vec![window.to_polygon()]));
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
pub fn geometry_json(area: &MultiPolygon<f64>) -> Value {
    let polygons: Vec<Value> = area
        .0
        .iter()
        .map(|p| {
            let rings: Vec<Value> = std::iter::once(p.exterior())
                .chain(p.interiors())
                .map(ring_json)
                .filter(|r| r.as_array().is_some_and(|a| a.len() >= 4))
                .collect();
            Value::Array(rings)
        })
        .filter(|p| p.as_array().is_some_and(|rings| !rings.is_empty()))
        .collect();
    match <[Value; 1]>::try_from(polygons) {
        Ok([one]) => json!({ "type": "Polygon", "coordinates": one }),
        Err(many) => json!({ "type": "MultiPolygon", "coordinates": many }),
    }
}

/// A linear ring's positions, rounded, with consecutive duplicates removed.
fn ring_json(ring: &LineString<f64>) -> Value {
    let scale = 10f64.powi(COORD_DECIMALS);
    let round = |v: f64| (v * scale).round() / scale;
    let mut out: Vec<[f64; 2]> = Vec::with_capacity(ring.0.len());
    for c in &ring.0 {
        let pos = [round(c.x), round(c.y)];
        if out.last() != Some(&pos) {
            out.push(pos);
        }
    }
    Value::from(
        out.into_iter()
            .map(|[x, y]| json!([x, y]))
            .collect::<Vec<_>>(),
    )
}
