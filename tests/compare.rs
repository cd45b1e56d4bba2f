//! Compare mode's logic on the real claims: which claims describe the same missile, the band
//! between them, and the places that change.

use range_claims::compare::{claim_pairs, default_pair, variants_overlap};
use range_claims::model::Variant;
use range_claims::rings::{Offer, PlaceDistance};

mod common;
use common::data;

fn ids(pairs: &[range_claims::compare::ClaimPair]) -> Vec<String> {
    pairs
        .iter()
        .map(|p| format!("{}~{}", p.first.id, p.second.id))
        .collect()
}

#[test]
fn variants_pair_up_only_when_they_can_mean_the_same_missile() {
    use Variant::*;
    assert!(variants_overlap(BlockIv, BlockIv));
    assert!(variants_overlap(BlockIvAndV, BlockV));
    assert!(variants_overlap(BlockIv, BlockIvAndV));
    assert!(variants_overlap(Unspecified, BlockV));
    assert!(!variants_overlap(BlockIv, BlockV));
    assert!(!variants_overlap(Current, Upgraded));
}

#[test]
fn washington_times_against_kyodo_and_iuvinale() {
    let d = data();
    let wt_kyodo = claim_pairs(&d.claims, "washington-times-2026", "kyodo-2023");
    assert_eq!(
        ids(&wt_kyodo),
        [
            "wt-tomahawk-block-iv~kyodo-tomahawk",
            "wt-tomahawk-block-v~kyodo-tomahawk"
        ]
    );
    // 900 mi is 1,448.4096 km; Kyodo's about 1,600 km reaches farther.
    let (far, near) = wt_kyodo[0].farther_nearer().unwrap();
    assert_eq!(
        (far.id.as_str(), near.id.as_str()),
        ("kyodo-tomahawk", "wt-tomahawk-block-iv")
    );
    assert!((wt_kyodo[0].inner_km() - 1_448.409_6).abs() < 1e-9);
    assert_eq!(wt_kyodo[0].outer_km(), 1_600.0);
    // Over 1,000 mi (1,609.344 km) just beats about 1,600 km.
    let (far, _) = wt_kyodo[1].farther_nearer().unwrap();
    assert_eq!(far.id, "wt-tomahawk-block-v");
    // Type-12 claims have no counterpart in Kyodo; the Fox relay has no figure at all.
    assert!(claim_pairs(&d.claims, "kyodo-2023", "fox-relay-2024").is_empty());
    // The Washington Post's 1,000-plus miles and the Washington Times' over 1,000 mi coincide.
    let wp = claim_pairs(&d.claims, "washington-post-2022", "washington-times-2026");
    assert_eq!(
        ids(&wp),
        [
            "wp-tomahawk~wt-tomahawk-block-iv",
            "wp-tomahawk~wt-tomahawk-block-v"
        ]
    );
    assert!(wp[1].farther_nearer().is_none());
}

#[test]
fn places_gained_lie_between_the_two_edges() {
    let d = data();
    let pairs = claim_pairs(&d.claims, "washington-times-2026", "iuvinale-2024");
    let place = |id: &str, km: f64| PlaceDistance {
        id: id.into(),
        name: id.into(),
        km,
    };
    let distances = [
        place("a", 1_400.0),
        place("b", 1_500.0),
        place("c", 2_500.0),
        place("d", 2_600.0),
    ];
    let gained: Vec<String> = pairs[0]
        .places_gained(&distances)
        .into_iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(gained, ["b", "c"]);
}

#[test]
fn compare_mode_starts_from_the_shown_source() {
    let d = data();
    let (a, b) = default_pair(&d.claims, &Offer::default(), Some("washington-times-2026")).unwrap();
    assert_eq!(a, "washington-times-2026");
    assert_ne!(b, a);
    assert!(claim_pairs(&d.claims, &a, &b)
        .iter()
        .any(|p| p.farther_nearer().is_some()));
    // A source with no figure cannot lead a comparison: the first with figures does.
    let (a, _) = default_pair(&d.claims, &Offer::default(), Some("fox-relay-2024")).unwrap();
    assert_eq!(a, "kyodo-2023");
}
