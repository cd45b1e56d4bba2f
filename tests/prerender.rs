//! The prerendered first views (`ui::prerender`): written by the page's own components for
//! the default view, they must hold what the live page draws first, with nothing inline that
//! the page's Content-Security-Policy would refuse, and the base map once.

use range_claims::i18n::Lang;
use range_claims::model::{quote_for_display, DataSet};
use range_claims::projection::Projection;
use range_claims::rings::shown_rings;
use range_claims::state::home_view;
use range_claims::ui::map::rings::density_bucket_m_per_px;
use range_claims::ui::prerender::{
    block, defer_loader, drawn_legends, drawn_tables, index_blocks, language_page, oembed_json,
    oembed_path, published_page, reuse_base, social_card_path, with_view_box,
    without_hydration_markers, wrap_base, MapSizePx, PublicUrl, FULL_PAGE_LAYOUT, SHARED_BASE_ID,
};
use range_claims::url_state::UrlState;

/// The `d` of every `<path data-ring …>` in `html`, in order.
fn ring_paths(html: &str) -> Vec<String> {
    html.split("<path data-ring=\"\"")
        .skip(1)
        .map(|rest| {
            let d = rest.split(" d=\"").nth(1).expect("a ring path has d");
            d[..d.find('"').unwrap()].to_owned()
        })
        .collect()
}

#[test]
fn the_full_page_block_draws_the_rings_the_page_draws_first() {
    let data = DataSet::load_embedded().unwrap();
    let url = UrlState::default_for(&data);
    let launch = url.launch.clone();
    let proj = Projection::new(url.projection, launch.focus(&data));
    let size = FULL_PAGE_LAYOUT.map;
    let view = home_view(&proj, size.width_px, size.height_px);
    let expected = shown_rings(
        &data.claims,
        &url.sources,
        &launch.centres(&data),
        &proj,
        density_bucket_m_per_px(view.m_per_px),
    );
    let html = block(data.clone(), Lang::En, false, FULL_PAGE_LAYOUT);
    let drawn = ring_paths(&html);
    assert!(
        expected.len() >= 5,
        "the default view shows every source's rings"
    );
    assert_eq!(
        drawn,
        expected
            .iter()
            .map(|r| r.path_d.to_string())
            .collect::<Vec<_>>()
    );
    // Every ring's figure as printed labels it, and its quote is in the legend.
    for r in &expected {
        assert!(
            html.contains(&format!(">{}<", r.claim.printed_label())),
            "label {}",
            r.claim.printed_label()
        );
        let quote = quote_for_display(&r.claim.quote).replace('\'', "&#39;");
        assert!(html.contains(&quote), "quote of {}", r.claim.id);
    }
    assert!(
        html.contains("data-source=\"all\" aria-pressed=\"true\""),
        "the switcher, All sources pressed"
    );
    assert!(
        html.contains("data-site-option=\"sasebo\" aria-pressed=\"true\""),
        "the launch panel, Sasebo picked"
    );
    // The coordinate fields show the launch point, as the live page's do.
    let sasebo = launch.focus(&data);
    for (testid, deg) in [("coord-lat", sasebo.lat_deg), ("coord-lon", sasebo.lon_deg)] {
        let field = html
            .split(&format!("data-testid=\"{testid}\""))
            .nth(1)
            .unwrap();
        let field = &field[..field.find('>').unwrap()];
        assert!(
            field.contains(&format!("value=\"{deg:.3}\"")),
            "{testid}: {field}"
        );
    }
}

#[test]
fn the_blocks_carry_no_inline_script_or_style_and_the_base_map_once() {
    let html = index_blocks(Lang::En).unwrap();
    assert!(!html.contains("<script"), "no inline script");
    assert!(!html.contains(" style="), "no inline style");
    assert_eq!(
        html.matches("class=\"prerender\"").count(),
        2,
        "full page and embed"
    );
    assert_eq!(
        html.matches("class=\"land\"").count(),
        1,
        "one copy of the land's path data"
    );
    assert_eq!(
        html.matches(&format!("<g id=\"{SHARED_BASE_ID}\">"))
            .count(),
        1
    );
    assert_eq!(
        html.matches(&format!("<use href=\"#{SHARED_BASE_ID}\">"))
            .count(),
        1
    );
    assert_eq!(ring_paths(&html).len() % 2, 0, "each block has its rings");
}

#[test]
fn a_prerendered_map_is_scaled_to_its_frame_by_its_view_box() {
    let html = "<div><svg data-testid=\"map\" class=\"map\"></svg></div>";
    let size = MapSizePx {
        width_px: 396.0,
        height_px: 300.0,
    };
    assert_eq!(
        with_view_box(html, size),
        "<div><svg data-testid=\"map\" viewBox=\"0 0 396 300\" preserveAspectRatio=\"xMidYMid meet\" class=\"map\"></svg></div>"
    );
}

