//! The URL query: every parameter round-trips, and every bad value is ignored with a reason
//! while the rest applies.

use range_claims::i18n::{is_japanese_char, Lang};
use range_claims::launch::Launch;
use range_claims::model::{LonLat, Unit};
use range_claims::projection::ProjectionKind;
use range_claims::rings::SourceChoice;
use range_claims::snippet::{embed_snippet, EmbedHost};
use range_claims::url_state::{
    host_query, m_per_px_at_zoom, parse_query, pym_child_id, to_query, zoom_at_m_per_px, Theme,
    UrlState, UrlView,
};

mod common;
use common::data;

#[test]
fn no_query_is_the_default_view_and_writes_nothing() {
    let d = data();
    let (state, ignored) = parse_query("", &d);
    assert!(ignored.is_empty());
    assert_eq!(state, UrlState::default_for(&d));
    assert_eq!(state.launch, Launch::Site("sasebo".into()));
    assert_eq!(to_query(&state, &d), "");
}

#[test]
fn every_parameter_round_trips() {
    let d = data();
    let states = [
        UrlState {
            sources: SourceChoice::One("kyodo-2023".into()),
            launch: Launch::Chain,
            projection: ProjectionKind::TrueDistance,
            unit: Unit::Nmi,
            theme: Theme::Dark,
            view: Some(UrlView {
                center: LonLat::new(127.5, 26.25),
                zoom: 5.5,
            }),
            embed: true,
            story: None,
            lang: Some(Lang::Ja),
            offered: Some(vec!["washington-post-2022".into(), "kyodo-2023".into()]),
            added: Vec::new(),
        },
        UrlState {
            sources: SourceChoice::Compare("washington-times-2026".into(), "iuvinale-2024".into()),
            launch: Launch::Custom(LonLat::new(-0.1275, 51.5072)),
            projection: ProjectionKind::Mercator,
            unit: Unit::Mi,
            theme: Theme::Light,
            view: None,
            embed: false,
            story: None,
            lang: Some(Lang::En),
            offered: None,
            added: Vec::new(),
        },
        UrlState {
            launch: Launch::Site("yonaguni".into()),
            ..UrlState::default_for(&d)
        },
    ];
    for state in states {
        let q = to_query(&state, &d);
        let (back, ignored) = parse_query(&q, &d);
        assert!(ignored.is_empty(), "{q}: {ignored:?}");
        assert_eq!(back, state, "{q}");
    }
    let q = to_query(
        &UrlState {
            sources: SourceChoice::Compare("kyodo-2023".into(), "iuvinale-2024".into()),
            ..UrlState::default_for(&d)
        },
        &d,
    );
    assert_eq!(
        q, "compare=kyodo-2023,iuvinale-2024",
        "commas stay readable"
    );
}

#[test]
fn readers_forms_of_values_are_accepted() {
    let d = data();
    let (s, ignored) = parse_query("?site=33.2N,%20129.7E&source=all&view=30,130,4", &d);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(s.launch, Launch::Custom(LonLat::new(129.7, 33.2)));
    assert_eq!(s.sources, SourceChoice::All);
    assert_eq!(s.view.unwrap().zoom, 4.0);
}

#[test]
fn bad_values_are_ignored_with_a_reason_and_the_rest_applies() {
    let d = data();
    let (s, ignored) = parse_query(
        "source=nope&site=atlantis&proj=globe&unit=furlong&theme=pink&view=1,2&embed=yes&zoom=3&unit=mi&compare=kyodo-2023,kyodo-2023&lang=fr",
        &d,
    );
    assert_eq!(s, UrlState::default_for(&d), "nothing bad applied");
    let params: Vec<&str> = ignored.iter().map(|i| i.param.as_str()).collect();
    assert_eq!(
        params,
        [
            "source", "site", "proj", "unit", "theme", "view", "embed", "zoom", "unit", "compare",
            "lang"
        ]
    );
    let reason = |p: &str| {
        ignored
            .iter()
            .find(|i| i.param == p)
            .unwrap()
            .reason
            .to_string()
    };
    assert_eq!(reason("source"), "no source has this id");
    assert_eq!(reason("zoom"), "this map has no such setting");
    assert!(reason("compare").contains("two different sources"));
    assert!(ignored[8].reason.to_string().contains("more than once"));
    assert_eq!(reason("lang"), "the language must be en or ja");
    // The notice says each in the page's language; names and values stay as written.
    let ja: Vec<String> = ignored.iter().map(|i| i.reason.message(Lang::Ja)).collect();
    for (i, m) in ignored.iter().zip(&ja) {
        assert!(
            m.chars().any(is_japanese_char),
            "{}: {m:?} is not in Japanese",
            i.param
        );
    }
    assert_eq!(ja[10], "言語はenかjaで指定します");

    // Good ones beside bad ones still apply.
    let (s, ignored) = parse_query("unit=mi&site=95,129&proj=aeqd", &d);
    assert_eq!(s.unit, Unit::Mi);
    assert_eq!(s.projection, ProjectionKind::TrueDistance);
    assert_eq!(s.launch, Launch::Site("sasebo".into()));
    assert_eq!(ignored.len(), 1);
    assert!(ignored[0]
        .reason
        .to_string()
        .contains("Latitude 95° is out of range"));
    assert!(ignored[0].reason.message(Lang::Ja).contains("緯度"));
}

