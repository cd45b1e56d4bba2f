//! The editor's settings (native): the `sources` parameter the reader's map takes from them,
//! its round trip and every refusal, and every snippet the editor makes read back through the
//! map's own parser to exactly the embed's state.

use range_claims::embed_settings::{EmbedSettings, OfferedSource};
use range_claims::i18n::Lang;
use range_claims::launch::Launch;
use range_claims::model::Unit;
use range_claims::rings::{Offer, SourceChoice};
use range_claims::snippet::EmbedHost;
use range_claims::story::Step;
use range_claims::url_state::{parse_query, to_query, Refusal, UrlState};

mod common;
use common::data;

const PAGE: &str = "https://news.example/maps/range/";

#[test]
fn a_sources_list_round_trips_in_its_order() {
    let d = data();
    let (url, ignored) = parse_query("sources=washington-post-2022,kyodo-2023", &d);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(
        url.offered,
        Some(vec![
            "washington-post-2022".to_owned(),
            "kyodo-2023".to_owned()
        ])
    );
    assert_eq!(
        to_query(&url, &d),
        "sources=washington-post-2022,kyodo-2023"
    );
    assert_eq!(parse_query(&to_query(&url, &d), &d).0, url);
    // Spaces around ids, as a hand-edited link may have them, are not part of an id.
    let (spaced, ignored) = parse_query("sources=%20kyodo-2023%20,iuvinale-2024", &d);
    assert!(ignored.is_empty());
    assert_eq!(spaced.offered.unwrap(), ["kyodo-2023", "iuvinale-2024"]);
}

#[test]
fn a_wrong_sources_list_is_named_and_every_source_is_offered() {
    let d = data();
    let cases: [(&str, Refusal); 5] = [
        (
            "sources=kyodo-2023,reuters-2025",
            Refusal::OfferUnknown {
                id: "reuters-2025".into(),
            },
        ),
        (
            "sources=kyodo-2023,iuvinale-2024,kyodo-2023",
            Refusal::OfferTwice {
                id: "kyodo-2023".into(),
            },
        ),
        ("sources=", Refusal::OfferEmpty),
        (
            "source=washington-times-2026&sources=kyodo-2023,iuvinale-2024",
            Refusal::OfferMissesShown {
                id: "washington-times-2026".into(),
            },
        ),
        (
            "compare=kyodo-2023,iuvinale-2024&sources=kyodo-2023,washington-post-2022",
            Refusal::OfferMissesShown {
                id: "iuvinale-2024".into(),
            },
        ),
    ];
    for (query, reason) in cases {
        let (url, ignored) = parse_query(query, &d);
        assert_eq!(url.offered, None, "{query}");
        let refused: Vec<_> = ignored.iter().filter(|i| i.param == "sources").collect();
        assert_eq!(refused.len(), 1, "{query}: {ignored:?}");
        assert_eq!(refused[0].reason, reason, "{query}");
        // The notice names what is wrong, in each language.
        let en = reason.message(Lang::En);
        let ja = reason.message(Lang::Ja);
        if let Refusal::OfferUnknown { id }
        | Refusal::OfferTwice { id }
        | Refusal::OfferMissesShown { id } = &reason
        {
            assert!(
                en.contains(id.as_str()) && ja.contains(id.as_str()),
                "{en} / {ja}"
            );
        }
        assert!(en.contains("every source is offered"), "{en}");
        // The rest of the link applies.
        if query.starts_with("source=") {
            assert_eq!(
                url.sources,
                SourceChoice::One("washington-times-2026".into())
            );
        }
    }
}

#[test]
fn an_offer_lists_its_sources_in_its_order_with_their_own_colours() {
    let d = data();
    let offer = Offer(Some(vec![
        "washington-post-2022".into(),
        "kyodo-2023".into(),
    ]));
    let listed: Vec<(usize, &str)> = offer
        .sources(&d.claims)
        .into_iter()
        .map(|(i, s)| (i, s.id.as_str()))
        .collect();
    assert_eq!(listed, [(4, "washington-post-2022"), (0, "kyodo-2023")]);
    assert!(SourceChoice::All.shows_in("kyodo-2023", &offer));
    assert!(!SourceChoice::All.shows_in("washington-times-2026", &offer));
    assert_eq!(
        Offer::default().sources(&d.claims).len(),
        d.claims.sources.len()
    );
}

