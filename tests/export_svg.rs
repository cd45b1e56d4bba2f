//! The exported SVG's frame: title, legend, sources and credit around the map, escaped.

use range_claims::export_svg::{
    compose_export_svg, export_height_px, xml_escape, ExportFrame, LegendLine,
};

fn frame() -> ExportFrame {
    ExportFrame {
        title: "How far can Japan's new missiles reach?".into(),
        subtitle: "Range rings from Sasebo".into(),
        legend: vec![
            LegendLine {
                source_index: 2,
                text: "900 mi ≈ 1,448 km · Tomahawk Block IV".into(),
            },
            LegendLine {
                source_index: 6,
                text: "A <b>bold</b> & \"quoted\" claim".into(),
            },
        ],
        sources: "Sources: ".to_owned() + &"An outlet (Jan 2024); ".repeat(12),
        credit: "Base map: Natural Earth".into(),
    }
}

#[test]
fn the_frame_holds_title_legend_sources_and_credit_around_the_map() {
    let map = "<svg class=\"map\" width=\"800\" height=\"500\"><path data-ring=\"\" d=\"M0 0L1 1\"/></svg>";
    let svg = compose_export_svg(
        map,
        "svg.map path { vector-effect: non-scaling-stroke; }",
        800.0,
        500.0,
        &frame(),
    );
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\""));
    assert!(svg.ends_with("</svg>"));
    assert!(svg.contains("<title>How far can Japan&apos;s new missiles reach?</title>"));
    assert!(svg.contains(map), "the map goes in as drawn");
    assert!(svg.contains("<g class=\"s2\"><line"));
    // Source index 6 wraps to the fifth style.
    assert!(svg.contains("<g class=\"s1\"><line"));
    assert!(svg.contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim"));
    assert!(!svg.contains("<b>"));
    // The long sources line wraps onto several lines, all kept.
    let source_lines = svg.matches("class=\"export-sources\"").count();
    assert!(source_lines >= 2, "{source_lines} lines");
    let joined: Vec<&str> = svg
        .split("class=\"export-sources\"")
        .skip(1)
        .map(|rest| rest.split('>').nth(1).unwrap().trim_end_matches("</text"))
        .collect();
    assert_eq!(
        joined.join(" ").matches("An outlet (Jan 2024);").count(),
        12
    );
    assert!(svg.contains(">Base map: Natural Earth</text>"));
    // The height fits everything: header, map, legend and footer lines.
    let h = export_height_px(800.0, 500.0, &frame());
    assert!(svg.contains(&format!("height=\"{h:.0}\"")));
    assert!(h >= 64.0 + 500.0 + 20.0 * (2 + source_lines + 1) as f64);
}

#[test]
fn text_is_escaped_for_xml_and_control_characters_dropped() {
    assert_eq!(
        xml_escape("a<b>&\"c'\u{0}\u{7}d\n"),
        "a&lt;b&gt;&amp;&quot;c&apos;d\n"
    );
}