#[test]
fn zoom_out_of_range_and_non_numbers_are_refused() {
    let d = data();
    for v in [
        "30,130,99",
        "30,130,-4",
        "30,130,NaN",
        "30,130,inf",
        "x,130,4",
        "30,200,4",
    ] {
        let (s, ignored) = parse_query(&format!("view={v}"), &d);
        assert_eq!(s.view, None, "{v}");
        assert_eq!(ignored.len(), 1, "{v}");
    }
}

#[test]
fn hostile_text_is_echoed_short_and_never_applied() {
    let d = data();
    let long = "x".repeat(500);
    let (s, ignored) = parse_query(&format!("<script>alert(1)</script>={long}&site=%00%FF"), &d);
    assert_eq!(s, UrlState::default_for(&d));
    assert_eq!(ignored.len(), 2);
    assert!(ignored[0].param.starts_with("<script>"));
    assert!(ignored[0].value.chars().count() <= 41);
    // A megabyte of query is cut, not parsed whole: at most one notice per 4 bytes read.
    let (_, ignored) = parse_query(&"a=1&".repeat(300_000), &d);
    assert!(ignored.len() <= range_claims::url_state::MAX_QUERY_BYTES / 4 + 1);
}

#[test]
fn zoom_levels_follow_the_web_map_convention() {
    // Zoom 0: the equator (40,075,016.686 m) over 256 px; each level halves the scale.
    assert!((m_per_px_at_zoom(0.0) - 156_543.033_9).abs() < 1e-3);
    assert!((m_per_px_at_zoom(10.0) - 152.874_056_6).abs() < 1e-6);
    assert!((zoom_at_m_per_px(m_per_px_at_zoom(7.25)) - 7.25).abs() < 1e-12);
}

#[test]
fn the_embed_snippet_frames_the_view_and_loads_the_resizer_beside_the_page() {
    let s = range_claims::snippet::embed_snippet(
        EmbedHost::Ours,
        "https://example.org/maps/range/index.html",
        "source=kyodo-2023&embed=1",
        Lang::En,
    );
    assert!(s.starts_with(
        "<iframe src=\"https://example.org/maps/range/index.html?source=kyodo-2023&amp;embed=1\" title=\""
    ));
    assert!(s.contains("data-range-claims"));
    assert!(s.ends_with("<script src=\"https://example.org/maps/range/embed.js\" async></script>"));
}

const PAGE: &str = "https://example.org/maps/range/index.html";
const QUERY: &str = "source=kyodo-2023&embed=1";

#[test]
fn the_plain_frame_snippet_has_no_script() {
    let s = embed_snippet(EmbedHost::PlainFrame, PAGE, QUERY, Lang::En);
    assert!(s.starts_with(
        "<iframe src=\"https://example.org/maps/range/index.html?source=kyodo-2023&amp;embed=1\""
    ));
    assert!(s.contains("height:900px"));
    assert!(!s.contains("<script"));
    assert!(!s.contains("data-range-claims"));
}

#[test]
fn the_pym_snippet_makes_a_parent_for_the_view() {
    let s = embed_snippet(EmbedHost::Pym, PAGE, QUERY, Lang::En);
    assert!(s.starts_with("<div id=\"range-claims-map\"></div>"));
    assert!(s.contains(
        "new pym.Parent(\"range-claims-map\", \"https://example.org/maps/range/index.html?source=kyodo-2023&embed=1\""
    ));
}

#[test]
fn the_amp_snippet_is_a_resizable_amp_iframe_with_its_overflow_element() {
    let s = embed_snippet(EmbedHost::Amp, PAGE, QUERY, Lang::En);
    assert!(s.starts_with("<amp-iframe src=\"https://example.org/maps/range/index.html?source=kyodo-2023&amp;embed=1\""));
    assert!(s.contains(" resizable "));
    assert!(s.contains("sandbox=\"allow-scripts allow-same-origin\""));
    assert!(s.contains("layout=\"responsive\""));
    assert!(s.contains("<div overflow tabindex=\"0\" role=\"button\""));
    assert!(s.ends_with("</amp-iframe>"));
}

