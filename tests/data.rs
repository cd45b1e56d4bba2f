//! The data files load, hold what the map needs, and malformed ones are reported with the
//! file and field at fault.

use range_claims::model::{BaseMap, DataError, DataSet, IslandChain};

#[test]
fn the_shipped_data_loads() {
    let data = DataSet::load_embedded().expect("data/ loads");
    for id in [
        "yokosuka", "sasebo", "maizuru", "kure", "amami", "okinawa", "miyako", "ishigaki",
        "yonaguni", "kengun",
    ] {
        assert!(data.site(id).is_some(), "site {id} is missing");
    }
    for id in [
        "beijing",
        "shanghai",
        "pyongyang",
        "seoul",
        "taipei",
        "manila",
        "vladivostok",
    ] {
        assert!(
            data.places.iter().any(|p| p.id == id),
            "place {id} is missing"
        );
    }
    let labels: Vec<_> = data
        .island_chain
        .waypoints
        .iter()
        .filter_map(|w| w.label.as_deref())
        .collect();
    for island in ["Kyushu", "Okinawa", "Taiwan", "Luzon", "Borneo"] {
        assert!(
            labels.contains(&island),
            "the island chain does not pass {island}"
        );
    }
}

#[test]
fn the_base_map_covers_east_asia() {
    let data = DataSet::load_embedded().unwrap();
    let [w, s, e, n] = data.basemap.region_deg;
    assert!(
        w <= 95.0 && s <= 0.0 && e >= 160.0 && n >= 55.0,
        "region {:?}",
        data.basemap.region_deg
    );
    let names: Vec<_> = data
        .basemap
        .countries
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    for c in [
        "Japan",
        "China",
        "Taiwan",
        "Philippines",
        "Russia",
        "North Korea",
        "South Korea",
        "Malaysia",
    ] {
        assert!(
            names.iter().any(|n| n.contains(c)
                || (c == "North Korea" && *n == "N. Korea")
                || (c == "South Korea" && *n == "S. Korea")),
            "{c} missing from {names:?}"
        );
    }
}

/// Whether any ring of `country` lies wholly inside the box `[w, s, e, n]` (an island there).
fn has_island(data: &DataSet, country: &str, [w, s, e, n]: [f64; 4]) -> bool {
    data.basemap
        .countries
        .iter()
        .filter(|c| c.name == country)
        .flat_map(|c| &c.rings)
        .any(|r| {
            r.iter()
                .all(|p| p.lon_deg >= w && p.lon_deg <= e && p.lat_deg >= s && p.lat_deg <= n)
        })
}

#[test]
fn the_ryukyus_and_the_senkakus_are_on_the_map_at_both_levels_of_detail() {
    let overview = DataSet::load_embedded().unwrap();
    let detailed = DataSet::load_embedded_detailed().unwrap();
    let islands = [
        ("Yonaguni", [122.9, 24.4, 123.1, 24.5]),
        ("Ishigaki", [124.0, 24.3, 124.4, 24.65]),
        ("Miyako", [125.1, 24.6, 125.5, 25.0]),
        ("Okinawa", [127.6, 26.0, 128.4, 26.9]),
        ("Amami-Oshima", [129.1, 28.0, 129.8, 28.6]),
        ("Uotsuri-jima (Senkaku)", [123.45, 25.7, 123.6, 25.8]),
    ];
    for (level, data) in [("overview", &overview), ("detail", &detailed)] {
        for (name, bbox) in islands {
            assert!(
                has_island(data, "Japan", bbox),
                "{name} is not drawn in the {level}"
            );
        }
    }
}

fn point_count(map: &BaseMap) -> usize {
    map.countries
        .iter()
        .flat_map(|c| &c.rings)
        .chain(&map.borders)
        .map(Vec::len)
        .sum()
}

/// The overview exists to be small: it must carry well under the detail's vertices, and every
/// country and the same region as the detail.
#[test]
fn the_overview_is_a_lighter_copy_of_the_detailed_map() {
    let overview = DataSet::load_embedded().unwrap().basemap;
    let detail = DataSet::load_embedded_detailed().unwrap().basemap;
    let (o, d) = (point_count(&overview), point_count(&detail));
    assert!(o * 10 < d * 6, "overview has {o} points, detail {d}");
    assert_eq!(overview.region_deg, detail.region_deg);
    let names = |m: &BaseMap| {
        m.countries
            .iter()
            .map(|c| c.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&overview), names(&detail));
}

