//! The range chart: one labelled row per range claim on one distance axis, a band for the
//! from–to figure, an arrow for each open-ended figure, and axis text in the chosen unit.

use range_claims::chart::{drawn_charts, range_chart_svg};
use range_claims::chart_layout::{chart_file, chart_height_px, DRAWN_WIDTHS_PX};
use range_claims::i18n::Lang;
use range_claims::model::{Claims, DataSet, Qualifier, Unit};

fn claims() -> Claims {
    DataSet::load_embedded().expect("data loads").claims
}

fn svg(unit: Unit) -> String {
    let c = claims();
    let svg = range_chart_svg(&c, unit, Lang::En, 720, chart_height_px(&c));
    // Kept for a person to look at (target/ is not committed).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/screenshots");
    std::fs::create_dir_all(dir).ok();
    std::fs::write(format!("{dir}/chart-{}.svg", unit.symbol()), &svg).ok();
    svg
}

/// The `<g>` of one claim's row (up to the next row), or the rest of the SVG.
fn row_group<'a>(svg: &'a str, claim_id: &str) -> &'a str {
    let start = svg
        .find(&format!("data-claim=\"{claim_id}\""))
        .unwrap_or_else(|| panic!("no row for {claim_id}"));
    let rest = &svg[start..];
    let end = rest[1..].find("data-claim=").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

