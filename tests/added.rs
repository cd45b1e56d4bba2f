//! A newsroom's own claim (native): the checks the editor and the map hold it to, its place in
//! the data (after every shipped source, marked as added), and its encoding in the address:
//! round trip, size, and every refusal.

use proptest::prelude::*;
use range_claims::added::{
    AddedClaim, ClaimField, ClaimProblem, ADDED_ID_PREFIX, MAX_ADDED, MAX_ADDED_QUOTE_CHARS,
    MAX_AUTHOR_CHARS, MAX_FIGURE_CHARS, MAX_LINK_BYTES, MAX_OTHER_SYSTEM_CHARS, MAX_OUTLET_CHARS,
};
use range_claims::i18n::Lang;
use range_claims::model::{FigureProblem, Qualifier, System, Unit};
use range_claims::url_state::{
    parse_added, parse_query_on, to_query, write_added, Refusal, UrlState, MAX_QUERY_BYTES,
};

mod common;
use common::data;

const TODAY: (i32, u32, u32) = (2026, 12, 6);

/// The claim a journalist adds in the browser test: about 2,000 km, quoted.
fn about_2000() -> AddedClaim {
    AddedClaim {
        outlet: "The Example Times".into(),
        author: "A. Reporter".into(),
        date: "2026-11".into(),
        link: "https://news.example/2026/11/missiles".into(),
        system: "tomahawk/block-v".into(),
        other_system: String::new(),
        figure: "about 2,000 km".into(),
        quote: "Officials said the missile can fly about 2,000 km.".into(),
    }
}

#[test]
fn a_checked_claim_joins_the_data_after_every_shipped_source_marked_as_added() {
    let d = data();
    let shipped = d.claims.sources.len();
    assert!(d
        .claims
        .sources
        .iter()
        .all(|s| !s.id.starts_with(ADDED_ID_PREFIX) && !s.added));
    let checked = about_2000().check(TODAY).expect("a good claim");
    assert_eq!(checked.figure.qualifier, Qualifier::About);
    let with = d.with_added(&[about_2000()], TODAY);
    assert_eq!(with.claims.sources.len(), shipped + 1);
    let source = with.claims.sources.last().unwrap();
    assert_eq!(source.id, "added-1");
    assert!(source.added);
    assert_eq!(source.date, "Nov 2026");
    assert_eq!(
        source.link.as_deref(),
        Some("https://news.example/2026/11/missiles")
    );
    let claim = with.claims.range_claims.last().unwrap();
    assert_eq!(claim.source, "added-1");
    let (lo, hi) = claim.km_bounds();
    assert_eq!((lo, hi), (2_000.0, 2_000.0));
    assert_eq!(claim.system_label(), "Tomahawk Block V");
    // Another missile, by name.
    let other = AddedClaim {
        system: "other".into(),
        other_system: "HVGP Block 2".into(),
        figure: "up to 900 km".into(),
        quote: "It may reach up to 900 km.".into(),
        ..about_2000()
    };
    let with = data().with_added(&[other], TODAY);
    let claim = with.claims.range_claims.last().unwrap();
    assert_eq!(claim.system, System::Other);
    assert_eq!(Lang::Ja.system_label(claim), "HVGP Block 2");
    assert_eq!(claim.unit, Unit::Km);
}

/// The first problem `claim` has, as (field, problem).
fn first_problem(claim: &AddedClaim) -> (ClaimField, ClaimProblem) {
    let problems = claim.check(TODAY).expect_err("refused");
    (problems[0].field, problems[0].problem.clone())
}