/// A reader who opens the page and does not zoom must never need the detail: the home view at
/// the map's sizes on desktops (the map beside the side panel) and phones is coarser than the
/// overview's finest scale, in both projections; two zoom steps (x1.5 each) in do need it.
#[test]
fn the_home_view_is_drawn_from_the_overview() {
    use range_claims::model::{wants_detail, LonLat};
    use range_claims::projection::{Projection, ProjectionKind};
    use range_claims::state::home_view;
    let sasebo = LonLat::new(129.7, 33.16);
    for kind in [ProjectionKind::Mercator, ProjectionKind::TrueDistance] {
        let proj = Projection::new(kind, sasebo);
        for (w, h) in [(880.0, 600.0), (1300.0, 760.0), (340.0, 300.0)] {
            let view = home_view(&proj, w, h);
            assert!(
                !wants_detail(view.m_per_px),
                "{kind:?} {w}x{h}: {} m/px",
                view.m_per_px
            );
        }
    }
    let desktop = home_view(
        &Projection::new(ProjectionKind::Mercator, sasebo),
        880.0,
        600.0,
    );
    assert!(
        wants_detail(desktop.m_per_px / 1.5 / 1.5),
        "{} m/px",
        desktop.m_per_px
    );
}

#[test]
fn a_site_with_a_bad_latitude_names_file_and_field() {
    let text = include_str!("../data/sites.json").replacen(
        "\"lat_deg\": 33.159",
        "\"lat_deg\": 133.159",
        1,
    );
    let err = reload_sites(&text).unwrap_err();
    assert_eq!(
        err,
        DataError::Invalid {
            file: "data/sites.json".into(),
            field: "sites[1].lat_deg".into(),
            problem: "133.159 is not a latitude (must be -90 to 90)".into()
        }
    );
    assert!(
        err.to_string()
            .starts_with("data/sites.json: field `sites[1].lat_deg`"),
        "{err}"
    );
}

#[test]
fn a_missing_field_names_file_and_field() {
    let text = include_str!("../data/sites.json").replacen("\"what\":", "\"whta\":", 1);
    let msg = reload_sites(&text).unwrap_err().to_string();
    assert!(msg.starts_with("data/sites.json: field `sites[0]"), "{msg}");
    assert!(msg.contains("whta") || msg.contains("what"), "{msg}");
}

#[test]
fn a_wrong_type_names_file_and_field() {
    let text = include_str!("../data/places.json").replacen(
        "\"lat_deg\": 39.90",
        "\"lat_deg\": \"39.90\"",
        1,
    );
    let err = DataSet::load_with(None, None, Some(&text), None)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("data/places.json: field `places[1].lat_deg`"),
        "{err}"
    );
}

#[test]
fn duplicate_ids_are_rejected() {
    let text =
        include_str!("../data/sites.json").replacen("\"id\": \"kure\"", "\"id\": \"sasebo\"", 1);
    let msg = reload_sites(&text).unwrap_err().to_string();
    assert_eq!(
        msg,
        "data/sites.json: field `sites[3].id`: \"sasebo\" is used twice"
    );
}

#[test]
fn a_one_point_island_chain_is_rejected() {
    let text = r#"{"about":"x","name":"First Island Chain","name_ja":"第1列島線","name_at":{"lat_deg":25,"lon_deg":128},"waypoints":[{"lat_deg":30,"lon_deg":130}]}"#;
    let msg = IslandChain::parse("data/island_chain.json", text)
        .unwrap_err()
        .to_string();
    assert_eq!(
        msg,
        "data/island_chain.json: field `waypoints`: needs at least two points"
    );
}

/// One signed delta in Encoded Polyline form, written here independently of the decoder.
fn polyline_varint(delta: i64) -> String {
    let mut v = if delta < 0 { !(delta << 1) } else { delta << 1 };
    let mut out = String::new();
    while v >= 0x20 {
        out.push(char::from(((0x20 | (v & 0x1f)) + 63) as u8));
        v >>= 5;
    }
    out.push(char::from((v + 63) as u8));
    out
}

/// A base-map file at precision 2 whose only country ring is `ring`.
fn base_map_with_ring(ring: &str) -> String {
    format!(
        r#"{{"about":"x","region_deg":[88,-12,172,62],"precision":2,
        "countries":[{{"name":"Japan","id":"392","polys":["{ring}"]}}],
        "borders":[],"world_land":[]}}"#
    )
}

#[test]
fn a_base_map_ring_decodes_to_the_points_encoded() {
    // (lat, lon) deltas in hundredths of a degree: 33.00 N 130.00 E, then 33.10 N 130.00 E,
    // then 33.10 N 130.25 E.
    let ring: String = [(3300, 13000), (10, 0), (0, 25)]
        .iter()
        .map(|&(dlat, dlon)| polyline_varint(dlat) + &polyline_varint(dlon))
        .collect();
    let map = BaseMap::parse("data/basemap.json", &base_map_with_ring(&ring)).unwrap();
    let got: Vec<(f64, f64)> = map.countries[0].rings[0]
        .iter()
        .map(|p| (p.lon_deg, p.lat_deg))
        .collect();
    assert_eq!(got, vec![(130.0, 33.0), (130.0, 33.1), (130.25, 33.1)]);
}