#[test]
fn the_base_map_group_is_shared_through_use() {
    let html = "<svg><g transform=\"t\" class=\"base\"><path d=\"M1 2\"></path></g><g class=\"rings\"></g></svg>";
    assert_eq!(
        wrap_base(html, "b").unwrap(),
        "<svg><g transform=\"t\" class=\"base\"><g id=\"b\"><path d=\"M1 2\"></path></g></g><g class=\"rings\"></g></svg>"
    );
    assert_eq!(
        reuse_base(html, "b").unwrap(),
        "<svg><g transform=\"t\" class=\"base\"><use href=\"#b\"></use></g><g class=\"rings\"></g></svg>"
    );
    assert_eq!(wrap_base("<svg></svg>", "b"), None);
}

#[test]
fn the_wasm_starts_after_the_first_paint() {
    let head = "<script type=\"module\">\nimport init from './a.js';\nconst wasm = await init({ module_or_path: './a_bg.wasm' });\n</script>\n  \
        <link rel=\"modulepreload\" href=\"./a.js\"><link rel=\"preload\" href=\"./a_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>";
    let deferred = defer_loader(head).unwrap();
    assert_eq!(
        deferred,
        "<script type=\"module\">\nimport init from './a.js';\n\
         await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));\n\
         const wasm = await init({ module_or_path: './a_bg.wasm' });\n</script>\n  \
         <link rel=\"modulepreload\" href=\"./a.js\"></head>"
    );
    assert_eq!(defer_loader("<html></html>"), None);
}

#[test]
fn the_prerendered_base_map_covers_the_home_view_of_every_common_window() {
    // The live page draws from the prerendered layers while its view, with the margin it
    // draws beyond the frame (320 px), stays inside them: on these map sizes (desktop, laptop,
    // tablet, phones, the embed) a reader who does not pan far never decodes the overview.
    let mercator = Projection::new(
        range_claims::projection::ProjectionKind::Mercator,
        range_claims::model::LonLat::new(0.0, 0.0),
    );
    let (min, max) = range_claims::render::first_view_box(&mercator).unwrap();
    for (w, h) in [
        (872.0, 576.0),
        (1_600.0, 500.0),
        (1_200.0, 700.0),
        (700.0, 600.0),
        (396.0, 300.0),
        (358.0, 420.0),
        (320.0, 900.0),
    ] {
        let home = home_view(&mercator, w, h);
        assert!(
            home.shows_only_within(min, max, 320.0),
            "{w} x {h} px: {home:?} is past {min:?}..{max:?}"
        );
        // Zoomed out four times, it is not: the page then draws from the whole overview.
        assert!(
            !home.zoomed(0.25).shows_only_within(min, max, 320.0),
            "{w} x {h} px zoomed out"
        );
    }
}

/// A page as Trunk builds it, with what [`language_page`] replaces.
const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    \
    <meta charset=\"utf-8\" />\n    <title>Old title</title>\n    \
    <meta name=\"description\" content=\"Old description\" />\n    \
    <link rel=\"icon\" href=\"data:,\" />\n<script type=\"module\">\nimport init from './a.js';\n\
    const wasm = await init({ module_or_path: './a_bg.wasm' });\n</script></head>\n  <body>\n    \
    <!-- prerendered view -->\n    <noscript><p>Old note</p></noscript>\n  </body>\n</html>";

#[test]
fn the_japanese_page_is_japanese_from_its_first_byte_and_links_the_english_one() {
    let html = language_page(TEMPLATE, Lang::Ja).unwrap();
    assert!(html.contains("<html lang=\"ja\">"));
    assert!(html.contains("<title>日本の新たなミサイルはどこまで届くのか</title>"));
    assert!(html.contains(&format!(
        "<meta name=\"description\" content=\"{}\" />",
        Lang::Ja.still_text().description
    )));
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"index.html\" />"));
    assert!(html.contains("href=\"index.html?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"));
    assert!(!html.contains("Old"), "every English part replaced");
    // The prerendered blocks are in Japanese: the legend's figures, the site's name, the
    // note shown while the map loads.
    assert!(html.contains(">約1,600キロ<"));
    assert!(html.contains("佐世保からのすべての報道の射程"));
    assert!(html.contains(Lang::Ja.still_text().boot_status));
    assert!(!html.contains(Lang::En.text().lede));
    assert!(
        html.contains("requestAnimationFrame"),
        "the loader waits for the first paint"
    );

    let english = language_page(TEMPLATE, Lang::En).unwrap();
    assert!(english.contains("<html lang=\"en\">"));
    assert!(english.contains("href=\"ja.html?lang=ja\" hreflang=\"ja\" lang=\"ja\">日本語</a>"));
    assert!(english.contains(">about 1,600 km<"));
}

