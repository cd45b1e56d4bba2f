//! The one renderer's pictures ([`range_claims::picture`]): portable SVG 1.1 for every theme,
//! language, source choice and kind of launch point (no CSS variables, no `light-dark()`, no
//! `vector-effect`, no `<style>`, presentation attributes only), parsed by usvg (resvg's
//! parser), with a title, a description, the rings and the island chain; colours that are the
//! stylesheet's; the words in both languages; and every character drawn present in the
//! bundled fonts, so no reader of a PNG sees a box where a word should be.

use range_claims::i18n::{is_japanese_char, Lang};
use range_claims::launch::Launch;
use range_claims::model::{DataSet, LonLat, Unit};
use range_claims::picture::palette::Palette;
use range_claims::picture::{
    every_picture_text, map_picture, missing_glyphs, picture_text, svg_to_pixels, PictureSize,
    PictureTheme,
};
use range_claims::projection::ProjectionKind;
use range_claims::rings::SourceChoice;
use range_claims::url_state::{UrlState, UrlView};
use resvg::usvg;
use resvg::usvg::roxmltree;

fn data() -> DataSet {
    DataSet::load_embedded().expect("the embedded data loads")
}

/// The view of the page with no query, from `launch`, showing `sources`.
fn view(data: &DataSet, sources: SourceChoice, launch: Launch) -> UrlState {
    UrlState {
        sources,
        launch,
        ..UrlState::default_for(data)
    }
}

const SIZE: PictureSize = PictureSize {
    width_px: 640.0,
    map_height_px: 420.0,
};

/// Attributes an element of the picture may carry: SVG 1.1's structural and presentation
/// attributes, plus `data-*` and `aria-*` markers and `role`.
const ALLOWED_ATTRIBUTES: &[&str] = &[
    "xmlns",
    "version",
    "width",
    "height",
    "viewBox",
    "id",
    "role",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "d",
    "transform",
    "clip-path",
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "text-anchor",
];

/// Every check a written picture must pass; returns the text it draws (for the glyph check).
fn check_portable(svg: &str, what: &str, rings: usize) -> Vec<String> {
    for banned in [
        "var(",
        "light-dark(",
        "vector-effect",
        "<style",
        " style=",
        " class=",
        "rgba(",
        "paint-order",
    ] {
        assert!(!svg.contains(banned), "{what}: holds “{banned}”");
    }
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{what}: XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.attribute("version"), Some("1.1"));
    for node in doc.descendants().filter(|n| n.is_element()) {
        for a in node.attributes() {
            let name = a.name();
            assert!(
                ALLOWED_ATTRIBUTES.contains(&name)
                    || name.starts_with("data-")
                    || name.starts_with("aria-"),
                "{what}: <{}> has the attribute {name}",
                node.tag_name().name()
            );
        }
    }
    let text_of = |tag: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name(tag))
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_owned()
    };
    assert!(!text_of("title").is_empty(), "{what}: a title");
    assert!(text_of("desc").len() > 40, "{what}: a description");
    let drawn_rings = doc
        .descendants()
        .filter(|n| n.attribute("data-ring").is_some())
        .count();
    assert_eq!(drawn_rings, rings, "{what}: one group per ring");
    let chain = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("island-chain"))
        .unwrap_or_else(|| panic!("{what}: the island chain"));
    assert!(chain.attribute("d").is_some_and(|d| d.len() > 20));
    usvg::Tree::from_str(svg, &usvg::Options::default())
        .unwrap_or_else(|e| panic!("{what}: usvg: {e}"));
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.descendants().filter_map(|t| t.text()).collect::<String>())
        .collect()
}

