//! Stories: the `story=` parameter reads and writes back every step, refuses what is wrong
//! with a message naming the step, the built-in story follows publication order with captions
//! from the data, and only well-formed step numbers and messages are taken.

use range_claims::i18n::Lang;
use range_claims::launch::Launch;
use range_claims::model::{LonLat, Unit};
use range_claims::projection::ProjectionKind;
use range_claims::rings::SourceChoice;
use range_claims::story::{
    clean_caption, describe_step, parse_step_number, publication_month, step_from_fragment,
    step_from_number, step_of_message, Step, StepField, Story, StoryKind, CLAIMS_OVER_TIME,
    MAX_CAPTION_CHARS, MAX_STEPS, STEP_MESSAGE_TYPE,
};
use range_claims::url_state::{parse_query, parse_story, to_query, write_story, UrlView};

mod common;
use common::data;

/// The demo article's story (public/story-demo.html), as written there.
const DEMO: &str = "source:washington-post-2022;text:The+Washington+Post,+Dec+2022~source:kyodo-2023;text:Kyodo+News,+Oct+2023~compare:kyodo-2023,iuvinale-2024;text:Kyodo+against+Iuvinale~source:washington-times-2026;site:chain;text:From+the+Southwest+Islands~source:washington-times-2026;proj:aeqd;text:True+distances+from+Sasebo";

#[test]
fn the_demo_articles_story_reads_step_by_step() {
    let d = data();
    let (url, ignored) = parse_query(&format!("embed=1&story={DEMO}"), &d);
    assert!(ignored.is_empty(), "{ignored:?}");
    let story = url.story.expect("a story");
    assert_eq!(story.kind, StoryKind::Written);
    assert_eq!(story.steps.len(), 5);
    let s = |n: usize| story.step(n).unwrap();
    assert_eq!(
        s(1).sources,
        SourceChoice::One("washington-post-2022".into())
    );
    assert_eq!(
        s(1).caption.as_deref(),
        Some("The Washington Post, Dec 2022")
    );
    assert_eq!(
        s(1).launch,
        Launch::Site("sasebo".into()),
        "a field left out is the default"
    );
    assert_eq!(
        s(3).sources,
        SourceChoice::Compare("kyodo-2023".into(), "iuvinale-2024".into())
    );
    assert_eq!(s(4).launch, Launch::Chain);
    assert_eq!(s(4).projection, ProjectionKind::Mercator);
    assert_eq!(s(5).projection, ProjectionKind::TrueDistance);
    assert_eq!(s(5).unit, Unit::Km);
    assert!(story.step(0).is_none() && story.step(6).is_none());
}

#[test]
fn a_story_round_trips_through_the_url_and_stays_readable() {
    let d = data();
    let steps = vec![
        Step {
            sources: SourceChoice::All,
            launch: Launch::Custom(LonLat::new(124.1575, 24.3448)),
            projection: ProjectionKind::TrueDistance,
            unit: Unit::Nmi,
            view: Some(UrlView {
                center: LonLat::new(127.5, 26.25),
                zoom: 5.5,
            }),
            caption: Some("All five; from a point off Ishigaki: 100% & more = fine? #1".into()),
        },
        Step {
            sources: SourceChoice::One("kyodo-2023".into()),
            launch: Launch::Site("yokosuka".into()),
            projection: ProjectionKind::Mercator,
            unit: Unit::Mi,
            view: None,
            caption: None,
        },
    ];
    let story = Story::written(steps).unwrap();
    let (mut url, _) = parse_query("embed=1", &d);
    url.story = Some(story.clone());
    let query = to_query(&url, &d);
    assert_eq!(
        query,
        "embed=1&story=source:all;site:24.3448,124.1575;proj:aeqd;unit:nmi;view:26.2500,127.5000,5.50;\
         text:All+five;+from+a+point+off+Ishigaki:+100%25+%26+more+%3D+fine%3F+%231\
         ~source:kyodo-2023;site:yokosuka;unit:mi"
    );
    let (back, ignored) = parse_query(&query, &d);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(back.story, Some(story));
}

