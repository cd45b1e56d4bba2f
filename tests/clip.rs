//! The GeoJSON export's areas (hand-cut at the antimeridian and the poles, `range_claims::clip`)
//! against the boolean-operations version they replace, kept here as the reference: the two
//! must cover the same ground, for every kind of ring (plain, across the antimeridian, around
//! a pole, around both, bands of each kind, and the chain's envelopes).

mod reference {
    //! The areas as the export computed them with geo's boolean operations.
    use geo::orient::Direction;
    use geo::{
        coord, unary_union, BooleanOps, Coord, LineString, MultiPolygon, Orient, Polygon, Rect,
    };
    use range_claims::geodesy::{coverage_envelope, distance_m, geodesic_ring};
    use range_claims::geojson::EXPORT_DENSITY;
    use range_claims::model::LonLat;
    use range_claims::projection::{Mercator, Projection};

    const SAMPLING_MAX_LAT_DEG: f64 = 85.0;

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
}

use geo::{Area, BooleanOps, MultiPolygon};
use range_claims::clip::clip_to_lon_range;
use range_claims::geojson::claim_area;
use range_claims::model::LonLat;

/// Asserts the hand-cut area and the reference cover the same ground: the area of their
/// symmetric difference is under a ten-millionth of theirs (both are made of the same
/// vertices; the reference's boolean operations snap them to a fixed-point grid, which moves
/// the area by a few billionths, while a missing notch or piece would be millions of times
/// that), and both have as many pieces.
fn assert_same_area(centres: &[LonLat], min_km: f64, max_km: f64) {
    let got = claim_area(centres, min_km, max_km);
    let want = reference::claim_area(centres, min_km, max_km);
    let what = format!("{centres:?} {min_km}–{max_km} km");
    let total = want.unsigned_area();
    assert!(total > 0.0, "{what}: empty reference");
    let apart = got.xor(&want).unsigned_area();
    assert!(
        apart < total * 1e-7,
        "{what}: {apart} of {total} deg² differ"
    );
    assert_eq!(got.0.len(), want.0.len(), "{what}: pieces");
    assert_right_hand_rule(&got, &what);
}

/// Outlines anticlockwise, holes clockwise, every longitude in -180..180, loops closed.
fn assert_right_hand_rule(area: &MultiPolygon<f64>, what: &str) {
    let twice_area = |ring: &geo::LineString<f64>| -> f64 {
        ring.0
            .windows(2)
            .map(|w| w[0].x * w[1].y - w[1].x * w[0].y)
            .sum()
    };
    for polygon in &area.0 {
        assert!(
            twice_area(polygon.exterior()) > 0.0,
            "{what}: outline runs clockwise"
        );
        for hole in polygon.interiors() {
            assert!(twice_area(hole) < 0.0, "{what}: hole runs anticlockwise");
        }
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            assert_eq!(ring.0.first(), ring.0.last(), "{what}: open loop");
            assert!(
                ring.0.iter().all(|c| (-180.0..=180.0).contains(&c.x)),
                "{what}: longitude"
            );
        }
    }
}

#[test]
fn plain_rings_and_bands_match_the_boolean_operations() {
    for (lon, lat) in [(129.723, 33.159), (0.0, 0.0), (-75.0, -40.0), (100.0, 60.0)] {
        let c = [LonLat::new(lon, lat)];
        assert_same_area(&c, 0.0, 1609.344);
        assert_same_area(&c, 193.12128, 400.726656);
    }
}

#[test]
fn rings_and_bands_across_the_antimeridian_match_the_boolean_operations() {
    for (lon, lat) in [(178.0, 10.0), (-179.5, -30.0), (170.0, 55.0), (-165.0, 0.0)] {
        let c = [LonLat::new(lon, lat)];
        assert_same_area(&c, 0.0, 2500.0);
        // A band whose inner ring crosses too: its hole becomes a notch in each piece.
        assert_same_area(&c, 400.0, 2500.0);
        // A band whose inner ring stays on one side.
        assert_same_area(&c, 50.0, 2500.0);
    }
}

