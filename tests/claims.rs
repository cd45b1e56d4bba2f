//! The sources and their claims: quotes are verbatim and carry their figures, units convert
//! exactly, and a malformed file names the field at fault.

use range_claims::model::{quote_for_display, Claims, DataSet, Qualifier, Unit};
use std::path::Path;

fn claims() -> Claims {
    DataSet::load_embedded().expect("data loads").claims
}

#[test]
fn units_convert_exactly() {
    assert_eq!(Unit::Mi.to_km(1.0), 1.609_344);
    assert_eq!(Unit::Nmi.to_km(1.0), 1.852);
    assert_eq!(Unit::Mi.to_km(900.0), 1_448.409_6);
    assert_eq!(Unit::Mi.to_km(620.0), 997.793_28);
    assert!((Unit::Mi.from_km(Unit::Mi.to_km(249.0)) - 249.0).abs() < 1e-12);
}

#[test]
fn every_source_is_there_including_the_one_without_a_range() {
    let c = claims();
    assert_eq!(c.sources.len(), 5);
    for s in &c.sources {
        let n = c.ranges_of(&s.id).count();
        if s.id == "fox-relay-2024" {
            assert_eq!(n, 0, "the Fox relay prints no range figure");
        } else {
            assert!(n > 0, "{} has no range claim", s.id);
        }
    }
}

#[test]
fn the_printed_figures_are_as_the_design_lists_them() {
    let c = claims();
    let labels: Vec<String> = c.range_claims.iter().map(|r| r.printed_label()).collect();
    for want in [
        "about 1,600 km",
        "900 mi",
        "over 1,000 mi",
        "1,000-mile-plus",
        "maximum 2,500 km",
        "120–249 mi",
        "up to 620 mi",
    ] {
        assert!(
            labels.iter().any(|l| l == want),
            "{want} missing from {labels:?}"
        );
    }
    let wt_iv = c
        .range_claims
        .iter()
        .find(|r| r.id == "wt-tomahawk-block-iv")
        .unwrap();
    assert_eq!(wt_iv.converted_label(Unit::Km), "≈ 1,448 km");
    let band = c
        .range_claims
        .iter()
        .find(|r| r.qualifier == Qualifier::FromTo)
        .unwrap();
    assert_eq!(band.km_bounds(), (193.121_28, 400.726_656));
}

#[test]
fn every_quote_is_verbatim_from_its_source_text() {
    // The source texts live beside the repository (../shared/sources/), as on CI.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/sources");
    assert!(
        dir.is_dir(),
        "{} is missing: the quotes cannot be checked",
        dir.display()
    );
    let c = claims();
    let quotes = c.range_claims.iter().map(|r| (&r.id, &r.source, &r.quote));
    let others = c.other_claims.iter().map(|o| (&o.id, &o.source, &o.quote));
    for (id, source_id, quote) in quotes.chain(others) {
        let source = c.source(source_id).unwrap();
        let text = std::fs::read_to_string(dir.join(&source.text_file)).unwrap();
        assert!(
            text.contains(quote.as_str()),
            "{id}: quote not found in {}",
            source.text_file
        );
    }
}

#[test]
fn the_sources_disagree_on_quantity_cost_and_schedule() {
    use range_claims::model::Topic;
    let c = claims();
    let quotes = |topic: Topic| -> Vec<String> {
        c.other_claims
            .iter()
            .filter(|o| o.topic == topic)
            .map(|o| o.quote.clone())
            .collect()
    };
    let q = quotes(Topic::Quantity).join(" | ");
    assert!(
        q.contains("400 to 500") && q.contains("200 Tomahawk Block IV"),
        "{q}"
    );
    let cost = quotes(Topic::Cost).join(" | ");
    assert!(
        cost.contains("211.3 billion yen")
            && cost.contains("254 billion yen")
            && cost.contains("$2.35 billion"),
        "{cost}"
    );
    assert!(quotes(Topic::Schedule)
        .iter()
        .any(|s| s.contains("fiscal 2025")));
    assert!(quotes(Topic::Platform).iter().any(|s| s.contains("Aegis")));
}

fn parse(text: &str) -> String {
    Claims::parse("data/sources.json", text)
        .unwrap_err()
        .to_string()
}

#[test]
fn a_figure_missing_from_its_quote_is_rejected() {
    let text = include_str!("../data/sources.json").replacen(
        "\"printed_figures\": [\"900\"]",
        "\"printed_figures\": [\"950\"]",
        1,
    );
    assert_eq!(parse(&text), "data/sources.json: field `range_claims[1].printed_figures[0]`: \"950\" does not appear in the quote");
}

