//! The sentence that stands for each ring in the map's text alternative.

use range_claims::i18n::Lang;
use range_claims::model::Unit;
use range_claims::rings::{place_distances, places_within, ring_summary, PlaceDistance};

mod common;
use common::{claim, data};

#[test]
fn a_sentence_per_ring_names_the_source_missile_site_reach_and_places() {
    let d = data();
    let sasebo = d.site("sasebo").unwrap().position();
    let all = place_distances(&d.places, &[sasebo], Lang::En);
    let c = claim(&d, "wt-tomahawk-block-iv");
    let inside = places_within(&all, c.km_bounds().1);
    let s = ring_summary(
        Lang::En,
        "The Washington Times",
        &c,
        "Sasebo",
        &inside,
        Unit::Km,
    );
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
        ring_summary(Lang::En, "WT", &band, "Yonaguni", &[p("Taipei")], Unit::Km),
        "WT: a Type-12 today from Yonaguni reaches between 193 km and 401 km (120–249 mi): Taipei is inside."
    );
    let over = claim(&d, "wt-tomahawk-block-v");
    assert_eq!(
        ring_summary(Lang::En, "WT", &over, "Sasebo", &[p("Seoul"), p("Busan")], Unit::Km),
        "WT: a Tomahawk Block V from Sasebo reaches more than 1,609 km (over 1,000 mi): Seoul and Busan are inside."
    );
    let about = claim(&d, "kyodo-tomahawk");
    assert_eq!(
        ring_summary(Lang::En, "Kyodo News", &about, "Sasebo", &[], Unit::Km),
        "Kyodo News: a Tomahawk Block IV and V from Sasebo reaches about 1,600 km: no reference place is inside."
    );
}

#[test]
fn the_sentence_follows_the_chosen_unit() {
    let d = data();
    let c = claim(&d, "wt-tomahawk-block-iv");
    // 900 mi in nautical miles: 1,448.4096 / 1.852 = 782.08.
    assert_eq!(
        ring_summary(Lang::En, "WT", &c, "Sasebo", &[], Unit::Nmi),
        "WT: a Tomahawk Block IV from Sasebo reaches 782 nmi (900 mi): no reference place is inside."
    );
    assert_eq!(
        ring_summary(Lang::En, "WT", &c, "Sasebo", &[], Unit::Mi),
        "WT: a Tomahawk Block IV from Sasebo reaches 900 mi: no reference place is inside."
    );
}

#[test]
fn in_japanese_the_sentence_is_built_in_japanese_word_order_qualifier_by_qualifier() {
    let d = data();
    let p = |name: &str| PlaceDistance {
        id: name.into(),
        name: name.into(),
        km: 100.0,
    };
    let ja = |id: &str, places: &[PlaceDistance], unit: Unit| {
        ring_summary(Lang::Ja, "WT", &claim(&d, id), "佐世保", places, unit)
    };
    // Exact, printed in miles, shown in kilometres: the printed figure beside its conversion.
    assert_eq!(
        ja("wt-tomahawk-block-iv", &[p("北京"), p("ソウル")], Unit::Km),
        "WT：佐世保から発射したトマホーク ブロックIVの射程は1,448キロ（900マイル）で、北京、ソウルが射程内に入ります。"
    );
    // Over: a lower bound.
    assert_eq!(
        ja("wt-tomahawk-block-v", &[], Unit::Km),
        "WT：佐世保から発射したトマホーク ブロックVの射程は1,609キロ超（1,000マイル超）で、射程内に参照地点はありません。"
    );
    // -plus, as printed ("1,000-mile-plus").
    assert_eq!(
        ja("wp-tomahawk", &[], Unit::Mi),
        "WT：佐世保から発射したトマホークの射程は1,000マイル超で、射程内に参照地点はありません。"
    );
    // From–to: a band.
    assert_eq!(
        ja("wt-type12-current", &[p("台北")], Unit::Km),
        "WT：佐世保から発射した12式地対艦誘導弾（現行型）の射程は193〜401キロ（120〜249マイル）で、台北が射程内に入ります。"
    );
    // Up to, and maximum: upper bounds.
    assert_eq!(
        ja("wt-type12-upgraded", &[], Unit::Mi),
        "WT：佐世保から発射した12式地対艦誘導弾（能力向上型）の射程は最大620マイルで、射程内に参照地点はありません。"
    );
    assert_eq!(
        ja("iuvinale-tomahawk", &[], Unit::Km),
        "WT：佐世保から発射したトマホークの射程は最大2,500キロで、射程内に参照地点はありません。"
    );
    // About, in kilometres as printed.
    assert_eq!(
        ja("kyodo-tomahawk", &[], Unit::Km),
        "WT：佐世保から発射したトマホーク ブロックIV・Vの射程は約1,600キロで、射程内に参照地点はありません。"
    );
    // More places than are named: counted with the counter か所.
    let many: Vec<PlaceDistance> = (0..8).map(|i| p(&format!("地点{i}"))).collect();
    assert!(ja("wt-tomahawk-block-iv", &many, Unit::Km)
        .ends_with("地点0、地点1、地点2、地点3、地点4、地点5など8か所が射程内に入ります。"));
}