#[test]
fn the_built_in_story_goes_by_publication_date_with_captions_from_the_data() {
    let d = data();
    let (url, ignored) = parse_query(&format!("story={CLAIMS_OVER_TIME}"), &d);
    assert!(ignored.is_empty());
    let story = url.story.unwrap();
    assert_eq!(story.kind, StoryKind::ClaimsOverTime);
    let order: Vec<_> = story
        .steps
        .iter()
        .map(|s| s.sources.id().to_owned())
        .collect();
    // Dec 2022, Oct 2023, Jan 2024, about Jan 2026; the Fox News relay gives no range.
    assert_eq!(
        order,
        [
            "washington-post-2022",
            "kyodo-2023",
            "iuvinale-2024",
            "washington-times-2026"
        ]
    );
    let captions: Vec<_> = (1..=story.steps.len())
        .map(|n| story.caption(n, &d, Lang::En).unwrap())
        .collect();
    assert_eq!(
        captions[0],
        "The Washington Post, Dec 2022: Tomahawk 1,000-mile-plus"
    );
    assert!(
        captions[1].starts_with("Kyodo News, Oct 2023: Tomahawk"),
        "{}",
        captions[1]
    );
    assert!(captions[1].ends_with("about 1,600 km"), "{}", captions[1]);
    assert_eq!(
        captions[2],
        "G e N Iuvinale (blog), Jan 2024: Tomahawk maximum 2,500 km"
    );
    for figure in [
        "Block IV 900 mi",
        "Block V over 1,000 mi",
        "120–249 mi",
        "up to 620 mi",
    ] {
        assert!(captions[3].contains(figure), "{figure} in {}", captions[3]);
    }
    assert!(captions[3].starts_with("The Washington Times, about Jan 2026: "));
    // In Japanese: the outlet, the date and each figure in Japanese; nothing of it English
    // but the names the outlets print.
    let ja: Vec<_> = (1..=story.steps.len())
        .map(|n| story.caption(n, &d, Lang::Ja).unwrap())
        .collect();
    assert_eq!(
        ja[0],
        "ワシントン・ポスト（2022年12月）：トマホーク 1,000マイル以上"
    );
    assert_eq!(
        ja[1],
        "共同通信（2023年10月）：トマホーク ブロックIV・V 約1,600キロ"
    );
    assert!(
        ja[3].starts_with(
            "ワシントン・タイムズ（2026年1月ごろ）：トマホーク ブロックIV 900マイル、"
        ),
        "{}",
        ja[3]
    );
    assert!(
        ja[3].contains("12式地対艦誘導弾（現行型） 120〜249マイル"),
        "{}",
        ja[3]
    );
    assert_eq!(story.caption(5, &d, Lang::Ja), None, "no step 5");
    // Written back by name, not step by step.
    assert_eq!(write_story(&story, &d), CLAIMS_OVER_TIME);
}

#[test]
fn publication_months_are_read_from_the_data_dates() {
    assert_eq!(publication_month("Oct 2023"), Some((2023, 10)));
    assert_eq!(publication_month("about Jan 2026"), Some((2026, 1)));
    assert_eq!(publication_month("12 December 2022"), Some((2022, 12)));
    assert_eq!(publication_month("2023"), None);
    assert_eq!(publication_month(""), None);
}

#[test]
fn a_bad_story_is_refused_naming_the_step_and_the_rest_of_the_url_applies() {
    let d = data();
    let cases = [
        (
            "source:kyodo-2023~source:nobody",
            "step 2: source: no source has this id",
        ),
        ("source:kyodo-2023~", "step 2: it is empty"),
        (
            "proj:globe",
            "step 1: proj: the projection must be mercator or aeqd",
        ),
        (
            "source:all;source:kyodo-2023",
            "step 1: source is given more than once",
        ),
        (
            "source:all;compare:kyodo-2023,iuvinale-2024",
            "step 1: a step shows one source",
        ),
        ("colour:red", "step 1: a step has no setting “colour”"),
        ("source", "step 1: “source” is not name:value"),
        ("site:91,0", "step 1: site: "),
        ("view:30,130,99", "step 1: view: the zoom must be between"),
    ];
    for (story, want) in cases {
        let (url, ignored) = parse_query(&format!("source=iuvinale-2024&story={story}"), &d);
        assert_eq!(url.story, None, "{story}");
        assert_eq!(
            url.sources,
            SourceChoice::One("iuvinale-2024".into()),
            "{story}"
        );
        assert_eq!(ignored.len(), 1, "{story}: {ignored:?}");
        assert_eq!(ignored[0].param, "story");
        assert!(
            ignored[0].reason.to_string().starts_with(want),
            "{story}: {}",
            ignored[0].reason
        );
    }
    let too_many = vec!["source:all"; MAX_STEPS + 1].join("~");
    assert!(parse_story(&too_many, &d)
        .unwrap_err()
        .to_string()
        .contains("at most 12 steps"));
    assert!(parse_story(&["source:all"; MAX_STEPS].join("~"), &d).is_ok());
    let long = format!("text:{}", "x".repeat(MAX_CAPTION_CHARS + 1));
    assert!(parse_story(&long, &d)
        .unwrap_err()
        .to_string()
        .contains("at most 200 characters"));
    assert!(parse_story("text:a\u{7}b", &d)
        .unwrap_err()
        .to_string()
        .contains("plain text"));
    assert!(parse_story(&format!("text:{}", "é".repeat(MAX_CAPTION_CHARS)), &d).is_ok());
}