/// Settings on the default view offering `ids` (ticked, in this order; the rest unticked).
fn offering(ids: &[&str]) -> EmbedSettings {
    let d = data();
    let mut s = EmbedSettings::from_url(UrlState::default_for(&d), &d, Lang::En);
    let mut offer: Vec<OfferedSource> = ids
        .iter()
        .map(|id| OfferedSource {
            id: (*id).to_owned(),
            ticked: true,
        })
        .collect();
    for o in &s.offer {
        if !ids.contains(&o.id.as_str()) {
            offer.push(OfferedSource {
                ticked: false,
                ..o.clone()
            });
        }
    }
    s.offer = offer;
    s.fit_view_to_offer(&d);
    s
}

#[test]
fn unticking_the_shown_source_shows_all_those_offered() {
    let d = data();
    let mut s = offering(&["kyodo-2023", "washington-post-2022"]);
    s.view.sources = SourceChoice::One("iuvinale-2024".into());
    s.fit_view_to_offer(&d);
    assert_eq!(s.view.sources, SourceChoice::All);
    // A comparison needs both its sources offered.
    s.view.sources = SourceChoice::Compare("kyodo-2023".into(), "iuvinale-2024".into());
    s.fit_view_to_offer(&d);
    assert_eq!(s.view.sources, SourceChoice::All);
    // Every source ticked in the data's order, or none ticked, is no list at all.
    assert_eq!(offering(&[]).offered(&d), None);
    let every: Vec<&str> = d.claims.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(offering(&every).offered(&d), None);
    // The same sources in another order are a list.
    let mut reversed = every.clone();
    reversed.reverse();
    assert_eq!(offering(&reversed).offered(&d).unwrap().len(), every.len());
}

/// The map's address in a snippet: the frame's `src`, or the URL handed to pym.js.
fn address_in(snippet: &str) -> String {
    let start = snippet
        .find("src=\"http")
        .map(|i| i + 5)
        .or_else(|| snippet.find("\"https://").map(|i| i + 1))
        .expect("the snippet holds the map's address");
    let rest = &snippet[start..];
    let end = rest.find('"').unwrap();
    rest[..end].replace("&amp;", "&")
}

#[test]
fn every_snippet_the_editor_makes_reads_back_as_the_embed() {
    let d = data();
    let mut settings = Vec::new();
    settings.push(offering(&["kyodo-2023", "washington-post-2022"]));
    let mut compare = offering(&["washington-times-2026", "iuvinale-2024", "kyodo-2023"]);
    compare.view.sources =
        SourceChoice::Compare("washington-times-2026".into(), "iuvinale-2024".into());
    compare.view.unit = Unit::Mi;
    compare.view.lang = Some(Lang::Ja);
    compare.view.launch = Launch::Chain;
    settings.push(compare);
    let mut story = offering(&["washington-post-2022", "kyodo-2023", "iuvinale-2024"]);
    story.story = vec![
        Step {
            caption: Some("First: the Post's \"1,000-mile-plus\" & more".into()),
            sources: SourceChoice::One("washington-post-2022".into()),
            ..Step::from_url(&UrlState::default_for(&d), None)
        },
        Step {
            caption: Some("共同通信：約1,600キロ".into()),
            sources: SourceChoice::One("kyodo-2023".into()),
            ..Step::from_url(&UrlState::default_for(&d), None)
        },
        Step::from_url(&UrlState::default_for(&d), None),
    ];
    settings.push(story);
    settings.push(EmbedSettings::from_url(
        UrlState::default_for(&d),
        &d,
        Lang::En,
    ));
    for s in &settings {
        for host in EmbedHost::ALL {
            let snippet = s.snippet(host, PAGE, &d);
            let address = address_in(&snippet);
            let query = address
                .strip_prefix(PAGE)
                .and_then(|a| a.strip_prefix('?'))
                .unwrap_or_else(|| panic!("{address} is not the map's page"));
            let (read, ignored) = parse_query(query, &d);
            assert!(ignored.is_empty(), "{host:?}: {query}: {ignored:?}");
            assert_eq!(read, s.embed_url(&d), "{host:?}: {query}");
            assert!(read.embed);
        }
    }
}
