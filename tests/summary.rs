//! The sentence that stands for each ring in the map's text alternative.

use range_claims::model::{DataSet, Unit};
use range_claims::rings::{place_distances, places_within, ring_summary, PlaceDistance};

fn data() -> DataSet {
    DataSet::load_embedded().expect("embedded data loads")
}

fn claim(d: &DataSet, id: &str) -> range_claims::model::RangeClaim {
    d.claims
        .range_claims
        .iter()
        .find(|c| c.id == id)
        .unwrap()
        .clone()
}

#[test]
fn a_sentence_per_ring_names_the_source_missile_site_reach_and_places() {
    let d = data();
    let sasebo = d.site("sasebo").unwrap().position();
    let all = place_distances(&d.places, &[sasebo]);
    let c = claim(&d, "wt-tomahawk-block-iv");
    let inside = places_within(&all, c.km_bounds().1);
    let s = ring_summary("The Washington Times", &c, "Sasebo", &inside, Unit::Km);
    assert!(
        s.starts_with(
            "The Washington Times: a Tomahawk Block IV from Sasebo reaches 1,448 km (900 mi): "
        ),
        "{s}"
    );
    assert!(s.contains("Beijing") || s.contains("more"), "{s}");
    assert!(s.ends_with(" more are inside."), "{s}");
}

#[test]
fn qualifiers_read_as_words_and_short_lists_read_naturally() {
    let d = data();
    let p = |name: &str| PlaceDistance {
        id: name.to_lowercase(),
        name: name.into(),
        km: 100.0,
    };
    let band = claim(&d, "wt-type12-current");
    assert_eq!(
        ring_summary("WT", &band, "Yonaguni", &[p("Taipei")], Unit::Km),
        "WT: a Type-12 today from Yonaguni reaches between 193 km and 401 km (120–249 mi): Taipei is inside."
    );
    let over = claim(&d, "wt-tomahawk-block-v");
    assert_eq!(
        ring_summary("WT", &over, "Sasebo", &[p("Seoul"), p("Busan")], Unit::Km),
        "WT: a Tomahawk Block V from Sasebo reaches more than 1,609 km (over 1,000 mi): Seoul and Busan are inside."
    );
    let about = claim(&d, "kyodo-tomahawk");
    assert_eq!(
        ring_summary("Kyodo News", &about, "Sasebo", &[], Unit::Km),
        "Kyodo News: a Tomahawk Block IV and V from Sasebo reaches about 1,600 km: no reference place is inside."
    );
}

#[test]
fn the_sentence_follows_the_chosen_unit() {
    let d = data();
    let c = claim(&d, "wt-tomahawk-block-iv");
    // 900 mi in nautical miles: 1,448.4096 / 1.852 = 782.08.
    assert_eq!(
        ring_summary("WT", &c, "Sasebo", &[], Unit::Nmi),
        "WT: a Tomahawk Block IV from Sasebo reaches 782 nmi (900 mi): no reference place is inside."
    );
    assert_eq!(
        ring_summary("WT", &c, "Sasebo", &[], Unit::Mi),
        "WT: a Tomahawk Block IV from Sasebo reaches 900 mi: no reference place is inside."
    );
}
