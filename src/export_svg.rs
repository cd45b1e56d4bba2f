//! The current view as a standalone SVG file a newsroom can download: a title, the map as
//! drawn on screen, a legend line per ring, the sources and a credit line. Pure string
//! building, so its structure is tested natively; the UI supplies the serialized map and the
//! page's stylesheet.

/// One legend line: a ring's line style and what it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendLine {
    /// Position of the ring's source in the source list (picks the `sN` colour and dash).
    pub source_index: usize,
    /// The text: figure as printed, conversion, system, outlet and date.
    pub text: String,
}

/// What goes around the map in the exported file.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportFrame {
    /// The headline at the top.
    pub title: String,
    /// One line under the title: the launch point and the sources shown.
    pub subtitle: String,
    /// One line per shown ring.
    pub legend: Vec<LegendLine>,
    /// "Sources: …", the outlets and dates of the rings' sources.
    pub sources: String,
    /// The credit line for data and method.
    pub credit: String,
}

/// Height of the title block above the map, in px.
const HEADER_PX: f64 = 64.0;
/// Height of one legend or footer line, in px.
const LINE_PX: f64 = 20.0;
/// Margin around the content, in px.
const MARGIN_PX: f64 = 16.0;
/// Longest legend line before it is cut, in characters (keeps lines inside the image width).
const MAX_LINE_CHARS: usize = 140;

/// Escapes text for XML content and attribute values.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow are dropped rather than break the file.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn cut(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(max_chars - 1).collect();
        s.push('…');
        s
    }
}

/// Average width of a footer character, in px (11.5 px sans-serif), for wrapping.
const FOOTER_CHAR_PX: f64 = 6.4;

/// Breaks `text` at spaces into lines that fit `width_px` of footer text.
fn wrap(text: &str, width_px: f64) -> Vec<String> {
    let max_chars = ((width_px - 2.0 * MARGIN_PX) / FOOTER_CHAR_PX).max(20.0) as usize;
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let last = lines.last_mut().expect("lines starts with one");
        if !last.is_empty() && last.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(word.to_owned());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines
}

/// The footer's lines (sources, then credit), wrapped to the image's width.
fn footer_lines(frame: &ExportFrame, width_px: f64) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (class, text) in [
        ("export-sources", &frame.sources),
        ("export-credit", &frame.credit),
    ] {
        out.extend(wrap(text, width_px).into_iter().map(|l| (class, l)));
    }
    out
}

/// Total height of the exported image, in px, for a map `map_height_px` tall.
pub fn export_height_px(width_px: f64, map_height_px: f64, frame: &ExportFrame) -> f64 {
    let lines = frame.legend.len() + footer_lines(frame, width_px).len();
    HEADER_PX + map_height_px + MARGIN_PX + LINE_PX * lines as f64 + MARGIN_PX
}

/// The standalone SVG: `map_svg` (the on-screen map, serialized, already carrying its own
/// `width`/`height`) placed under the title, `css` (the page's stylesheet) embedded so it
/// looks as on screen, forced to the light theme for print.
pub fn compose_export_svg(
    map_svg: &str,
    css: &str,
    width_px: f64,
    map_height_px: f64,
    frame: &ExportFrame,
) -> String {
    let height_px = export_height_px(width_px, map_height_px, frame);
    let mut out = String::new();
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width_px:.0}\" height=\"{height_px:.0}\" \
         viewBox=\"0 0 {width_px:.0} {height_px:.0}\" role=\"img\" aria-label=\"{}\">",
        xml_escape(&frame.title)
    ));
    out.push_str(&format!("<title>{}</title>", xml_escape(&frame.title)));
    // The page's rules, then the export's own: light colours, a white background, legend swatches.
    out.push_str("<style>");
    out.push_str(&xml_escape_css(css));
    out.push_str(EXPORT_CSS);
    // The map keeps its on-screen size (the page's rule sizes it by the window), and is
    // clipped to it (on the page it draws beyond its box, clipped by its frame, so a pan
    // slides in what lies outside).
    out.push_str(&format!(
        "svg.map {{ width: {width_px:.0}px; height: {map_height_px:.0}px; border: 0; overflow: hidden; }}"
    ));
    out.push_str("</style>");
    out.push_str(&format!(
        "<rect class=\"export-bg\" width=\"{width_px:.0}\" height=\"{height_px:.0}\"/>"
    ));
    out.push_str(&format!(
        "<text class=\"export-title\" x=\"{MARGIN_PX}\" y=\"30\">{}</text>",
        xml_escape(&frame.title)
    ));
    out.push_str(&format!(
        "<text class=\"export-subtitle\" x=\"{MARGIN_PX}\" y=\"52\">{}</text>",
        xml_escape(&cut(&frame.subtitle, MAX_LINE_CHARS))
    ));
    out.push_str(&format!("<g transform=\"translate(0 {HEADER_PX})\">"));
    // A nested <svg> paints no CSS background: the sea is a rectangle under it.
    out.push_str(&format!(
        "<rect class=\"export-sea\" width=\"{width_px:.0}\" height=\"{map_height_px:.0}\"/>"
    ));
    out.push_str(map_svg);
    out.push_str("</g>");
    let mut y = HEADER_PX + map_height_px + MARGIN_PX + LINE_PX * 0.7;
    out.push_str("<g class=\"export-legend\">");
    for line in &frame.legend {
        out.push_str(&format!(
            "<g class=\"s{}\"><line x1=\"{MARGIN_PX}\" x2=\"{:.0}\" y1=\"{:.1}\" y2=\"{:.1}\"/>\
             <text x=\"{:.0}\" y=\"{:.1}\">{}</text></g>",
            line.source_index % 5,
            MARGIN_PX + 30.0,
            y - 4.0,
            y - 4.0,
            MARGIN_PX + 40.0,
            y,
            xml_escape(&cut(&line.text, MAX_LINE_CHARS))
        ));
        y += LINE_PX;
    }
    out.push_str("</g>");
    for (class, line) in footer_lines(frame, width_px) {
        out.push_str(&format!(
            "<text class=\"{class}\" x=\"{MARGIN_PX}\" y=\"{y:.1}\">{}</text>",
            xml_escape(&line)
        ));
        y += LINE_PX;
    }
    out.push_str("</svg>");
    out
}

/// CSS inside `<style>` only needs `<` and `&` kept from starting markup.
fn xml_escape_css(css: &str) -> String {
    css.replace('&', "&amp;").replace('<', "&lt;")
}

/// The export's own rules, after the page's: light theme, white page, legend and footer text.
const EXPORT_CSS: &str = "\
svg { color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }\
.export-bg { fill: #ffffff; }\
.export-sea { fill: var(--sea); }\
.export-title { font-size: 20px; font-weight: 700; fill: #1b1f24; }\
.export-subtitle { font-size: 13px; fill: #565d66; }\
.export-legend text { font-size: 12.5px; fill: #1b1f24; }\
.export-legend line { stroke: var(--c); stroke-width: 3; stroke-dasharray: var(--dash); }\
.export-sources, .export-credit { font-size: 11.5px; fill: #565d66; }\
svg.map { background: none; }\
";