#[test]
fn every_bad_field_is_refused_naming_the_field() {
    let c = about_2000;
    let cases: Vec<(AddedClaim, ClaimField, ClaimProblem)> = vec![
        (
            AddedClaim {
                outlet: " ".into(),
                ..c()
            },
            ClaimField::Outlet,
            ClaimProblem::Missing,
        ),
        (
            AddedClaim {
                outlet: "x".repeat(MAX_OUTLET_CHARS + 1),
                ..c()
            },
            ClaimField::Outlet,
            ClaimProblem::TooLong {
                max: MAX_OUTLET_CHARS,
            },
        ),
        (
            AddedClaim {
                outlet: "<script>alert(1)</script>".into(),
                ..c()
            },
            ClaimField::Outlet,
            ClaimProblem::Markup,
        ),
        (
            AddedClaim {
                outlet: "Times\u{202E}semiT".into(),
                ..c()
            },
            ClaimField::Outlet,
            ClaimProblem::HiddenCharacters,
        ),
        (
            AddedClaim {
                author: "A\u{200B}B".into(),
                ..c()
            },
            ClaimField::Author,
            ClaimProblem::HiddenCharacters,
        ),
        (
            AddedClaim {
                author: "a".repeat(MAX_AUTHOR_CHARS + 1),
                ..c()
            },
            ClaimField::Author,
            ClaimProblem::TooLong {
                max: MAX_AUTHOR_CHARS,
            },
        ),
        (
            AddedClaim {
                date: "Nov 2026".into(),
                ..c()
            },
            ClaimField::Date,
            ClaimProblem::DateForm,
        ),
        (
            AddedClaim {
                date: "2026-02-30".into(),
                ..c()
            },
            ClaimField::Date,
            ClaimProblem::DateForm,
        ),
        (
            AddedClaim {
                date: "2027-01".into(),
                ..c()
            },
            ClaimField::Date,
            ClaimProblem::DateInFuture,
        ),
        (
            AddedClaim {
                date: "2026-12-07".into(),
                ..c()
            },
            ClaimField::Date,
            ClaimProblem::DateInFuture,
        ),
        (
            AddedClaim {
                link: "javascript:alert(1)".into(),
                ..c()
            },
            ClaimField::Link,
            ClaimProblem::LinkNotHttps,
        ),
        (
            AddedClaim {
                link: "data:text/html,<b>x</b>".into(),
                ..c()
            },
            ClaimField::Link,
            ClaimProblem::LinkNotHttps,
        ),
        (
            AddedClaim {
                link: "http://news.example/".into(),
                ..c()
            },
            ClaimField::Link,
            ClaimProblem::LinkNotHttps,
        ),
        (
            AddedClaim {
                link: "https://news.example/\"><img src=x>".into(),
                ..c()
            },
            ClaimField::Link,
            ClaimProblem::LinkForm,
        ),
        (
            AddedClaim {
                link: "https://user@evil.example/".into(),
                ..c()
            },
            ClaimField::Link,
            ClaimProblem::LinkForm,
        ),
        (
            AddedClaim {
                link: format!("https://news.example/{}", "a".repeat(MAX_LINK_BYTES)),
                ..c()
            },
            ClaimField::Link,
            ClaimProblem::TooLong {
                max: MAX_LINK_BYTES,
            },
        ),
        (
            AddedClaim {
                system: "scud".into(),
                ..c()
            },
            ClaimField::System,
            ClaimProblem::UnknownSystem,
        ),
        (
            AddedClaim {
                system: "other".into(),
                ..c()
            },
            ClaimField::OtherSystem,
            ClaimProblem::Missing,
        ),
        (
            AddedClaim {
                system: "other".into(),
                other_system: "x".repeat(MAX_OTHER_SYSTEM_CHARS + 1),
                ..c()
            },
            ClaimField::OtherSystem,
            ClaimProblem::TooLong {
                max: MAX_OTHER_SYSTEM_CHARS,
            },
        ),
        (
            AddedClaim {
                figure: "about 2,000 furlongs".into(),
                quote: "about 2,000 furlongs".into(),
                ..c()
            },
            ClaimField::Figure,
            ClaimProblem::Figure(FigureProblem::UnknownUnit("furlongs".into())),
        ),
        (
            AddedClaim {
                figure: "NaN km".into(),
                ..c()
            },
            ClaimField::Figure,
            ClaimProblem::Figure(FigureProblem::NoNumber),
        ),
        (
            AddedClaim {
                figure: "0 km".into(),
                quote: "0 km".into(),
                ..c()
            },
            ClaimField::Figure,
            ClaimProblem::Figure(FigureProblem::NotPositive),
        ),
        (
            AddedClaim {
                figure: "-300 km".into(),
                quote: "-300 km".into(),
                ..c()
            },
            ClaimField::Figure,
            ClaimProblem::Figure(FigureProblem::NotPositive),
        ),
        (
            AddedClaim {
                figure: "30,000 km".into(),
                quote: "30,000 km".into(),
                ..c()
            },
            ClaimField::Figure,
            ClaimProblem::Figure(FigureProblem::TooFar),
        ),
        (
            AddedClaim {
                figure: "9".repeat(MAX_FIGURE_CHARS + 1),
                ..c()
            },
            ClaimField::Figure,
            ClaimProblem::TooLong {
                max: MAX_FIGURE_CHARS,
            },
        ),
        (
            AddedClaim {
                figure: "about 2,100 km".into(),
                ..c()
            },
            ClaimField::Quote,
            ClaimProblem::FigureNotInQuote,
        ),
        (
            AddedClaim {
                quote: "q".repeat(MAX_ADDED_QUOTE_CHARS + 1),
                ..c()
            },
            ClaimField::Quote,
            ClaimProblem::TooLong {
                max: MAX_ADDED_QUOTE_CHARS,
            },
        ),
        (
            AddedClaim {
                quote: "about 2,000 km<img src=x onerror=alert(1)>".into(),
                ..c()
            },
            ClaimField::Quote,
            ClaimProblem::Markup,
        ),
    ];
    for (claim, field, problem) in cases {
        assert_eq!(first_problem(&claim), (field, problem.clone()), "{claim:?}");
        // Every problem says what to fix, in both languages.
        assert!(!problem.message(Lang::En).is_empty() && !problem.message(Lang::Ja).is_empty());
    }
    // A month-only date in this month is not in the future.
    assert!(AddedClaim {
        date: "2026-12".into(),
        ..c()
    }
    .check(TODAY)
    .is_ok());
}