#[test]
fn every_picture_is_portable_svg_with_title_desc_rings_and_the_chain() {
    let data = data();
    let mut choices = vec![SourceChoice::All];
    choices.extend(
        data.claims
            .sources
            .iter()
            .map(|s| SourceChoice::One(s.id.clone())),
    );
    let launches = [
        Launch::Site("sasebo".into()),
        Launch::Chain,
        Launch::Custom(LonLat::new(129.723, 33.159)),
    ];
    for theme in [PictureTheme::Light, PictureTheme::Dark] {
        for lang in Lang::ALL {
            for choice in &choices {
                for launch in &launches {
                    let v = view(&data, choice.clone(), launch.clone());
                    let picture = map_picture(&data, &data.basemap, &v, theme, lang, SIZE);
                    let what = format!(
                        "{} {} {} from {}",
                        theme.id(),
                        lang.id(),
                        choice.id(),
                        launch.id()
                    );
                    let rings = data
                        .claims
                        .range_claims
                        .iter()
                        .filter(|c| choice.shows(&c.source))
                        .count();
                    for text in check_portable(&picture.svg, &what, rings) {
                        let missing = missing_glyphs(lang, &text);
                        assert!(missing.is_empty(), "{what}: “{text}” lacks {missing:?}");
                    }
                    assert!(picture.height_px > SIZE.map_height_px + 100.0);
                }
            }
        }
    }
}

#[test]
fn the_true_distance_view_and_a_zoomed_view_are_portable_too() {
    let data = data();
    let detailed = DataSet::load_embedded_detailed().expect("the detailed base map loads");
    let mut v = view(&data, SourceChoice::All, Launch::Site("sasebo".into()));
    v.projection = ProjectionKind::TrueDistance;
    v.unit = Unit::Nmi;
    let aeqd = map_picture(&data, &data.basemap, &v, PictureTheme::Dark, Lang::En, SIZE);
    check_portable(&aeqd.svg, "aeqd", 7);
    assert!(aeqd.svg.contains("nmi"), "conversions in the chosen unit");
    let mut v = view(&data, SourceChoice::All, Launch::Chain);
    v.view = Some(UrlView {
        center: LonLat::new(127.7, 26.3),
        zoom: 9.0,
    });
    let zoomed = map_picture(
        &data,
        &detailed.basemap,
        &v,
        PictureTheme::Light,
        Lang::Ja,
        SIZE,
    );
    check_portable(&zoomed.svg, "zoomed", 7);
    // Compare mode: both sources' rings, and the band between each pair shaded.
    let compare = SourceChoice::Compare("kyodo-2023".into(), "washington-times-2026".into());
    let v = view(&data, compare, Launch::Site("sasebo".into()));
    let both = map_picture(
        &data,
        &data.basemap,
        &v,
        PictureTheme::Light,
        Lang::En,
        SIZE,
    );
    check_portable(&both.svg, "compare", 5);
    assert!(
        both.svg.contains("data-compare-pair=\"kyodo-tomahawk~"),
        "a shaded band"
    );
}

#[test]
fn the_default_picture_is_small_and_draws_as_the_svg_says() {
    let data = data();
    let v = UrlState::default_for(&data);
    let picture = map_picture(
        &data,
        &data.basemap,
        &v,
        PictureTheme::Light,
        Lang::En,
        PictureSize::STILL,
    );
    assert!(
        picture.svg.len() < 250_000,
        "{} bytes for the default view",
        picture.svg.len()
    );
    let (w, h, pixels) = svg_to_pixels(&picture.svg, 2.0).expect("resvg draws it");
    assert_eq!((w, h), (1440, (picture.height_px * 2.0).round() as u32));
    // Not a blank or black rectangle: the background, the sea and the rings' colours are
    // all there.
    let has = |hex: &str| {
        let v = u32::from_str_radix(&hex[1..], 16).unwrap();
        let rgb = [(v >> 16) as u8, (v >> 8) as u8, v as u8];
        pixels.chunks_exact(4).any(|p| p[..3] == rgb)
    };
    let palette = Palette::of(PictureTheme::Light);
    for paint in [palette.bg, palette.sea, palette.sources[0], palette.chain] {
        assert!(has(paint.hex), "{} is drawn", paint.hex);
    }
}