/// Tags open and close in balance: a cheap check that the document is well formed.
fn assert_balanced(svg: &str) {
    let mut stack: Vec<&str> = Vec::new();
    for tag in svg.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap();
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap();
        if tag.starts_with('/') {
            assert_eq!(stack.pop(), Some(name), "</{name}> closes the wrong tag");
        } else if !tag.ends_with('/') {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed tags: {stack:?}");
}

#[test]
fn the_svg_is_one_scalable_accessible_document() {
    let s = svg(Unit::Km);
    assert!(s.starts_with("<svg "), "{}", &s[..40]);
    assert!(s.trim_end().ends_with("</svg>"));
    assert_eq!(
        s.matches("<svg").count(),
        1,
        "layers are merged into one document"
    );
    assert_balanced(&s);
    assert!(s.contains(r#"role="img""#));
    assert!(s.contains(r#"width="100%""#));
    assert!(s.contains(&format!(
        r#"viewBox="0 0 720 {}""#,
        chart_height_px(&claims())
    )));
    let title = &s[s.find("<title>").unwrap()..s.find("</title>").unwrap()];
    assert!(
        title.contains("900 mi") && title.contains("in km"),
        "{title}"
    );
    assert!(s.contains(r#"aria-label="Range figures by source"#));
}

#[test]
fn every_range_claim_has_a_row_labelled_by_source_system_and_figure() {
    let c = claims();
    let s = svg(Unit::Km);
    for claim in &c.range_claims {
        let row = row_group(&s, &claim.id);
        let figure = claim.printed_label();
        assert_eq!(
            row.matches(&format!(">\n{figure}\n<")).count(),
            1,
            "{}: one label {figure:?}",
            claim.id
        );
    }
    assert_eq!(s.matches("data-claim=").count(), c.range_claims.len());
    assert!(s.contains("The Washington Times · Tomahawk Block IV"));
    assert!(s.contains("Kyodo News · Tomahawk Block IV and V"));
    // The source without a range figure has a row that says so, and no marks.
    assert!(s.contains("Report relaying Fox News: no range figure"));
}

#[test]
fn a_band_for_the_from_to_figure_and_an_arrow_for_each_open_ended_one() {
    let c = claims();
    let s = svg(Unit::Km);
    for claim in &c.range_claims {
        let row = row_group(&s, &claim.id);
        let has = |mark: &str| row.contains(&format!(r#"data-mark="{mark}""#));
        assert_eq!(
            has("band"),
            claim.qualifier == Qualifier::FromTo,
            "{}",
            claim.id
        );
        assert_eq!(has("arrow"), claim.qualifier.open_ended(), "{}", claim.id);
        assert_eq!(
            has("whisker"),
            claim.qualifier == Qualifier::About,
            "{}",
            claim.id
        );
        let capped = matches!(claim.qualifier, Qualifier::UpTo | Qualifier::Maximum);
        assert_eq!(has("bar"), capped, "{}", claim.id);
    }
    let band = row_group(&s, "wt-type12-current");
    let band = &band[band.find(r#"data-mark="band""#).unwrap()..];
    assert!(band.contains("<rect"), "the band is a filled rectangle");
    for id in ["wt-tomahawk-block-v", "wp-tomahawk"] {
        let arrow = row_group(&s, id);
        let arrow = &arrow[arrow.find(r#"data-mark="arrow""#).unwrap()..];
        assert!(arrow.contains("<polygon"), "{id}: the arrowhead");
    }
}

#[test]
fn the_axis_speaks_the_chosen_unit_in_thousands() {
    let km = svg(Unit::Km);
    let mi = svg(Unit::Mi);
    let axis = |s: &str| s[s.find(r#"class="axis""#).unwrap()..s.find("</g>").unwrap()].to_owned();
    let (km_axis, mi_axis) = (axis(&km), axis(&mi));
    assert!(km_axis.contains("Distance in kilometres (km)"), "{km_axis}");
    assert!(mi_axis.contains("Distance in miles (mi)"), "{mi_axis}");
    assert_ne!(km_axis, mi_axis);
    // 2,500 km is the largest figure: the km axis runs to 3,000 in steps of 500.
    for tick in ["0", "500", "1,000", "2,500", "3,000"] {
        assert!(km_axis.contains(&format!(">\n{tick}\n<")), "km tick {tick}");
    }
    assert!(!km_axis.contains(">\n3,500\n<"));
    // In miles 2,500 km is 1,553 mi: the axis runs to 2,000.
    assert!(mi_axis.contains(">\n2,000\n<"), "{mi_axis}");
    // The figures stay as printed whatever the axis unit.
    assert!(mi.contains(">\nabout 1,600 km\n<"));
}

#[test]
fn each_source_has_its_colour_and_marker_shape() {
    let s = svg(Unit::Km);
    // Kyodo (s0) is drawn in #0072B2; the Washington Times (s2) in #C23B00.
    assert!(row_group(&s, "kyodo-tomahawk").contains("#0072B2"));
    assert!(row_group(&s, "wt-tomahawk-block-iv").contains("#C23B00"));
    assert!(s.contains(r#"class="row s0" data-claim="kyodo-tomahawk""#));
    // Kyodo's marker is a circle; the Washington Times' a triangle (a polygon).
    assert!(row_group(&s, "kyodo-tomahawk").contains("<circle"));
    let wt = row_group(&s, "wt-tomahawk-block-iv");
    assert!(wt.contains("<polygon") && !wt.contains("<circle"));
}

#[test]
fn a_phone_wide_chart_has_fewer_ticks_and_smaller_labels() {
    let c = claims();
    let narrow = range_chart_svg(&c, Unit::Km, Lang::En, 300, chart_height_px(&c));
    let wide = svg(Unit::Km);
    let axis = &narrow[narrow.find(r#"class="axis""#).unwrap()..narrow.find("</g>").unwrap()];
    // Ticks every 1,000 km rather than every 500, so "2,500" and "3,000" cannot collide.
    assert!(
        axis.contains(">\n1,000\n<") && !axis.contains(">\n500\n<"),
        "{axis}"
    );
    let font = |s: &str| {
        let label = &s[s.find(r#"class="row-label""#).unwrap()..];
        let size = &label[label.find("font-size=\"").unwrap() + 11..];
        size[..size.find('"').unwrap()].parse::<f64>().unwrap()
    };
    assert!(font(&narrow) < font(&wide), "row labels shrink to fit");
    assert!(font(&narrow) >= 10.5);
}

#[test]
fn the_build_draws_every_language_and_unit_at_every_width_the_page_may_show() {
    let c = claims();
    let drawn: Vec<(String, String)> = drawn_charts(&c).collect();
    assert_eq!(
        drawn.len(),
        Lang::ALL.len() * Unit::ALL.len() * DRAWN_WIDTHS_PX.len()
    );
    let find = |lang, unit, width| {
        let path = chart_file(lang, unit, width);
        &drawn
            .iter()
            .find(|(p, _)| *p == path)
            .unwrap_or_else(|| panic!("no {path}"))
            .1
    };
    // Each is laid out for its own width, and speaks its own language and unit.
    let phone_mi = find(Lang::En, Unit::Mi, 300);
    assert!(phone_mi.contains(&format!("viewBox=\"0 0 300 {}\"", chart_height_px(&c))));
    assert!(phone_mi.contains("Distance in miles (mi)"), "{phone_mi}");
    let wide_ja = find(Lang::Ja, Unit::Nmi, 1140);
    assert!(wide_ja.contains("viewBox=\"0 0 1140 "));
    assert!(
        wide_ja.contains("海里"),
        "the Japanese chart's axis is in nautical miles"
    );
    for (path, svg) in &drawn {
        assert_balanced(svg);
        assert!(svg.starts_with("<svg "), "{path}");
    }
}

/// A newsroom's claim, as the editor's form takes it.
fn added(outlet: &str, figure: &str) -> range_claims::added::AddedClaim {
    range_claims::added::AddedClaim {
        outlet: outlet.into(),
        author: String::new(),
        date: "2026-11".into(),
        link: String::new(),
        system: "tomahawk/block-v".into(),
        other_system: String::new(),
        figure: figure.into(),
        quote: format!("Officials said the missile can fly {figure}."),
    }
}

/// The value of `attr="…"` in the first element of `svg` carrying `marker`.
fn attr_after<'a>(svg: &'a str, marker: &str, attr: &str) -> &'a str {
    let at = svg.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let start = at + svg[at..].find(&format!(" {attr}=\"")).unwrap() + attr.len() + 3;
    &svg[start..start + svg[start..].find('"').unwrap()]
}

#[test]
fn an_embedding_pages_own_claims_get_rows_on_the_drawings_axis() {
    use range_claims::chart_added::added_rows_svg;
    let today = (2026, 12, 7);
    let shipped = DataSet::load_embedded().expect("data loads");
    assert_eq!(
        added_rows_svg(&shipped.claims, Unit::Km, 1140, Lang::En),
        None
    );
    let data = shipped.clone().with_added(
        &[
            added("Smith & Sons", "about 2,000 km"),
            added("Far Post", "about 4,000 km"),
        ],
        today,
    );
    let svg = added_rows_svg(&data.claims, Unit::Km, 1140, Lang::En).expect("two rows");
    assert_balanced(&svg);
    assert!(svg.starts_with(r#"<svg viewBox="0 0 1140 120""#), "{svg}");
    // The outlet is text as typed, escaped, and each row says it is the page's own.
    assert!(svg.contains("Smith &amp; Sons · Tomahawk Block V · added by this page"));
    assert!(!svg.contains("Smith & Sons"));
    // The drawing at 1,140 px in km (its largest shipped figure 2,500 km) ends at 3,000 km:
    // 2,000 km is 14 + 2,000 / 3,000 × (1,140 − 14 − 22) = 750 px, the drawing's own tick.
    assert!(svg.contains(r#"<g class="row added a0" data-source="added-1" data-added="true""#));
    assert!(svg.contains(r#"<g class="row added a1" data-source="added-2" data-added="true""#));
    let row = &svg[svg.find(r#"data-source="added-1""#).unwrap()..];
    assert_eq!(attr_after(row, r#"data-mark="dot""#, "cx"), "750");
    assert!(row.contains(r#"<circle class="dot hollow" data-mark="dot" cx="750""#));
    let drawing = range_chart_svg(&shipped.claims, Unit::Km, Lang::En, 1140, 500);
    assert!(
        drawing.contains(r#"x="750""#),
        "the drawing has its 2,000 tick at 750 px"
    );
    // 4,000 km is past the axis: drawn at its end (1,140 − 22 − 34 px) with an arrow on, the
    // figure as printed left of it.
    let far = &svg[svg.find(r#"data-source="added-2""#).unwrap()..];
    assert_eq!(attr_after(far, r#"data-mark="dot""#, "cx"), "1084");
    assert!(far.contains(r#"data-mark="arrow""#));
    assert_eq!(
        attr_after(far, r#"data-mark="figure""#, "text-anchor"),
        "end"
    );
    assert!(far.contains(">about 4,000 km</text>"));
    // In Japanese, and in miles: the axis follows the drawing's unit.
    let ja = added_rows_svg(&data.claims, Unit::Mi, 1140, Lang::Ja).expect("rows");
    assert!(ja.contains(">約2,000キロ</text>"));
    assert!(ja.contains("· このページが追加</text>"));
    // On a phone's 300 px drawing a long label shrinks, and past the smallest size is
    // squeezed to the drawing's width, never cut off: 300 − 14 − 4 = 282 px.
    let phone = added_rows_svg(&data.claims, Unit::Km, 300, Lang::Ja).expect("rows");
    assert!(
        phone.contains(r#"font-size="10.0" textLength="282" lengthAdjust="spacingAndGlyphs""#),
        "{phone}"
    );
    assert!(
        svg.contains(r#"font-size="13.0">Smith &amp; Sons"#),
        "{svg}"
    );
}