#[test]
fn a_built_page_missing_a_part_is_named() {
    let no_marker = TEMPLATE.replace("<!-- prerendered view -->", "");
    let err = language_page(&no_marker, Lang::Ja).unwrap_err().to_string();
    assert!(err.contains("prerendered view"), "{err}");
    let no_title = TEMPLATE.replace("<title>Old title</title>", "");
    let err = language_page(&no_title, Lang::Ja).unwrap_err().to_string();
    assert!(err.contains("<title>"), "{err}");
}

#[test]
fn the_drawn_tables_hold_every_cell_and_each_conversion_in_every_unit() {
    let data = DataSet::load_embedded().expect("data loads");
    let tables: Vec<(String, String)> = drawn_tables(&data.claims).collect();
    assert_eq!(
        tables.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(),
        ["tables/en.html", "tables/ja.html"]
    );
    let range_claims = data.claims.range_claims.len();
    for (path, html) in &tables {
        assert!(
            html.starts_with("<table ") && html.contains("class=\"claims-table\""),
            "{path}"
        );
        // 7 rows by 5 sources, and the 5 column headings: every one marked with its source.
        assert_eq!(html.matches(" data-source=").count(), 7 * 5 + 5, "{path}");
        // Each range figure's conversion, with its text for every unit the reader may pick.
        assert_eq!(
            html.matches("class=\"conversion\"").count(),
            range_claims,
            "{path}"
        );
        for unit in ["km", "mi", "nmi"] {
            assert_eq!(
                html.matches(&format!(" data-{unit}=\"")).count(),
                range_claims,
                "{path} {unit}"
            );
        }
    }
    // Kyodo's "about 1,600 km": 994 mi whether the reader picks km or mi, 864 nmi in nmi.
    let en = &tables[0].1;
    assert!(en.contains("data-km=\"≈ 994 mi\" data-mi=\"≈ 994 mi\" data-nmi=\"≈ 864 nmi\""));
    assert!(tables[1].1.contains("data-nmi=\"≈864海里\""));
}

#[test]
fn the_drawn_legends_hold_an_item_per_range_claim_in_order_then_the_silent_sources() {
    let data = DataSet::load_embedded().expect("data loads");
    for (path, html) in drawn_legends(&data.claims) {
        let claims: Vec<&str> = html
            .split(" data-legend-claim=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        let in_data: Vec<&str> = data
            .claims
            .range_claims
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(claims, in_data, "{path}");
        // Fox News (relayed) gives no range figure: its item says so, after the others.
        let silent = html
            .find("legend-item silent")
            .expect("a silent source's item");
        let item = &html[html[..silent].rfind("<li").unwrap()..];
        let tag = &item[..item.find('>').unwrap()];
        assert!(
            tag.contains("data-source=\"fox-relay-2024\""),
            "{path}: {tag}"
        );
        assert!(silent > html.rfind("data-legend-claim").unwrap(), "{path}");
        assert_eq!(
            html.matches(" data-nmi=\"").count(),
            in_data.len(),
            "{path}"
        );
    }
}

/// The `content` of the `<meta>` whose `property` or `name` is `key` in `html`.
fn meta_content<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    ["property", "name"].iter().find_map(|attr| {
        let tag = format!("<meta {attr}=\"{key}\" content=\"");
        let start = html.find(&tag)? + tag.len();
        Some(&html[start..start + html[start..].find('"')?])
    })
}

#[test]
fn the_prerendered_markup_is_free_of_hydration_markers_and_has_one_visible_main() {
    for lang in Lang::ALL {
        let html = index_blocks(lang).unwrap();
        assert!(!html.contains("<!>"), "no <!> markers ({lang:?})");
        assert_eq!(html.matches("<main").count(), 1, "one <main> ({lang:?})");
        assert!(
            html.contains("data-view=\"embed\" hidden>"),
            "the embed's block is hidden"
        );
        assert_eq!(html.matches("role=\"main\"").count(), 1, "the embed's own");
    }
    // Markers go, markup and text stay, even a `<!>` inside an attribute's value.
    assert_eq!(
        without_hydration_markers("<p title=\"a<!>b\">x<!>y</p><!><b>z</b><!-- c -->"),
        "<p title=\"a<!>b\">xy</p><b>z</b><!-- c -->"
    );
}