/// `#rrggbb` and opacity of a stylesheet colour: `#rrggbb` or `rgba(r, g, b, a)`.
fn css_colour(text: &str) -> (String, f64) {
    let text = text.trim();
    if let Some(inner) = text.strip_prefix("rgba(").and_then(|t| t.strip_suffix(')')) {
        let parts: Vec<f64> = inner
            .split(',')
            .map(|p| p.trim().parse().unwrap())
            .collect();
        let hex = format!(
            "#{:02x}{:02x}{:02x}",
            parts[0] as u8, parts[1] as u8, parts[2] as u8
        );
        (hex, parts[3])
    } else {
        (text.to_owned(), 1.0)
    }
}

#[test]
fn the_colours_are_the_stylesheets_for_each_theme() {
    let css = std::fs::read_to_string("public/style.css").expect("the stylesheet reads");
    for (i, theme) in [PictureTheme::Light, PictureTheme::Dark]
        .into_iter()
        .enumerate()
    {
        for (property, paint) in Palette::of(theme).by_property() {
            let line = css
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("{property}:")))
                .unwrap_or_else(|| panic!("style.css sets {property}"));
            let value = line
                .split_once("light-dark(")
                .and_then(|(_, rest)| rest.rsplit_once(')'))
                .map(|(pair, _)| pair)
                .unwrap_or_else(|| panic!("{property} is a light-dark() pair"));
            // Split the pair at the comma between its two colours, not inside rgba().
            let mut depth = 0;
            let cut = value
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    c == ',' && depth == 0
                })
                .map(|(at, _)| at)
                .expect("two colours");
            let colours = [&value[..cut], &value[cut + 1..]];
            let (hex, opacity) = css_colour(colours[i]);
            assert_eq!(
                (paint.hex, paint.opacity),
                (hex.as_str(), opacity),
                "{property} in the {} theme",
                theme.id()
            );
        }
    }
}

