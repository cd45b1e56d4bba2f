//! Launch points: typed coordinates (what is accepted, what each mistake says), the chain, and
//! nearest-site distances from it against GeographicLib values computed outside the project
//! (Python `geographiclib` 2.1, `Geodesic.WGS84.Inverse`).

use range_claims::launch::{
    format_lat_lon, in_detailed_region, parse_lat_lon, CoordError, Launch, CHAIN_ID, CUSTOM_ID,
};
use range_claims::model::LonLat;
use range_claims::rings::place_distances;

mod common;
use common::data;

#[test]
fn typed_coordinates_in_the_forms_readers_write() {
    let p = |lat: &str, lon: &str| parse_lat_lon(lat, lon).unwrap();
    assert_eq!(p("33.159", "129.723"), LonLat::new(129.723, 33.159));
    assert_eq!(p(" 33.159 ", "129.723°"), LonLat::new(129.723, 33.159));
    assert_eq!(p("12.5S", "77.1 w"), LonLat::new(-77.1, -12.5));
    assert_eq!(p("-90", "180"), LonLat::new(180.0, -90.0));
    assert_eq!(p("26N", "-127.8"), LonLat::new(-127.8, 26.0));
}

#[test]
fn each_typing_mistake_gets_a_message_that_says_what_to_fix() {
    let err = |lat: &str, lon: &str| parse_lat_lon(lat, lon).unwrap_err();
    assert_eq!(err("", "129"), CoordError::Empty { field: "Latitude" });
    assert_eq!(err("33", "  "), CoordError::Empty { field: "Longitude" });
    assert!(matches!(
        err("abc", "129"),
        CoordError::NotANumber {
            field: "Latitude",
            ..
        }
    ));
    assert!(matches!(err("NaN", "129"), CoordError::NotANumber { .. }));
    assert!(matches!(err("33", "inf"), CoordError::NotANumber { .. }));
    assert!(matches!(err("33", "1e999"), CoordError::NotANumber { .. }));
    // A hemisphere letter that belongs to the other field is not a number here.
    assert!(matches!(err("33E", "129"), CoordError::NotANumber { .. }));
    assert_eq!(
        err("95", "129"),
        CoordError::OutOfRange {
            field: "Latitude",
            value_deg: 95.0,
            limit_deg: 90.0
        }
    );
    assert_eq!(
        err("33", "181W"),
        CoordError::OutOfRange {
            field: "Longitude",
            value_deg: -181.0,
            limit_deg: 180.0
        }
    );
    assert_eq!(
        err("95", "129").to_string(),
        "Latitude 95° is out of range: it must be between -90° and 90°."
    );
    assert!(err("x", "1").to_string().contains("type decimal degrees"));
}

#[test]
fn positions_are_written_with_hemispheres() {
    assert_eq!(
        format_lat_lon(LonLat::new(129.723, 33.159)),
        "33.159°N, 129.723°E"
    );
    assert_eq!(
        format_lat_lon(LonLat::new(-0.1, -51.5)),
        "51.500°S, 0.100°W"
    );
}

#[test]
fn the_detailed_region_covers_east_asia_only() {
    assert!(in_detailed_region(LonLat::new(129.7, 33.2)));
    assert!(in_detailed_region(LonLat::new(121.0, 14.6)));
    assert!(!in_detailed_region(LonLat::new(-0.1, 51.5)));
    assert!(!in_detailed_region(LonLat::new(129.7, 80.0)));
}

#[test]
fn launch_ids_and_centres() {
    let d = data();
    let sasebo = Launch::Site("sasebo".into());
    assert_eq!(sasebo.id(), "sasebo");
    assert_eq!(sasebo.centres(&d), vec![LonLat::new(129.723, 33.159)]);
    assert_eq!(sasebo.name(&d), "Sasebo");
    let custom = Launch::Custom(LonLat::new(125.0, 30.0));
    assert_eq!(custom.id(), CUSTOM_ID);
    assert_eq!(custom.centres(&d), vec![LonLat::new(125.0, 30.0)]);
    assert_eq!(Launch::Chain.id(), CHAIN_ID);
    let chain = Launch::Chain.centres(&d);
    assert_eq!(chain.len(), 5, "Amami, Okinawa, Miyako, Ishigaki, Yonaguni");
    // The chain's focus lies among its sites, in the middle of the Ryukyus.
    let f = Launch::Chain.focus(&d);
    assert!(f.lon_deg > 123.0 && f.lon_deg < 129.5 && f.lat_deg > 24.4 && f.lat_deg < 28.4);
}

#[test]
fn distances_from_the_chain_are_from_its_nearest_site() {
    // GeographicLib: Yonaguni (24.45°N 122.99°E) is the nearest chain site to each of these:
    // Taipei 157,360.118 m, Shanghai 766,086.006 m, Manila 1,110,552.951 m.
    let d = data();
    let from_chain = place_distances(
        &d.places,
        &Launch::Chain.centres(&d),
        range_claims::i18n::Lang::En,
    );
    let km = |id: &str| from_chain.iter().find(|p| p.id == id).unwrap().km;
    assert!((km("taipei") - 157.360_118).abs() < 1e-5);
    assert!((km("shanghai") - 766.086_006).abs() < 1e-5);
    assert!((km("manila") - 1_110.552_951).abs() < 1e-5);
    // Nearest first.
    assert!(from_chain.windows(2).all(|w| w[0].km <= w[1].km));
}