#[test]
fn a_wrong_story_is_explained_in_japanese_to_a_japanese_reader() {
    let d = data();
    let why = |story: &str| {
        let (_, ignored) = parse_query(&format!("lang=ja&story={story}"), &d);
        assert_eq!(ignored.len(), 1, "{story}: {ignored:?}");
        ignored[0].reason.message(Lang::Ja)
    };
    assert_eq!(
        why("colour:red"),
        "ストーリーの書き方に誤りがあります：手順1：手順に「colour」という設定はありません\
         （source, compare, site, proj, unit, view, text）"
    );
    assert_eq!(
        why("source:all~source"),
        "ストーリーの書き方に誤りがあります：手順2：「source」は 名前:値 の形ではありません"
    );
    // A refused value says why in Japanese, as the URL's own parameter does.
    let site = why("site:91,0");
    assert!(
        site.starts_with("ストーリーの書き方に誤りがあります：手順1：site："),
        "{site}"
    );
    let latin: Vec<&str> = site
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1 && *w != "site")
        .collect();
    assert!(latin.is_empty(), "{site}: {latin:?}");
    let too_many = vec!["source:all"; MAX_STEPS + 1].join("~");
    assert_eq!(
        parse_story(&too_many, &d).unwrap_err().message(Lang::Ja),
        "ストーリーの手順は12個までです（この指定は13個）"
    );
    let long = format!("text:{}", "x".repeat(MAX_CAPTION_CHARS + 1));
    assert_eq!(
        parse_story(&long, &d).unwrap_err().message(Lang::Ja),
        "手順1：説明文は200文字以内です"
    );
}

#[test]
fn captions_typed_in_the_dialog_are_made_fit_for_a_story() {
    assert_eq!(clean_caption("  one~two\nthree "), "one-two three");
    assert_eq!(
        clean_caption(&"x".repeat(300)).chars().count(),
        MAX_CAPTION_CHARS
    );
}

#[test]
fn only_step_numbers_the_story_has_are_taken() {
    assert_eq!(parse_step_number("3", 5), Ok(3));
    assert_eq!(parse_step_number(" 1 ", 5), Ok(1));
    for bad in ["0", "6", "-1", "1.5", "1e1", "", "abc", "0x2", "9999", "²"] {
        assert!(parse_step_number(bad, 5).is_err(), "{bad}");
    }
    assert_eq!(step_from_number(2.0, 5), Ok(2));
    for bad in [0.0, 6.0, -1.0, 2.5, f64::NAN, f64::INFINITY, 1e300] {
        assert!(step_from_number(bad, 5).is_err(), "{bad}");
    }
    assert_eq!(step_from_fragment("#step=4", 5), Some(4));
    assert_eq!(step_from_fragment("#amp=1&step=2", 5), Some(2));
    assert_eq!(step_from_fragment("#step=7", 5), None);
    assert_eq!(step_from_fragment("#steps=2", 5), None);
    assert_eq!(step_from_fragment("", 5), None);
}

#[test]
fn only_well_formed_step_messages_are_taken() {
    let t = Some(STEP_MESSAGE_TYPE);
    assert_eq!(step_of_message(t, 2, &StepField::Number(3.0), 5), Some(3));
    assert_eq!(
        step_of_message(t, 2, &StepField::Text("3".into()), 5),
        Some(3)
    );
    assert_eq!(
        step_of_message(Some("range-claims:height"), 2, &StepField::Number(3.0), 5),
        None
    );
    assert_eq!(step_of_message(None, 2, &StepField::Number(3.0), 5), None);
    assert_eq!(step_of_message(t, 40, &StepField::Number(3.0), 5), None);
    assert_eq!(step_of_message(t, 2, &StepField::Other, 5), None);
    assert_eq!(step_of_message(t, 2, &StepField::Number(f64::NAN), 5), None);
    assert_eq!(
        step_of_message(t, 2, &StepField::Text("3".repeat(10_000)), 5),
        None
    );
    assert_eq!(
        step_of_message(t, 2, &StepField::Number(1.0), 0),
        None,
        "no story"
    );
}