#[test]
fn every_character_of_every_picture_has_a_glyph_in_its_font() {
    let data = data();
    for lang in Lang::ALL {
        let all = every_picture_text(&data, lang);
        // Every source alone and all together, from every site, the chain and two points,
        // conversions in every unit.
        assert_eq!(
            all.len(),
            (data.claims.sources.len() + 1) * (data.sites.len() + 3) * 3
        );
        for words in &all {
            for text in words.all() {
                let missing = missing_glyphs(lang, &text);
                assert!(
                    missing.is_empty(),
                    "the {} picture draws {missing:?} in “{text}”, which its font lacks: \
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
fn the_japanese_picture_speaks_japanese() {
    let data = data();
    let sasebo = Launch::Site("sasebo".into());
    let w = picture_text(
        &data,
        &SourceChoice::All,
        &Default::default(),
        &sasebo,
        Unit::Km,
        Lang::Ja,
    );
    assert_eq!(w.title, "日本の新たなミサイルはどこまで届くのか");
    assert_eq!(
        w.subtitle,
        "5つの報道による射程の数字を、佐世保からの測地線の円で示す"
    );
    assert_eq!(w.launch_name, "佐世保");
    let kyodo = &w.legend[0];
    assert_eq!(kyodo.figure, "約1,600キロ");
    assert_eq!(kyodo.detail, "≈994マイル・トマホーク ブロックIV・V");
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
    assert!(
        w.map_names.iter().any(|n| n == "北京") && w.map_names.iter().any(|n| n == "東京"),
        "{:?}",
        w.map_names
    );
    // Outside proper names (outlets, authors, Natural Earth, WGS84, Karney), no Latin word.
    for text in [&w.title, &w.subtitle, &w.no_figure, &w.notes] {
        assert!(
            text.chars().any(is_japanese_char) && !text.chars().any(|c| c.is_ascii_alphabetic()),
            "“{text}” is Japanese"
        );
    }
    let svg = map_picture(
        &data,
        &data.basemap,
        &view(&data, SourceChoice::All, sasebo),
        PictureTheme::Light,
        Lang::Ja,
        SIZE,
    )
    .svg;
    for text in [
        "日本の新たなミサイルはどこまで届くのか",
        "約1,600キロ",
        "北京",
    ] {
        assert!(svg.contains(text), "the Japanese SVG shows “{text}”");
    }
    assert!(svg.contains("font-family=\"Noto Sans CJK JP,"));
    assert!(!svg.contains("Range figures cited"));
}

#[test]
fn the_chain_and_a_typed_point_are_named_in_the_pictures_language() {
    let data = data();
    let ja = picture_text(
        &data,
        &SourceChoice::All,
        &Default::default(),
        &Launch::Chain,
        Unit::Km,
        Lang::Ja,
    );
    assert_eq!(ja.launch_name, "南西諸島の各拠点");
    assert!(
        ja.subtitle.contains("南西諸島の各拠点から"),
        "{}",
        ja.subtitle
    );
    let point = Launch::Custom(LonLat::new(129.723, 33.159));
    let ja = picture_text(
        &data,
        &SourceChoice::All,
        &Default::default(),
        &point,
        Unit::Km,
        Lang::Ja,
    );
    assert_eq!(ja.launch_name, "北緯33.159°、東経129.723°");
    let en = picture_text(
        &data,
        &SourceChoice::All,
        &Default::default(),
        &point,
        Unit::Km,
        Lang::En,
    );
    assert_eq!(en.launch_name, "33.159°N, 129.723°E");
    // The point's marker is drawn with its coordinates beside it.
    let svg = map_picture(
        &data,
        &data.basemap,
        &view(&data, SourceChoice::All, point),
        PictureTheme::Light,
        Lang::En,
        SIZE,
    )
    .svg;
    assert!(svg.contains(">33.159°N, 129.723°E</text>"));
    assert!(svg.contains("data-launch-marker"));
}

#[test]
fn the_english_picture_names_each_source_with_its_author() {
    let data = data();
    let one = SourceChoice::One("washington-times-2026".into());
    let w = picture_text(
        &data,
        &one,
        &Default::default(),
        &Launch::Site("sasebo".into()),
        Unit::Km,
        Lang::En,
    );
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
    assert_eq!(w.legend[0].detail, "≈ 1,448 km · Tomahawk Block IV");
    assert_eq!(w.legend[0].by, "The Washington Times, about Jan 2026");
    // In miles, a figure printed in miles is converted to kilometres, as on the page.
    let mi = picture_text(
        &data,
        &one,
        &Default::default(),
        &Launch::Site("sasebo".into()),
        Unit::Mi,
        Lang::En,
    );
    assert_eq!(mi.legend[0].detail, "≈ 1,448 km · Tomahawk Block IV");
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
    let sasebo = Launch::Site("sasebo".into());
    let w = picture_text(
        &data,
        &choice,
        &Default::default(),
        &sasebo,
        Unit::Km,
        Lang::Ja,
    );
    assert!(w.legend.is_empty());
    assert_eq!(w.no_figure, "この報道は射程の数字を示していません。");
    let w = picture_text(
        &data,
        &choice,
        &Default::default(),
        &sasebo,
        Unit::Km,
        Lang::En,
    );
    assert_eq!(w.no_figure, "This source prints no range figure.");
    let svg = map_picture(
        &data,
        &data.basemap,
        &view(&data, choice, sasebo),
        PictureTheme::Light,
        Lang::En,
        SIZE,
    )
    .svg;
    assert!(svg.contains(">This source prints no range figure.</text>"));
}

#[test]
fn text_is_escaped_for_xml_and_control_characters_dropped() {
    assert_eq!(
        range_claims::picture::svg::xml_escape("a<b>&\"c'\u{0}\u{7}d\n"),
        "a&lt;b&gt;&amp;&quot;c&apos;d\n"
    );
}
