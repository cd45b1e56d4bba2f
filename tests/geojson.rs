//! The GeoJSON export: RFC 7946 structure, the right-hand rule, the antimeridian split, poles,
//! the properties, and the geometry against independent geodesic checks.

use geo::{Contains, Coord, Distance, Geodesic, LineString, MultiPolygon, Point, Polygon};
use range_claims::geojson::claim_area;
use range_claims::launch::Launch;
use range_claims::model::{DataSet, LonLat};
use range_claims::rings::SourceChoice;
use serde_json::Value;

mod common;
use common::data;

/// The shown rings' GeoJSON as the page and the command write it, read back as JSON.
fn rings_geojson(data: &DataSet, choice: &SourceChoice, launch: &Launch) -> Value {
    let text = range_claims::geojson::rings_geojson(data, choice, &Default::default(), launch);
    serde_json::from_str(&text).expect("the GeoJSON is JSON")
}

/// An area's GeoJSON geometry, read back as JSON.
fn geometry_json(area: &MultiPolygon<f64>) -> Value {
    serde_json::from_str(&range_claims::geojson::geometry_json(area)).expect("the geometry is JSON")
}

fn site(id: &str) -> Launch {
    Launch::Site(id.to_owned())
}

fn one(id: &str) -> SourceChoice {
    SourceChoice::One(id.to_owned())
}