#[test]
fn a_corrupt_base_map_names_the_ring() {
    let good = [(3300, 13000), (10, 0), (0, 25)]
        .iter()
        .map(|&(dlat, dlon)| polyline_varint(dlat) + &polyline_varint(dlon))
        .collect::<String>();
    let parse = |ring: &str| {
        BaseMap::parse("data/basemap.json", &base_map_with_ring(ring))
            .unwrap_err()
            .to_string()
    };
    // A latitude with no longitude after it.
    let msg = parse(&format!("{good}{}", polyline_varint(5)));
    assert!(
        msg.starts_with("data/basemap.json: field `countries[0].polys[0]`: is not a valid polyline: no longitude"),
        "{msg}"
    );
    // A character the format never uses.
    let msg = parse(&format!("{good} "));
    assert!(
        msg.starts_with("data/basemap.json: field `countries[0].polys[0]`: is not a valid polyline: cannot decode character"),
        "{msg}"
    );
    // A step that takes the longitude past 180°.
    let msg = parse(&format!(
        "{good}{}{}",
        polyline_varint(0),
        polyline_varint(6000)
    ));
    assert!(
        msg.starts_with("data/basemap.json: field `countries[0].polys[0]`: is not a valid polyline: longitude out of bounds: 190.25"),
        "{msg}"
    );
    // Too few points for a ring: the first point alone.
    let first_point = polyline_varint(3300) + &polyline_varint(13000);
    let msg = parse(&first_point);
    assert_eq!(
        msg,
        "data/basemap.json: field `countries[0].polys[0]`: has fewer than 3 points"
    );
    // A precision the format cannot mean.
    let msg = BaseMap::parse(
        "data/basemap.json",
        &base_map_with_ring(&good).replace(r#""precision":2"#, r#""precision":0"#),
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        msg,
        "data/basemap.json: field `precision`: 0 decimal places is outside 1 to 6"
    );
}

#[test]
fn not_json_at_all_is_reported_with_the_file() {
    let msg = reload_sites("{ not json").unwrap_err().to_string();
    assert!(msg.starts_with("data/sites.json: field `.`"), "{msg}");
}

fn reload_sites(text: &str) -> Result<DataSet, DataError> {
    DataSet::load_with(None, Some(text), None, None)
}

#[test]
fn the_pages_copy_of_the_data_reads_back_as_the_json_files_say() {
    // build.rs writes the validated data as postcard bytes for the page, which reads them back
    // with the same types: every field must survive the round trip (none skipped or
    // defaulted), or the page would show other data than the files hold.
    let data = DataSet::load_embedded().unwrap();
    let written = (&data.sites, &data.places, &data.island_chain, &data.claims);
    let bytes = postcard::to_allocvec(&written).unwrap();
    type PageData = (
        Vec<range_claims::model::LaunchSite>,
        Vec<range_claims::model::Place>,
        IslandChain,
        range_claims::model::Claims,
    );
    let (sites, places, island_chain, claims): PageData = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(sites, data.sites);
    assert_eq!(places, data.places);
    assert_eq!(island_chain, data.island_chain);
    assert_eq!(claims, data.claims);
    // And it is the file the build wrote for this data: the same bytes, whichever target.
    let built = std::fs::read(concat!(env!("OUT_DIR"), "/page-data.postcard"))
        .expect("build.rs wrote the page's data");
    assert_eq!(
        built, bytes,
        "build.rs wrote other bytes than the data gives"
    );
}

#[test]
fn every_sites_coordinates_cite_a_checkable_source_or_say_they_are_approximate() {
    let data = DataSet::load_embedded().expect("data/ loads");
    for site in &data.sites {
        let how = site.coord_source.to_lowercase();
        // Readers cannot check the project's own papers, only a public source or the plain
        // word that the position is approximate.
        for word in ["project", "issue", "ticket", "task"] {
            assert!(!how.contains(word), "{}: “{}”", site.id, site.coord_source);
        }
        assert!(
            how.contains("wikipedia") || how.starts_with("approximate"),
            "{}: “{}” names no source and does not say approximate",
            site.id,
            site.coord_source
        );
        // The Japanese form says the same: the same source, or おおよそ (approximate).
        let ja = &site.coord_source_ja;
        let same_source = how.contains("wikipedia") == ja.contains("Wikipedia");
        let approximate = how.starts_with("approximate") == ja.starts_with("おおよそ");
        assert!(
            same_source && approximate,
            "{}: “{ja}” against “{}”",
            site.id,
            site.coord_source
        );
    }
}

#[test]
fn a_japanese_name_left_in_english_names_file_and_field() {
    let text = include_str!("../data/sites.json").replacen(
        "\"name_ja\": \"佐世保\"",
        "\"name_ja\": \"Sasebo\"",
        1,
    );
    let msg = reload_sites(&text).unwrap_err().to_string();
    assert_eq!(
        msg,
        "data/sites.json: field `sites[1].name_ja`: must be written in Japanese"
    );
    let text = include_str!("../data/places.json").replacen(
        "\"name_ja\": \"北京\"",
        "\"name_ja\": \"\"",
        1,
    );
    let err = DataSet::load_with(None, None, Some(&text), None)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "data/places.json: field `places[1].name_ja`: must not be empty"
    );
}
