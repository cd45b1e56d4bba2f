//! The interface's two languages: both catalogues complete, each in its own language, and
//! the Japanese sentences built in Japanese word order (figures, dates, units).

use range_claims::editor::text::editor_text;
use range_claims::i18n::{is_japanese_char, Lang, SourceMonth};
use range_claims::model::{LonLat, Unit};

mod common;
use common::{claim, data};

/// Entries that are empty on purpose: a part of a phrase that one language's word order
/// does not need.
const EMPTY_IN_ENGLISH: [&str; 1] = ["compare_tail"];
const EMPTY_IN_JAPANESE: [&str; 1] = ["compare_lead"];

#[test]
fn both_catalogues_have_the_same_entries_in_the_same_order() {
    let en: Vec<&str> = Lang::En.text().entries().iter().map(|e| e.0).collect();
    let ja: Vec<&str> = Lang::Ja.text().entries().iter().map(|e| e.0).collect();
    assert_eq!(en, ja);
    assert!(en.len() > 40, "{} entries", en.len());
    // The still pictures' and the editor's catalogues, kept apart from the map's.
    let names = |e: Vec<(&'static str, &'static str)>| e.into_iter().map(|e| e.0).collect();
    let (en, ja): (Vec<&str>, Vec<&str>) = (
        names(Lang::En.still_text().entries()),
        names(Lang::Ja.still_text().entries()),
    );
    assert_eq!(en, ja);
    let (en, ja): (Vec<&str>, Vec<&str>) = (
        names(editor_text(Lang::En).entries()),
        names(editor_text(Lang::Ja).entries()),
    );
    assert_eq!(en, ja);
    assert!(en.len() > 40, "{} editor entries", en.len());
}

/// Every entry of the three catalogues in `lang`: the map's, the still pictures' and the
/// editor's.
fn all_entries(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut all = lang.text().entries();
    all.extend(lang.still_text().entries());
    all.extend(editor_text(lang).entries());
    all
}

#[test]
fn every_english_entry_is_english_and_every_japanese_entry_japanese() {
    for (name, text) in all_entries(Lang::En) {
        if EMPTY_IN_ENGLISH.contains(&name) {
            assert!(text.is_empty(), "en.{name} should be empty");
            continue;
        }
        assert!(!text.trim().is_empty(), "en.{name} is empty");
        assert!(
            !text.chars().any(is_japanese_char),
            "en.{name} has Japanese in it: {text}"
        );
    }
    for (name, text) in all_entries(Lang::Ja) {
        if EMPTY_IN_JAPANESE.contains(&name) {
            assert!(text.is_empty(), "ja.{name} should be empty");
            continue;
        }
        assert!(
            text.chars().any(is_japanese_char),
            "ja.{name} is not written in Japanese: {text:?}"
        );
        // No English word left behind, except the names of the data's own sources.
        let english_words = text
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() > 3)
            .filter(|w| {
                ![
                    "Natural",
                    "Earth",
                    "world",
                    "atlas",
                    "Karney",
                    "HTML",
                    "Parent",
                    "iframe",
                    "embed",
                    "size",
                    "type",
                    "range",
                    "claims",
                    "height",
                    "version",
                    "GeoJSON",
                    "JavaScript",
                    "WebAssembly",
                ]
                .contains(w)
            })
            .collect::<Vec<_>>();
        assert!(
            english_words.is_empty(),
            "ja.{name} has English words {english_words:?}"
        );
    }
}

#[test]
fn a_language_is_named_by_its_id_and_has_its_own_page() {
    assert_eq!(Lang::from_id("ja"), Some(Lang::Ja));
    assert_eq!(Lang::from_id("en"), Some(Lang::En));
    assert_eq!(Lang::from_id("JA"), None);
    // public/boot.js names the same two files.
    let boot = include_str!("../public/boot.js");
    for lang in Lang::ALL {
        assert!(
            boot.contains(&format!("{}: \"{}\"", lang.id(), lang.page_file())),
            "boot.js sends {} readers to {}",
            lang.id(),
            lang.page_file()
        );
    }
}