#[test]
fn public_url_is_checked_and_ends_with_a_slash() {
    let ok = PublicUrl::parse("https://news.example/maps/range").unwrap();
    assert_eq!(ok.as_str(), "https://news.example/maps/range/");
    assert_eq!(ok.page(Lang::Ja), "https://news.example/maps/range/ja.html");
    assert_eq!(ok.page(Lang::En), "https://news.example/maps/range/");
    assert_eq!(
        PublicUrl::parse("http://127.0.0.1:8080/").unwrap().as_str(),
        "http://127.0.0.1:8080/"
    );
    for bad in [
        "news.example/maps/",
        "ftp://news.example/",
        "https:///maps/",
        "https://news.example/?a=1",
        "https://news.example/#x",
        "https://news.example/a b/",
        "https://news.example/\"/",
    ] {
        let err = PublicUrl::parse(bad).unwrap_err().to_string();
        assert!(err.starts_with(&format!("PUBLIC_URL=“{bad}”: ")), "{err}");
    }
}

#[test]
fn with_a_public_url_the_head_names_every_address_absolutely_and_the_card_in_its_language() {
    let public = PublicUrl::parse("https://news.example/maps/range/").unwrap();
    let html = published_page(TEMPLATE, Lang::Ja, Some(&public)).unwrap();
    let base = public.as_str();
    for link in [
        format!("<link rel=\"canonical\" href=\"{base}ja.html\" />"),
        format!("<link rel=\"alternate\" hreflang=\"en\" href=\"{base}\" />"),
        format!("<link rel=\"alternate\" hreflang=\"ja\" href=\"{base}ja.html\" />"),
        format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}\" />"),
        format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" title=\"{}\" \
             href=\"{base}oembed-ja.json\" />",
            Lang::Ja.text().title
        ),
    ] {
        assert!(html.contains(&link), "{link}");
    }
    assert_eq!(meta_content(&html, "og:title"), Some(Lang::Ja.text().title));
    assert_eq!(
        meta_content(&html, "og:description"),
        Some(Lang::Ja.still_text().description)
    );
    assert_eq!(meta_content(&html, "og:locale"), Some("ja_JP"));
    assert_eq!(
        meta_content(&html, "og:url"),
        Some(&*format!("{base}ja.html"))
    );
    assert_eq!(
        meta_content(&html, "og:image"),
        Some(&*format!("{base}{}", social_card_path(Lang::Ja)))
    );
    assert_eq!(meta_content(&html, "og:image:width"), Some("1200"));
    assert_eq!(meta_content(&html, "og:image:height"), Some("630"));
    assert_eq!(
        meta_content(&html, "twitter:card"),
        Some("summary_large_image")
    );
    // The head is written before the icon link, inside <head>.
    assert!(html.find("og:title").unwrap() < html.find("</head>").unwrap());

    // Without it: relative links to the other language, the card, nothing absolute.
    let html = published_page(TEMPLATE, Lang::En, None).unwrap();
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"ja.html\" />"));
    assert!(!html.contains("rel=\"canonical\""));
    assert!(!html.contains("json+oembed"));
    assert!(!html.contains("og:url"));
    assert_eq!(
        meta_content(&html, "og:image"),
        Some("static/social-en.png")
    );
    assert_eq!(meta_content(&html, "og:locale"), Some("en_US"));
}

#[test]
fn the_oembed_response_embeds_the_default_view_with_the_dialogs_snippet() {
    use range_claims::snippet::{embed_snippet, EmbedHost};
    let public = PublicUrl::parse("https://news.example/maps/range/").unwrap();
    for lang in Lang::ALL {
        let json: serde_json::Value =
            serde_json::from_str(&oembed_json(lang, &public).unwrap()).unwrap();
        let data = DataSet::load_embedded().unwrap();
        let mut url = UrlState::default_for(&data);
        url.embed = true;
        url.lang = Some(lang);
        let query = range_claims::url_state::to_query(&url, &data);
        let snippet = embed_snippet(EmbedHost::Ours, &public.page(lang), &query, lang);
        assert_eq!(json["html"], snippet.as_str());
        assert!(snippet.contains(&format!("src=\"{}?", public.page(lang))));
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["title"], lang.text().title);
        assert_eq!(
            json["thumbnail_url"],
            public.join(&social_card_path(lang)).as_str()
        );
        assert!(json["width"].as_u64().unwrap() > 0 && json["height"].as_u64().unwrap() > 0);
    }
    assert_eq!(oembed_path(Lang::En), "oembed.json");
    assert_eq!(oembed_path(Lang::Ja), "oembed-ja.json");
}