#[test]
fn claims_round_trip_through_the_address_with_the_rest_of_the_view() {
    let d = data();
    let url = UrlState {
        embed: true,
        lang: Some(Lang::Ja),
        added: vec![
            about_2000(),
            AddedClaim {
                author: String::new(),
                link: String::new(),
                ..about_2000()
            },
        ],
        ..UrlState::default_for(&d)
    };
    let query = to_query(&url, &d);
    assert!(query.contains("claims=1."), "{query}");
    let (read, ignored) = parse_query_on(&query, &d, TODAY);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(read, url);
}

/// The longest claim allowed, in Japanese where a character takes the most room.
fn fullest(n: usize) -> AddedClaim {
    let figure = "約1,600キロ".to_owned();
    let quote_head = format!("{figure}{n}");
    let quote = format!(
        "{quote_head}{}",
        "引".repeat(MAX_ADDED_QUOTE_CHARS - quote_head.chars().count())
    );
    AddedClaim {
        outlet: "媒".repeat(MAX_OUTLET_CHARS),
        author: "筆".repeat(MAX_AUTHOR_CHARS),
        date: "2026-11-30".into(),
        link: format!("https://news.example/{}", "a".repeat(MAX_LINK_BYTES - 21)),
        system: "other".into(),
        other_system: "弾".repeat(MAX_OTHER_SYSTEM_CHARS),
        figure,
        quote,
    }
}

#[test]
fn the_fullest_allowed_set_fits_an_address_common_cdns_accept() {
    let d = data();
    let claims: Vec<AddedClaim> = (0..MAX_ADDED).map(fullest).collect();
    for c in &claims {
        c.check(TODAY).expect("at every limit, and allowed");
    }
    let url = UrlState {
        embed: true,
        lang: Some(Lang::Ja),
        offered: Some(d.claims.sources.iter().map(|s| s.id.clone()).collect()),
        added: claims,
        ..UrlState::default_for(&d)
    };
    let query = to_query(&url, &d);
    let address = format!("https://news.example/maps/range/?{query}");
    assert!(address.len() <= 8_192, "{} bytes", address.len());
    assert!(query.len() <= MAX_QUERY_BYTES, "{} bytes read", query.len());
    let (read, ignored) = parse_query_on(&query, &d, TODAY);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(read.added.len(), MAX_ADDED);
}