#[test]
fn the_dialog_names_each_steps_view() {
    let d = data();
    let story = parse_story(DEMO, &d).unwrap();
    assert_eq!(
        describe_step(&story.steps[0], &d, Lang::En),
        "The Washington Post · from Sasebo · Mercator"
    );
    assert_eq!(
        describe_step(&story.steps[2], &d, Lang::En),
        "Kyodo News vs G e N Iuvinale (blog) · from Sasebo · Mercator"
    );
    assert_eq!(
        describe_step(&story.steps[3], &d, Lang::En),
        "The Washington Times · from the Southwest Islands chain · Mercator"
    );
    assert_eq!(
        describe_step(&story.steps[4], &d, Lang::En),
        "The Washington Times · from Sasebo · True distance"
    );
    // In Japanese, in Japanese word order, with the outlets' Japanese names.
    assert_eq!(
        describe_step(&story.steps[0], &d, Lang::Ja),
        "ワシントン・ポスト／佐世保から／メルカトル"
    );
    assert_eq!(
        describe_step(&story.steps[2], &d, Lang::Ja),
        format!(
            "共同通信と{}を比較／佐世保から／メルカトル",
            d.claims.outlet_of_in("iuvinale-2024", Lang::Ja)
        )
    );
    assert_eq!(
        describe_step(&story.steps[3], &d, Lang::Ja),
        "ワシントン・タイムズ／南西諸島の各拠点から／メルカトル"
    );
    assert_eq!(
        describe_step(&story.steps[4], &d, Lang::Ja),
        "ワシントン・タイムズ／佐世保から／正距"
    );
}

#[test]
fn a_story_opens_on_the_fragments_step_else_the_first_unless_the_url_shows_its_own_view() {
    use range_claims::url_state::opening_step;
    let d = data();
    let open = |query: &str, fragment: &str| {
        let (url, _) = parse_query(query, &d);
        opening_step(&url, fragment, &d)
    };
    let story = format!("embed=1&story={DEMO}");
    assert_eq!(open(&story, ""), Some(1));
    assert_eq!(open(&story, "#step=4"), Some(4));
    assert_eq!(open(&story, "#amp=1"), Some(1));
    assert_eq!(
        open(&story, "#step=9"),
        Some(1),
        "a step the story lacks is ignored"
    );
    assert_eq!(
        open(&format!("{story}&source=kyodo-2023"), ""),
        Some(2),
        "step 2's choices"
    );
    assert_eq!(
        open(&format!("{story}&source=iuvinale-2024"), ""),
        None,
        "no step's"
    );
    assert_eq!(open(&format!("{story}&source=all&view=30,130,5"), ""), None);
    assert_eq!(
        open(&format!("{story}&source=kyodo-2023"), "#step=2"),
        Some(2)
    );
    assert_eq!(
        open(&format!("{story}&theme=dark"), ""),
        Some(1),
        "a theme is not a view"
    );
    assert_eq!(open("embed=1", "#step=1"), None, "no story");
}

#[test]
fn a_story_page_opens_with_its_steps_choices_and_keeps_a_written_back_view() {
    use range_claims::url_state::open_story as open;
    let d = data();
    let url = |query: &str| parse_query(query, &d).0;
    let (opened, step) = open(url(&format!("embed=1&story={DEMO}")), "#step=4", &d);
    assert_eq!(step, Some(4));
    assert_eq!(opened.launch, Launch::Chain);
    assert_eq!(
        opened.sources,
        SourceChoice::One("washington-times-2026".into())
    );
    assert!(
        opened.embed && opened.story.is_some(),
        "embedding and story stay"
    );
    let written = format!("embed=1&story={DEMO}&source=kyodo-2023&view=30.0000,130.0000,5.00");
    let (opened, step) = open(url(&written), "", &d);
    assert_eq!(step, Some(2));
    assert_eq!(opened.view, url(&written).view, "the reader's view stays");
    let (opened, step) = open(url("source=kyodo-2023"), "#step=1", &d);
    assert_eq!((opened, step), (url("source=kyodo-2023"), None));
}
