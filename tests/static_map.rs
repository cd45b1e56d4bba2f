//! The still image's words in both languages, and its fonts: every character any still
//! image can draw has a glyph in the bundled font of its language, so no reader of a PNG
//! sees a box where a word should be.

use range_claims::i18n::{is_japanese_char, Lang};
use range_claims::launch::Launch;
use range_claims::model::DataSet;
use range_claims::rings::SourceChoice;
use range_claims::static_map::{every_still_text, map_png, map_svg, missing_glyphs, still_text};

fn data() -> DataSet {
    DataSet::load_embedded_detailed().expect("the embedded data loads")
}

#[test]
fn every_character_of_every_still_image_has_a_glyph_in_its_font() {
    let data = data();
    for lang in Lang::ALL {
        let all = every_still_text(&data, lang);
        // Every source alone and all together, from every site, the chain and two points.
        assert_eq!(
            all.len(),
            (data.claims.sources.len() + 1) * (data.sites.len() + 3)
        );
        for words in &all {
            for text in words.all() {
                let missing = missing_glyphs(lang, text);
                assert!(
                    missing.is_empty(),
                    "the {} still image draws {missing:?} in “{text}”, which its font lacks: \
                     run tools/fonts/subset-cjk.sh",
                    lang.id()
                );
            }
        }
    }
}

#[test]
fn the_glyph_check_finds_a_character_the_subset_lacks() {
    // 鯨 (whale) is in no string of the map, so the cut-down Japanese font has no glyph for it;
    // DejaVu has no ideographs at all.
    assert_eq!(missing_glyphs(Lang::Ja, "佐世保 鯨"), vec!['鯨']);
    assert_eq!(
        missing_glyphs(Lang::En, "Sasebo 佐世保"),
        vec!['佐', '世', '保']
    );
    assert!(missing_glyphs(Lang::Ja, "Kyodo News 1,600").is_empty());
}

#[test]
fn the_japanese_still_image_speaks_japanese() {
    let data = data();
    let sasebo = Launch::Site("sasebo".into());
    let w = still_text(&data, &SourceChoice::All, &sasebo, Lang::Ja);
    assert_eq!(w.title, "日本の新たなミサイルはどこまで届くのか");
    assert_eq!(
        w.subtitle,
        "5つの報道による射程の数字を、佐世保からの測地線の円で示す"
    );
    assert_eq!(w.launch_name.as_deref(), Some("佐世保"));
    assert_eq!(w.legend_heading, "報道された射程");
    let kyodo = &w.legend[0];
    assert_eq!(kyodo.figure, "約1,600キロ");
    assert_eq!(kyodo.detail, "トマホーク ブロックIV・V、≈994マイル");
    assert_eq!(kyodo.by, "共同通信、2023年10月");
    assert!(
        w.sources.starts_with("出典：共同通信（2023年10月）、"),
        "{}",
        w.sources
    );
    assert!(
        w.sources
            .contains("ワシントン・タイムズ（Bill Gertz、2026年1月ごろ）"),
        "{}",
        w.sources
    );
    let places: Vec<&str> = w.places.iter().map(|(_, n)| n.as_str()).collect();
    assert!(
        places.contains(&"北京") && places.contains(&"東京"),
        "{places:?}"
    );
    // Outside proper names (outlets, authors, Natural Earth, WGS84, Karney), no Latin word.
    for text in [
        &w.title,
        &w.subtitle,
        &w.legend_heading,
        &w.no_figure,
        &w.notes,
    ] {
        assert!(
            text.chars().any(is_japanese_char) && !text.chars().any(|c| c.is_ascii_alphabetic()),
            "“{text}” is Japanese"
        );
    }
}

#[test]
fn the_chain_and_a_typed_point_are_named_in_the_images_language() {
    let data = data();
    let ja = still_text(&data, &SourceChoice::All, &Launch::Chain, Lang::Ja);
    assert_eq!(ja.chain_name.as_deref(), Some("南西諸島"));
    assert_eq!(ja.launch_name, None);
    assert!(
        ja.subtitle.contains("南西諸島の各拠点から"),
        "{}",
        ja.subtitle
    );
    let point = Launch::Custom(range_claims::model::LonLat::new(129.723, 33.159));
    let ja = still_text(&data, &SourceChoice::All, &point, Lang::Ja);
    assert_eq!(ja.launch_name.as_deref(), Some("北緯33.159°、東経129.723°"));
    let en = still_text(&data, &SourceChoice::All, &point, Lang::En);
    assert_eq!(en.launch_name.as_deref(), Some("33.159°N, 129.723°E"));
}

#[test]
fn the_english_still_image_names_each_source_with_its_author() {
    let data = data();
    let one = SourceChoice::One("washington-times-2026".into());
    let w = still_text(&data, &one, &Launch::Site("sasebo".into()), Lang::En);
    assert_eq!(
        w.subtitle,
        "Range figures cited by The Washington Times (about Jan 2026), drawn as geodesic rings \
         from Sasebo"
    );
    assert_eq!(
        w.sources,
        "Sources: The Washington Times (Bill Gertz, about Jan 2026)."
    );
    let figures: Vec<&str> = w.legend.iter().map(|e| e.figure.as_str()).collect();
    assert_eq!(
        figures,
        ["900 mi", "over 1,000 mi", "120–249 mi", "up to 620 mi"]
    );
    assert_eq!(w.legend[0].detail, "Tomahawk Block IV · ≈ 1,448 km");
    assert_eq!(w.legend[0].by, "The Washington Times, about Jan 2026");
}

#[test]
fn a_source_with_no_figure_says_so_in_both_languages() {
    let data = data();
    let quiet = data
        .claims
        .sources
        .iter()
        .find(|s| !data.claims.range_claims.iter().any(|c| c.source == s.id))
        .expect("one source (the report relaying Fox News) prints no range figure");
    let choice = SourceChoice::One(quiet.id.clone());
    let w = still_text(&data, &choice, &Launch::Site("sasebo".into()), Lang::Ja);
    assert!(w.legend.is_empty());
    assert_eq!(w.no_figure, "この報道は射程の数字を示していません。");
    let w = still_text(&data, &choice, &Launch::Site("sasebo".into()), Lang::En);
    assert_eq!(w.no_figure, "This source prints no range figure.");
}

#[test]
fn japanese_images_are_drawn_and_carry_their_words() {
    let data = data();
    let sasebo = Launch::Site("sasebo".into());
    let svg = map_svg(&data, &SourceChoice::All, &sasebo, Lang::Ja, (1200, 900))
        .expect("the SVG is drawn");
    for text in [
        "日本の新たなミサイルはどこまで届くのか",
        "約1,600キロ",
        "報道された射程",
        "北京",
    ] {
        assert!(svg.contains(text), "the Japanese SVG shows “{text}”");
    }
    assert!(svg.contains("font-family=\"Noto Sans CJK JP, sans-serif\""));
    assert!(!svg.contains("Range as printed"));
    let png = map_png(&data, &SourceChoice::All, &sasebo, Lang::Ja, (640, 480))
        .expect("the PNG is drawn");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
}