#[test]
fn every_host_has_an_id_that_names_it_back() {
    for host in EmbedHost::ALL {
        assert_eq!(EmbedHost::from_id(host.id()), Some(host));
    }
    assert_eq!(EmbedHost::from_id("flash"), None);
}

#[test]
fn pyms_parameters_raise_no_notice_and_are_kept_out_of_shared_links() {
    let data = data();
    let q = "embed=1&source=kyodo-2023&initialWidth=640&childId=range-claims-map&parentTitle=An%20article&parentUrl=https%3A%2F%2Fnews.example%2Fa";
    let (state, ignored) = parse_query(q, &data);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert!(state.embed);
    assert_eq!(to_query(&state, &data), "source=kyodo-2023&embed=1");
    assert_eq!(pym_child_id(q).as_deref(), Some("range-claims-map"));
    assert_eq!(
        host_query(q),
        "childId=range-claims-map&initialWidth=640&parentTitle=An+article&parentUrl=https%3A%2F%2Fnews.example%2Fa"
    );
    assert_eq!(host_query("source=kyodo-2023"), "");
}

#[test]
fn a_child_id_pym_could_not_have_made_is_refused_without_repeating_it() {
    let data = data();
    for bad in ["<script>alert(1)</script>", "", "a b", &"x".repeat(65)] {
        let q = format!("childId={}", form_urlencoded_value(bad));
        let (_, ignored) = parse_query(&q, &data);
        assert_eq!(ignored.len(), 1, "{bad:?}");
        assert_eq!(ignored[0].param, "childId");
        assert_eq!(ignored[0].value, "", "the value is not echoed");
        assert_eq!(pym_child_id(&q), None);
    }
}

fn form_urlencoded_value(v: &str) -> String {
    v.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[test]
fn the_language_is_read_and_written_only_when_given() {
    let d = data();
    let (s, ignored) = parse_query("lang=ja&unit=mi", &d);
    assert!(ignored.is_empty());
    assert_eq!(s.lang, Some(Lang::Ja));
    assert_eq!(to_query(&s, &d), "unit=mi&lang=ja");
    // Left out, the reader's browser decides, and the URL stays without it.
    let (s, _) = parse_query("unit=mi", &d);
    assert_eq!(s.lang, None);
    assert_eq!(to_query(&s, &d), "unit=mi");
}

#[test]
fn a_japanese_map_s_snippet_titles_its_frame_in_japanese() {
    let s = embed_snippet(EmbedHost::Ours, PAGE, "embed=1&lang=ja", Lang::Ja);
    assert!(s.contains(
        "title=\"インタラクティブ地図：日本の新たなミサイルはどこまで届くのか（報道別）\""
    ));
    assert!(s.contains("?embed=1&amp;lang=ja\""));
    let amp = embed_snippet(EmbedHost::Amp, PAGE, "embed=1&lang=ja", Lang::Ja);
    assert!(amp.contains("aria-label=\"地図全体を表示\">地図全体を表示</div>"));
    assert!(range_claims::snippet::story_steps_hint(3, Lang::Ja).contains("各手順（1〜3）"));
}

#[test]
fn a_story_too_long_for_the_address_is_told_apart() {
    use range_claims::story::{Step, Story, MAX_CAPTION_CHARS, MAX_STEPS};
    use range_claims::url_state::{query_fits, MAX_QUERY_BYTES};
    let d = data();
    let query_of = |caption: &str, steps: usize| {
        let step = Step::from_url(&UrlState::default_for(&d), Some(caption.to_owned()));
        let url = UrlState {
            embed: true,
            story: Story::written(vec![step; steps]),
            ..UrlState::default_for(&d)
        };
        to_query(&url, &d)
    };
    // Four steps of short Japanese captions fit; twelve full-length ones (9 bytes a kana in
    // an address) do not, and the map would read only the first 4,096 bytes.
    assert!(query_fits(&query_of("共同通信（2023年10月）", 4)));
    let long = query_of(&"あ".repeat(MAX_CAPTION_CHARS), MAX_STEPS);
    assert!(long.len() > MAX_QUERY_BYTES && !query_fits(&long));
    assert!(query_fits(&format!("?{}", "a".repeat(MAX_QUERY_BYTES))));
    assert!(!query_fits(&"a".repeat(MAX_QUERY_BYTES + 1)));
}