#[test]
fn figures_keep_their_printed_digits_in_japanese_word_order() {
    let d = data();
    let ja = |id: &str| Lang::Ja.printed_figure(&claim(&d, id));
    assert_eq!(ja("kyodo-tomahawk"), "約1,600キロ");
    assert_eq!(ja("wt-tomahawk-block-iv"), "900マイル");
    assert_eq!(ja("wt-tomahawk-block-v"), "1,000マイル超");
    assert_eq!(ja("wp-tomahawk"), "1,000マイル以上");
    assert_eq!(ja("wt-type12-current"), "120〜249マイル");
    assert_eq!(ja("wt-type12-upgraded"), "最大620マイル");
    assert_eq!(ja("iuvinale-tomahawk"), "最大2,500キロ");
    // English stays as before.
    assert_eq!(
        Lang::En.printed_figure(&claim(&d, "kyodo-tomahawk")),
        "about 1,600 km"
    );
    assert_eq!(
        Lang::En.printed_figure(&claim(&d, "wp-tomahawk")),
        "1,000-mile-plus"
    );
}

#[test]
fn conversions_and_distances_are_grouped_by_thousands_with_the_unit_after() {
    let d = data();
    let c = claim(&d, "wt-tomahawk-block-iv");
    // 900 mi = 1,448.4096 km; 782.08 nmi.
    assert_eq!(Lang::Ja.converted_figure(&c, Unit::Km), "≈1,448キロ");
    assert_eq!(Lang::Ja.converted_figure(&c, Unit::Nmi), "≈782海里");
    assert_eq!(Lang::En.converted_figure(&c, Unit::Km), "≈ 1,448 km");
    let band = claim(&d, "wt-type12-current");
    assert_eq!(Lang::Ja.converted_figure(&band, Unit::Km), "≈193〜401キロ");
    assert_eq!(Lang::Ja.distance(12_345.4, Unit::Km), "12,345キロ");
    assert_eq!(Lang::En.distance(12_345.4, Unit::Mi), "12,345 mi");
}

#[test]
fn missiles_are_named_as_the_japanese_ministry_of_defense_names_them() {
    let d = data();
    let ja = |id: &str| Lang::Ja.system_label(&claim(&d, id));
    assert_eq!(ja("wt-tomahawk-block-iv"), "トマホーク ブロックIV");
    assert_eq!(ja("kyodo-tomahawk"), "トマホーク ブロックIV・V");
    assert_eq!(ja("wt-type12-current"), "12式地対艦誘導弾（現行型）");
    assert_eq!(ja("wt-type12-upgraded"), "12式地対艦誘導弾（能力向上型）");
    assert_eq!(ja("iuvinale-tomahawk"), "トマホーク");
}

#[test]
fn dates_read_as_year_and_month_with_about_as_goro() {
    let d = data();
    let source = |id: &str| d.claims.source(id).unwrap().clone();
    assert_eq!(Lang::Ja.source_date(&source("kyodo-2023")), "2023年10月");
    assert_eq!(
        Lang::Ja.source_date(&source("washington-times-2026")),
        "2026年1月ごろ"
    );
    assert_eq!(
        Lang::En.source_date(&source("washington-times-2026")),
        "about Jan 2026"
    );
    // Every source's date is in the form the Japanese date is read from.
    for s in &d.claims.sources {
        assert!(
            SourceMonth::parse(&s.date).is_some(),
            "{}: {:?}",
            s.id,
            s.date
        );
    }
}

#[test]
fn coordinates_read_with_hemisphere_words_in_japanese() {
    let p = LonLat::new(129.723, 33.159);
    assert_eq!(Lang::Ja.lat_lon(p), "北緯33.159°、東経129.723°");
    assert_eq!(Lang::En.lat_lon(p), "33.159°N, 129.723°E");
    assert_eq!(
        Lang::Ja.lat_lon(LonLat::new(-0.1275, -51.5)),
        "南緯51.500°、西経0.128°"
    );
}

#[test]
fn every_site_place_and_chain_label_has_its_japanese_name() {
    let d = data();
    assert_eq!(d.site("sasebo").unwrap().name_in(Lang::Ja), "佐世保");
    assert_eq!(d.island_chain.name_in(Lang::Ja), "第1列島線");
    assert_eq!(
        d.island_chain.labels_in(Lang::Ja).len(),
        d.island_chain.labels_in(Lang::En).len()
    );
    for p in &d.places {
        assert!(
            p.name_in(Lang::Ja).chars().any(is_japanese_char),
            "{}",
            p.id
        );
    }
}