#[test]
fn an_unknown_source_is_rejected() {
    let text = include_str!("../data/sources.json").replacen(
        "\"source\": \"kyodo-2023\"",
        "\"source\": \"kyodo-2032\"",
        1,
    );
    assert_eq!(
        parse(&text),
        "data/sources.json: field `range_claims[0].source`: no source has the id \"kyodo-2032\""
    );
}

#[test]
fn an_unknown_unit_names_the_field() {
    let text = include_str!("../data/sources.json").replacen(
        "\"unit\": \"km\"",
        "\"unit\": \"furlong\"",
        1,
    );
    let msg = parse(&text);
    assert!(
        msg.starts_with("data/sources.json: field `range_claims[0].unit`"),
        "{msg}"
    );
}

#[test]
fn a_band_needs_two_figures_in_order() {
    let text = include_str!("../data/sources.json").replacen(
        "[\"120\", \"249\"]",
        "[\"249\", \"120\"]",
        1,
    );
    assert_eq!(parse(&text), "data/sources.json: field `range_claims[3].printed_figures`: a range must go from the smaller figure to the larger");
    let text = include_str!("../data/sources.json").replacen("[\"120\", \"249\"]", "[\"120\"]", 1);
    assert_eq!(parse(&text), "data/sources.json: field `range_claims[3].printed_figures`: needs 2 figure(s) for the qualifier \"from-to\"");
}

#[test]
fn a_compare_figure_must_be_a_printed_figure() {
    // kyodo-2023-schedule-1 is other_claims[0]; its headline is "2025".
    let text = include_str!("../data/sources.json").replacen(
        "\"compare\": [\"2025\"]",
        "\"compare\": [\"2024\"]",
        1,
    );
    assert_eq!(
        parse(&text),
        "data/sources.json: field `other_claims[0].compare[0]`: \"2024\" is not one of the claim's printed_figures"
    );
}

#[test]
fn one_headline_per_source_and_topic() {
    // Give kyodo-2023-quantity-2 (other_claims[5]) a headline too: kyodo-2023-quantity-1 has one.
    let text = include_str!("../data/sources.json").replacen(
        "\"summary\": \"Of 400, up to 200 older Block IV\"",
        "\"summary\": \"Of 400, up to 200 older Block IV\", \"compare\": [\"200\"]",
        1,
    );
    assert_eq!(
        parse(&text),
        "data/sources.json: field `other_claims[5].compare`: \"kyodo-2023\" already has a headline for this topic (\"kyodo-2023-quantity-1\"): one per source"
    );
}

#[test]
fn every_source_has_a_headline_where_it_gives_a_figure() {
    use range_claims::model::Topic;
    let c = claims();
    let headline = |source: &str, topic: Topic| {
        c.other_claims
            .iter()
            .find(|o| o.source == source && o.topic == topic && !o.compare.is_empty())
            .map(|o| o.compare.clone())
    };
    for s in &c.sources {
        assert_eq!(headline(&s.id, Topic::Platform), None, "{}", s.id);
        assert!(headline(&s.id, Topic::Quantity).is_some(), "{}", s.id);
        assert!(headline(&s.id, Topic::Schedule).is_some(), "{}", s.id);
    }
    assert_eq!(
        headline("washington-post-2022", Topic::Quantity),
        Some(vec!["400".to_owned(), "500".to_owned()])
    );
    assert_eq!(headline("fox-relay-2024", Topic::Cost), None);
}

#[test]
fn a_quote_within_a_quote_is_shown_with_single_marks() {
    // Iuvinale's range quote opens with the source's own quotation mark.
    assert_eq!(
        quote_for_display("\"Tomahawk\" cruise missiles with a maximum range of 2,500 kilometers"),
        "\u{2018}Tomahawk\u{2019} cruise missiles with a maximum range of 2,500 kilometers"
    );
    assert_eq!(
        quote_for_display("eight existing \"Aegis\" destroyers (\"AEGIS\")"),
        "eight existing \u{2018}Aegis\u{2019} destroyers (\u{2018}AEGIS\u{2019})"
    );
    let plain = "The Block IV has a range of 900 miles";
    assert_eq!(quote_for_display(plain), plain);
    // Every shipped quote keeps its words: only the marks change.
    for c in &claims().range_claims {
        let shown = quote_for_display(&c.quote);
        assert_eq!(
            shown.replace(['\u{2018}', '\u{2019}'], "\""),
            c.quote,
            "{}",
            c.id
        );
    }
}