#[test]
fn rings_and_bands_around_a_pole_match_the_boolean_operations() {
    for (lon, lat) in [(130.0, 75.0), (-20.0, -80.0), (179.0, 70.0)] {
        let c = [LonLat::new(lon, lat)];
        assert_same_area(&c, 0.0, 2500.0);
        // Inner ring off the pole, and inner ring around it too.
        assert_same_area(&c, 300.0, 2500.0);
        assert_same_area(&c, 2000.0, 2500.0);
    }
}

#[test]
fn rings_around_both_poles_match_the_boolean_operations() {
    for (lon, lat) in [(130.0, 30.0), (179.0, -10.0)] {
        let c = [LonLat::new(lon, lat)];
        assert_same_area(&c, 0.0, 15_000.0);
        // Bands: inner ring around neither pole, around one, around both.
        assert_same_area(&c, 2500.0, 15_000.0);
        assert_same_area(&c, 8_000.0, 15_000.0);
        assert_same_area(&c, 12_000.0, 15_000.0);
    }
}

#[test]
fn the_chain_envelopes_and_bands_match_the_boolean_operations() {
    let data = range_claims::model::DataSet::load_embedded().unwrap();
    let centres: Vec<LonLat> = range_claims::launch::chain_sites(&data)
        .map(|s| s.position())
        .collect();
    for claim in &data.claims.range_claims {
        let (min_km, max_km) = claim.km_bounds();
        assert_same_area(&centres, min_km, max_km);
    }
}

#[test]
fn a_hole_across_the_cut_becomes_a_notch() {
    // A 4 x 4 square with a hole from x 0.5 to 3, cut at x = 2: one C-shaped piece.
    let ring = |pts: &[(f64, f64)]| {
        geo::LineString::new(
            pts.iter()
                .map(|&(x, y)| geo::coord! { x: x, y: y })
                .collect(),
        )
    };
    let square = geo::Polygon::new(
        ring(&[(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)]),
        vec![ring(&[
            (0.5, 1.0),
            (3.0, 1.0),
            (3.0, 3.0),
            (0.5, 3.0),
            (0.5, 1.0),
        ])],
    );
    let cut = clip_to_lon_range(&MultiPolygon::new(vec![square]), -10.0, 2.0);
    assert_eq!(cut.0.len(), 1);
    assert!(cut.0[0].interiors().is_empty());
    // 2 x 4 less the hole's 1.5 x 2 inside the cut.
    assert!(
        (cut.unsigned_area() - 5.0).abs() < 1e-12,
        "{}",
        cut.unsigned_area()
    );
    let pts: Vec<(f64, f64)> = cut.0[0].exterior().0.iter().map(|c| (c.x, c.y)).collect();
    assert_eq!(
        pts,
        [
            (2.0, 4.0),
            (0.0, 4.0),
            (0.0, 0.0),
            (2.0, 0.0),
            (2.0, 1.0),
            (0.5, 1.0),
            (0.5, 3.0),
            (2.0, 3.0),
            (2.0, 4.0)
        ]
    );
}

#[test]
fn the_cut_at_the_antimeridian_falls_where_geographiclib_puts_the_ring() {
    // A 2,500 km ring around 10° N 178° E crosses the 180° meridian at 32.50077° N and
    // 12.51761° S (Python geographiclib 2.1, solving s12 = 2,500 km along the meridian).
    let area = claim_area(&[LonLat::new(178.0, 10.0)], 0.0, 2500.0);
    assert_eq!(area.0.len(), 2, "a piece either side");
    for polygon in &area.0 {
        let on_cut: Vec<f64> = polygon
            .exterior()
            .0
            .iter()
            .filter(|c| c.x.abs() == 180.0)
            .map(|c| c.y)
            .collect();
        let top = on_cut.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let bottom = on_cut.iter().copied().fold(f64::INFINITY, f64::min);
        // The straight edges are within 100 m of the ring: 0.001° of latitude.
        assert!((top - 32.500_77).abs() < 1e-3, "top of the cut {top}");
        assert!(
            (bottom + 12.517_61).abs() < 1e-3,
            "bottom of the cut {bottom}"
        );
    }
}