/// Every polygon of a geometry as its rings of `[lon, lat]` positions.
fn polygons(geometry: &Value) -> Vec<Vec<Vec<[f64; 2]>>> {
    let coords = &geometry["coordinates"];
    let polys: Vec<&Value> = match geometry["type"].as_str() {
        Some("Polygon") => vec![coords],
        Some("MultiPolygon") => coords.as_array().unwrap().iter().collect(),
        other => panic!("unexpected geometry type {other:?}"),
    };
    polys
        .iter()
        .map(|p| {
            p.as_array()
                .unwrap()
                .iter()
                .map(|ring| {
                    ring.as_array()
                        .unwrap()
                        .iter()
                        .map(|pos| {
                            let pos = pos.as_array().unwrap();
                            assert_eq!(pos.len(), 2, "positions are [lon, lat]");
                            [pos[0].as_f64().unwrap(), pos[1].as_f64().unwrap()]
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Twice the signed area (shoelace) of a ring in degrees: positive when counter-clockwise.
fn signed_area(ring: &[[f64; 2]]) -> f64 {
    ring.windows(2)
        .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
        .sum()
}

/// The geometry back as geo polygons, for point-in-polygon checks.
fn to_geo(geometry: &Value) -> MultiPolygon<f64> {
    MultiPolygon::new(
        polygons(geometry)
            .into_iter()
            .map(|rings| {
                let mut ls = rings
                    .into_iter()
                    .map(|r| LineString::new(r.into_iter().map(|[x, y]| Coord { x, y }).collect()));
                let exterior = ls.next().unwrap();
                Polygon::new(exterior, ls.collect())
            })
            .collect(),
    )
}

/// A feature collection holding one geometry, to check it with [`assert_valid`].
fn collection_of(geometry: &Value) -> Value {
    serde_json::json!({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": geometry}
    ]})
}

/// Checks everything RFC 7946 asks of a feature collection's geometry.
fn assert_valid(fc: &Value) {
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().expect("features array");
    for f in features {
        assert_eq!(f["type"], "Feature");
        assert!(f["properties"].is_object());
        let polys = polygons(&f["geometry"]);
        assert!(!polys.is_empty(), "non-empty geometry");
        for rings in &polys {
            for (i, ring) in rings.iter().enumerate() {
                assert!(ring.len() >= 4, "a linear ring has at least 4 positions");
                assert_eq!(ring.first(), ring.last(), "linear rings are closed");
                for &[lon, lat] in ring {
                    assert!((-180.0..=180.0).contains(&lon), "longitude {lon}");
                    assert!((-90.0..=90.0).contains(&lat), "latitude {lat}");
                    let decimals = |v: f64| ((v * 1e6).round() - v * 1e6).abs() < 1e-6;
                    assert!(decimals(lon) && decimals(lat), "6 decimals at most");
                }
                let a = signed_area(ring);
                if i == 0 {
                    assert!(a > 0.0, "exterior ring counter-clockwise, area {a}");
                } else {
                    assert!(a < 0.0, "hole clockwise, area {a}");
                }
            }
        }
    }
}

#[test]
fn all_sources_from_sasebo_make_a_valid_collection_of_seven_features() {
    let fc = rings_geojson(&data(), &SourceChoice::All, &site("sasebo"));
    assert_valid(&fc);
    assert_eq!(fc["features"].as_array().unwrap().len(), 7);
    // Round-trips through text as JSON.
    let text = serde_json::to_string(&fc).unwrap();
    let back: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(back, fc);
}

#[test]
fn properties_carry_the_claim_source_and_launch() {
    let fc = rings_geojson(&data(), &one("washington-times-2026"), &site("sasebo"));
    let features = fc["features"].as_array().unwrap();
    assert_eq!(features.len(), 4);
    let p = &features[0]["properties"];
    let keys: Vec<&str> = p.as_object().unwrap().keys().map(String::as_str).collect();
    let mut keys_sorted = keys.clone();
    keys_sorted.sort_unstable();
    let mut expected = vec![
        "source",
        "added_by_embedding_page",
        "added_note",
        "link",
        "author",
        "outlet",
        "date",
        "system",
        "variant",
        "qualifier",
        "figure_as_printed",
        "min_km",
        "max_km",
        "site",
        "launch_lat_deg",
        "launch_lon_deg",
        "quote",
    ];
    expected.sort_unstable();
    assert_eq!(keys_sorted, expected, "exactly the listed properties");
    assert_eq!(p["source"], "washington-times-2026");
    // A shipped source: not the embedding page's, no note saying so, its author named.
    assert_eq!(p["added_by_embedding_page"], false);
    assert!(p["added_note"].is_null() && p["link"].is_null());
    assert_eq!(p["author"], "Bill Gertz");
    assert_eq!(p["outlet"], "The Washington Times");
    assert_eq!(p["date"], "about Jan 2026");
    assert_eq!(p["system"], "Tomahawk");
    assert_eq!(p["variant"], "Block IV");
    assert_eq!(p["qualifier"], "exact");
    assert_eq!(p["figure_as_printed"], "900 mi");
    assert!((p["max_km"].as_f64().unwrap() - 1448.4096).abs() < 1e-9);
    assert!((p["min_km"].as_f64().unwrap() - 1448.4096).abs() < 1e-9);
    assert_eq!(p["site"], "sasebo");
    assert_eq!(p["launch_lat_deg"], 33.159);
    assert_eq!(p["launch_lon_deg"], 129.723);
    assert_eq!(p["quote"], "The Block IV has a range of 900 miles");
    // The band: Type-12 today, 120–249 mi, is an outer ring with a hole.
    let band = features
        .iter()
        .find(|f| f["properties"]["qualifier"] == "from-to")
        .unwrap();
    assert_eq!(band["properties"]["figure_as_printed"], "120–249 mi");
    assert!((band["properties"]["min_km"].as_f64().unwrap() - 193.121_28).abs() < 1e-6);
    let polys = polygons(&band["geometry"]);
    assert_eq!(polys.len(), 1);
    assert_eq!(polys[0].len(), 2, "outer ring and one hole");
    // A source that names no version has a null variant.
    let wp = rings_geojson(&data(), &one("washington-post-2022"), &site("sasebo"));
    assert_eq!(wp["features"][0]["properties"]["variant"], Value::Null);
    assert_eq!(
        wp["features"][0]["properties"]["figure_as_printed"],
        "1,000-mile-plus"
    );
}

#[test]
fn single_site_vertices_lie_on_the_geodesic_circle() {
    let data = data();
    let sasebo = LonLat::new(129.723, 33.159);
    let fc = rings_geojson(&data, &one("washington-times-2026"), &site("sasebo"));
    for f in fc["features"].as_array().unwrap() {
        let (min_m, max_m) = (
            f["properties"]["min_km"].as_f64().unwrap() * 1000.0,
            f["properties"]["max_km"].as_f64().unwrap() * 1000.0,
        );
        for (i, ring) in polygons(&f["geometry"])[0].iter().enumerate() {
            let target_m = if i == 0 { max_m } else { min_m };
            for &[lon, lat] in ring {
                let d = Geodesic.distance(
                    Point::new(sasebo.lon_deg, sasebo.lat_deg),
                    Point::new(lon, lat),
                );
                // Sampled vertices are exact; rounding to 1e-6° moves them by at most ~0.1 m.
                assert!(
                    (d - target_m).abs() < 1.0,
                    "vertex {lon},{lat} at {d} m, not {target_m}"
                );
            }
        }
    }
}

#[test]
fn beijing_is_inside_900_miles_from_sasebo_but_not_from_kumamoto() {
    // Hand-worked: Beijing (39.9042N, 116.4074E) is ~1,400 km from Sasebo and ~1,500 km from
    // Kumamoto (32.8N, 130.74E); the Block IV's 900 mi is 1,448.4 km.
    let beijing = Point::new(116.4074, 39.9042);
    let from_sasebo = Geodesic.distance(Point::new(129.723, 33.159), beijing);
    let from_kumamoto = Geodesic.distance(Point::new(130.74, 32.8), beijing);
    assert!(from_sasebo < 1_448_409.6 && from_kumamoto > 1_448_409.6);

    let data = data();
    let block_iv = |launch: Launch| {
        let fc = rings_geojson(&data, &one("washington-times-2026"), &launch);
        to_geo(&fc["features"][0]["geometry"])
    };
    assert!(block_iv(site("sasebo")).contains(&beijing));
    assert!(!block_iv(Launch::Custom(LonLat::new(130.74, 32.8))).contains(&beijing));
}

#[test]
fn the_chain_is_one_envelope_with_site_chain() {
    let data = data();
    let fc = rings_geojson(&data, &one("kyodo-2023"), &Launch::Chain);
    assert_valid(&fc);
    let f = &fc["features"][0];
    assert_eq!(f["properties"]["site"], "chain");
    let area = to_geo(&f["geometry"]);
    assert_eq!(area.0.len(), 1, "the rings merge into one polygon");
    // Every chain site's own 1,600 km reach is inside the envelope: points just inside each
    // site's ring, in four directions.
    for c in Launch::Chain.centres(&data) {
        for az in [0.0, 90.0, 180.0, 270.0] {
            let p = range_claims::geodesy::destination(c, az, 1_590_000.0);
            assert!(area.contains(&Point::new(p.lon_deg, p.lat_deg)));
        }
    }
}

#[test]
fn a_ring_across_the_antimeridian_is_split_into_pieces_on_both_sides() {
    let centre = LonLat::new(179.0, 10.0);
    let area = claim_area(&[centre], 1000.0, 1000.0);
    let geometry = geometry_json(&area);
    assert_eq!(geometry["type"], "MultiPolygon");
    assert_valid(&collection_of(&geometry));
    let polys = polygons(&geometry);
    assert_eq!(polys.len(), 2);
    let east = polys
        .iter()
        .any(|p| p[0].iter().all(|&[lon, _]| lon >= 150.0));
    let west = polys
        .iter()
        .any(|p| p[0].iter().all(|&[lon, _]| lon <= -150.0));
    assert!(east && west, "one piece each side of 180°");
    // Both pieces meet the antimeridian, and points either side of it are inside.
    assert!(to_geo(&geometry).contains(&Point::new(179.9, 10.0)));
    assert!(to_geo(&geometry).contains(&Point::new(-179.9, 10.0)));
    assert!(!to_geo(&geometry).contains(&Point::new(-160.0, 10.0)));
    // Vertices on the cut are interpolated; every other vertex is on the circle.
    for p in &polys {
        for &[lon, lat] in &p[0] {
            let d = Geodesic.distance(Point::new(179.0, 10.0), Point::new(lon, lat));
            let tol = if lon.abs() == 180.0 { 200.0 } else { 1.0 };
            assert!((d - 1_000_000.0).abs() < tol, "{lon},{lat}: {d} m");
        }
    }
}

#[test]
fn a_ring_around_a_pole_is_a_valid_polygon_closed_along_the_pole() {
    // 2,500 km from 80N 10E encloses the North Pole (1,116 km away).
    let area = claim_area(&[LonLat::new(10.0, 80.0)], 2500.0, 2500.0);
    let geometry = geometry_json(&area);
    assert_valid(&collection_of(&geometry));
    let geo = to_geo(&geometry);
    assert!(geo.contains(&Point::new(-170.0, 89.0)), "across the pole");
    assert!(geo.contains(&Point::new(10.0, 70.0)));
    assert!(!geo.contains(&Point::new(-170.0, 60.0)));
    // Around the South Pole too, and a band there keeps its hole clockwise.
    let south = geometry_json(&claim_area(&[LonLat::new(-60.0, -75.0)], 500.0, 2500.0));
    assert_valid(&collection_of(&south));
    assert!(to_geo(&south).contains(&Point::new(120.0, -89.0)));
    assert!(
        !to_geo(&south).contains(&Point::new(-60.0, -75.0)),
        "the hole"
    );
}

#[test]
fn a_ring_around_both_poles_is_the_world_less_a_cap() {
    // 15,000 km from 0,0 reaches past both poles; what is left out is a cap around 180°E.
    let geometry = geometry_json(&claim_area(&[LonLat::new(0.0, 0.0)], 15_000.0, 15_000.0));
    assert_valid(&collection_of(&geometry));
    let geo = to_geo(&geometry);
    assert!(geo.contains(&Point::new(90.0, 45.0)));
    assert!(!geo.contains(&Point::new(179.5, 0.0)));
    assert!(!geo.contains(&Point::new(-179.5, 0.0)));
}