#[test]
fn hostile_claim_lists_are_refused_and_the_rest_applies() {
    let d = data();
    // A hundred claims: the first six are kept, with a notice.
    let many: Vec<AddedClaim> = (0..100).map(|_| about_2000()).collect();
    let (kept, refused) = parse_added(&write_added(&many), TODAY);
    assert_eq!(kept.len(), MAX_ADDED);
    assert_eq!(refused, [Refusal::AddedTooMany { max: MAX_ADDED }]);
    // Another version, damaged text, or not base64: nothing is guessed.
    for value in ["2.AAAA", "1.!!!!", "1.A", "nothing", "1.", "1.AAAA"] {
        let (kept, refused) = parse_added(value, TODAY);
        assert!(kept.is_empty(), "{value}");
        assert_eq!(refused, [Refusal::AddedUnreadable], "{value}");
    }
    // One bad claim among good ones: that one is named by number and field; the rest show.
    let bad = AddedClaim {
        link: "javascript:alert(document.cookie)".into(),
        ..about_2000()
    };
    let (kept, refused) = parse_added(&write_added(&[about_2000(), bad]), TODAY);
    assert_eq!(kept.len(), 1);
    assert_eq!(
        refused,
        [Refusal::AddedClaim {
            number: 2,
            field: ClaimField::Link,
            problem: ClaimProblem::LinkNotHttps
        }]
    );
    let message = refused[0].message(Lang::En);
    assert!(
        message.contains("added claim 2") && message.contains("link"),
        "{message}"
    );
    // A megabyte-long parameter: the address is cut where the map stops reading, the claims
    // are refused, and the view before them still applies.
    let huge = format!("source=kyodo-2023&claims=1.{}", "A".repeat(1 << 20));
    let (read, ignored) = parse_query_on(&huge, &d, TODAY);
    assert!(read.added.is_empty());
    assert_eq!(
        read.sources,
        range_claims::rings::SourceChoice::One("kyodo-2023".into())
    );
    assert!(ignored
        .iter()
        .any(|i| matches!(i.reason, Refusal::TooLong { .. })));
}

/// Text a claim field may hold: letters, digits, spaces, punctuation and Japanese.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!(
        "[A-Za-z0-9 ,.'\"()&;:~%+=?/!-]{{1,{max}}}|[あ-ん漢字テスト]{{1,{max}}}"
    ))
    .unwrap()
    .prop_filter("not blank", |s| !s.trim().is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_valid_set_of_claims_round_trips(
        outlets in proptest::collection::vec(text(MAX_OUTLET_CHARS), 1..=MAX_ADDED),
        author in text(MAX_AUTHOR_CHARS),
        km in 1u32..19_000,
        before in text(40),
        day in 1u32..=28,
    ) {
        let d = data();
        let claims: Vec<AddedClaim> = outlets
            .into_iter()
            .map(|outlet| {
                let figure = format!("about {km} km");
                AddedClaim {
                    outlet,
                    author: author.clone(),
                    date: format!("2025-{:02}-{day:02}", 1 + day % 12),
                    link: String::new(),
                    system: "type-12/upgraded".into(),
                    other_system: String::new(),
                    quote: format!("{before} {figure}"),
                    figure,
                }
            })
            .collect();
        for c in &claims {
            prop_assert!(c.check(TODAY).is_ok(), "{c:?}: {:?}", c.check(TODAY));
        }
        let url = UrlState { added: claims, ..UrlState::default_for(&d) };
        let (read, ignored) = parse_query_on(&to_query(&url, &d), &d, TODAY);
        prop_assert!(ignored.is_empty(), "{ignored:?}");
        prop_assert_eq!(read, url);
    }
}
