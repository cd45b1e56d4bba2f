//! The range chart: every range figure on one distance axis, one row per claim, drawn with
//! plotters' SVG backend into a string (pure: no DOM, tested natively). Natively only: the
//! build draws every drawing the page shows ([`drawn_charts`], see [`crate::chart_layout`]).
//!
//! How each qualifier is drawn: a plain figure is a filled marker; "about" a hollow marker
//! with a short whisker either side; "from … to …" a filled band between its two edges;
//! "over" and "-plus" a marker with an arrow pointing right (open-ended); "up to" and
//! "maximum" a marker with a bar across it (a ceiling). Each source has its own colour and its
//! own marker shape, so colour is never the only cue.
//!
//! plotters' SVG backend writes flat elements. Each part of the chart is drawn on its own
//! backend and wrapped in a `<g>` with a class and `data-*` attributes, so the page's CSS can
//! recolour it for the dark theme and tests can find a row's band or arrow.

use crate::chart_layout::{
    chart_file, chart_height_px, AXIS_HEIGHT_PX, DRAWN_WIDTHS_PX, ROW_HEIGHT_PX, TOP_PX,
};
use crate::chart_marks::{
    claim_marks, plot_width_px, ChartAxis, Mark, ARROW_PX, CHAR_EM, FIGURE_FONT_PX, LEFT_PX,
    MARKER_PX, WHISKER_PX,
};
use crate::i18n::Lang;
use crate::model::{group_thousands, Claims, RangeClaim, Unit};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::fmt::Write as _;

/// The Okabe–Ito colours of the five sources, as `--s0`..`--s4` in `public/style.css` (light
/// theme; the page's CSS swaps in the dark theme's through each row's `sN` class).
pub const SOURCE_COLOURS: [RGBColor; 5] = [
    RGBColor(0x00, 0x72, 0xb2),
    RGBColor(0x7a, 0x5c, 0x00),
    RGBColor(0xc2, 0x3b, 0x00),
    RGBColor(0x00, 0x7a, 0x5a),
    RGBColor(0xa6, 0x47, 0x7f),
];

/// Text and axis colours (light theme `--fg`, `--muted`, `--border`).
const TEXT: RGBColor = RGBColor(0x1b, 0x1f, 0x24);
const MUTED: RGBColor = RGBColor(0x56, 0x5d, 0x66);
const GRID: RGBColor = RGBColor(0xd4, 0xd6, 0xd9);

/// Font sizes in CSS pixels; row labels shrink to this minimum to fit a phone.
const LABEL_FONT_PX: f64 = 14.0;
const MIN_LABEL_FONT_PX: f64 = 10.5;
const TICK_FONT_PX: f64 = 12.0;

/// What drawing into a string can report (plotters' SVG backend only fails on file I/O).
pub type ChartError = DrawingAreaErrorKind<std::io::Error>;

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// One row of the chart: a claim, or a source that gives no range figure.
struct Row<'a> {
    source_index: usize,
    label: String,
    claim: Option<&'a RangeClaim>,
}

/// Where things go: the drawing's size, its axis ([`ChartAxis`], shared with the page's rows)
/// and its text.
#[derive(Debug, Clone, Copy)]
struct Frame {
    width_px: u32,
    label_font_px: f64,
    height_px: u32,
    axis: ChartAxis,
    unit: Unit,
    lang: Lang,
}

impl Frame {
    /// The y pixel of the axis line.
    fn axis_y_px(&self) -> i32 {
        (self.height_px - AXIS_HEIGHT_PX) as i32 + 6
    }
}

/// Every drawing of the chart the page may fetch: for each language and unit, at each of
/// [`DRAWN_WIDTHS_PX`], its path from the page ([`chart_file`]) and its SVG. The build writes
/// them beside the page (`src/bin/prerender.rs`).
pub fn drawn_charts(claims: &Claims) -> impl Iterator<Item = (String, String)> + '_ {
    let height_px = chart_height_px(claims);
    Lang::ALL.into_iter().flat_map(move |lang| {
        Unit::ALL.into_iter().flat_map(move |unit| {
            DRAWN_WIDTHS_PX.into_iter().map(move |width_px| {
                (
                    chart_file(lang, unit, width_px),
                    range_chart_svg(claims, unit, lang, width_px, height_px),
                )
            })
        })
    })
}

/// Draws every range claim on one distance axis in `unit`, one row per claim grouped by source
/// in source order, as an SVG document that scales to its container's width.
pub fn range_chart_svg(
    claims: &Claims,
    unit: Unit,
    lang: Lang,
    width_px: u32,
    height_px: u32,
) -> String {
    let rows = rows(claims, lang);
    let longest_label = rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(1);
    let label_font_px = (plot_width_px(width_px) / (longest_label as f64 * CHAR_EM))
        .clamp(MIN_LABEL_FONT_PX, LABEL_FONT_PX);
    let frame = Frame {
        width_px,
        label_font_px,
        height_px,
        axis: ChartAxis::for_claims(claims, unit, width_px),
        unit,
        lang,
    };
    let summary = summary(claims, &rows, unit, lang);
    let body = draw_all(&frame, &rows).unwrap_or_else(|err| {
        // Not expected (no I/O happens), but a chart that fails says so rather than vanishing.
        format!(
            r#"<text x="8" y="20">{}{}</text>"#,
            lang.still_text().chart_failed,
            escape(&err.to_string())
        )
    });
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width_px} {height_px}" width="100%" role="img" aria-label="{label}" font-family="sans-serif"><title>{title}</title>{body}</svg>"#,
        label = escape(&summary),
        title = escape(&summary),
    )
}

/// The rows: each source's range claims in file order, or one "no range figure" row.
fn rows(claims: &Claims, lang: Lang) -> Vec<Row<'_>> {
    let mut out = Vec::new();
    for (i, s) in claims.sources.iter().enumerate() {
        let before = out.len();
        out.extend(claims.ranges_of(&s.id).map(|c| Row {
            source_index: i,
            label: format!("{} · {}", s.outlet_in(lang), lang.system_label(c)),
            claim: Some(c),
        }));
        if out.len() == before {
            out.push(Row {
                source_index: i,
                label: format!("{}{}", s.outlet_in(lang), lang.still_text().chart_no_figure),
                claim: None,
            });
        }
    }
    out
}

/// The chart's text alternative: every figure as printed, by source and system.
fn summary(claims: &Claims, rows: &[Row], unit: Unit, lang: Lang) -> String {
    let (sep, colon, end) = match lang {
        Lang::En => ("; ", ": ", "."),
        Lang::Ja => ("、", "：", "。"),
    };
    let mut s = lang.chart_summary_lead(unit);
    for (i, row) in rows.iter().enumerate() {
        let sep = if i == 0 { "" } else { sep };
        let figure = row
            .claim
            .map(|c| format!("{colon}{}", lang.printed_figure(c)))
            .unwrap_or_default();
        let _ = write!(s, "{sep}{}{figure}", row.label);
    }
    if claims.range_claims.is_empty() {
        s.push_str(lang.still_text().chart_no_figures);
    }
    s.push_str(end);
    s
}

/// Escapes text for an XML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Every layer: grid and axis, then each row's label and marks.
fn draw_all(frame: &Frame, rows: &[Row]) -> Result<String, ChartError> {
    let mut out = layer(frame, r#"class="axis""#, |area| draw_axis(area, frame))?;
    for (i, row) in rows.iter().enumerate() {
        let y_px = (TOP_PX + i as u32 * ROW_HEIGHT_PX) as i32;
        out += &layer(frame, r#"class="row-label""#, |area| {
            area.draw(&Text::new(
                row.label.clone(),
                (LEFT_PX, y_px + 14),
                // A source without a range figure is a quiet line, not a headline.
                match row.claim {
                    Some(_) => text_style(frame.label_font_px, TEXT, HPos::Left, true),
                    None => text_style(frame.label_font_px, MUTED, HPos::Left, false),
                },
            ))
        })?;
        if let Some(claim) = row.claim {
            out += &draw_claim(frame, row.source_index, claim, y_px + 34)?;
        }
    }
    Ok(out)
}

/// Draws `draw` on a fresh SVG backend and returns its elements inside `<g {attrs}>`.
fn layer(
    frame: &Frame,
    attrs: &str,
    draw: impl FnOnce(&Area) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (frame.width_px, frame.height_px))
            .into_drawing_area();
        draw(&area)?;
        area.present()?;
    }
    // Keep what lies between the backend's own <svg …> and </svg>: one document, many layers.
    let start = svg.find('>').map_or(0, |i| i + 1);
    let end = svg.rfind("</svg>").unwrap_or(svg.len());
    Ok(format!("<g {attrs}>{}</g>", &svg[start..end]))
}

/// A text style of `size_px` CSS pixels in `colour`, anchored at `h` and vertically centred.
fn text_style(size_px: f64, colour: RGBColor, h: HPos, bold: bool) -> TextStyle<'static> {
    // plotters' SVG backend writes font-size as size / 1.24: undo that so sizes are CSS px.
    let font = ("sans-serif", size_px * 1.24).into_font();
    let font = if bold {
        font.style(FontStyle::Bold)
    } else {
        font
    };
    font.color(&colour).pos(Pos::new(h, VPos::Center))
}

/// Vertical grid lines, the axis line, tick labels grouped in thousands, and the unit.
fn draw_axis(area: &Area, frame: &Frame) -> Result<(), ChartError> {
    let axis_y = frame.axis_y_px();
    let axis = frame.axis;
    let ticks = (axis.axis_max / axis.tick_step).round() as i32;
    for t in 0..=ticks {
        let value = f64::from(t) * axis.tick_step;
        let x = axis.x_px(value);
        area.draw(&PathElement::new(
            vec![(x, TOP_PX as i32), (x, axis_y)],
            GRID.stroke_width(1),
        ))?;
        area.draw(&PathElement::new(
            vec![(x, axis_y), (x, axis_y + 5)],
            MUTED.stroke_width(1),
        ))?;
        // RIGHT_PX leaves room for half of the last label, centred on its tick.
        area.draw(&Text::new(
            group_thousands(value),
            (x, axis_y + 15),
            text_style(TICK_FONT_PX, MUTED, HPos::Center, false),
        ))?;
    }
    area.draw(&PathElement::new(
        vec![(LEFT_PX, axis_y), (axis.right_px(), axis_y)],
        MUTED.stroke_width(1),
    ))?;
    area.draw(&Text::new(
        frame.lang.chart_axis(frame.unit),
        (axis.x_px(axis.axis_max / 2.0), axis_y + 36),
        text_style(TICK_FONT_PX, MUTED, HPos::Center, false),
    ))
}

/// One claim's marks and its figure label, in its source's colour and marker shape.
fn draw_claim(
    frame: &Frame,
    source_index: usize,
    claim: &RangeClaim,
    y_px: i32,
) -> Result<String, ChartError> {
    let colour = SOURCE_COLOURS[source_index % 5];
    let shape = MarkerShape::for_source(source_index);
    let attrs = format!(
        r#"class="row s{}" data-claim="{}" data-source="{}" data-qualifier="{}""#,
        source_index % 5,
        escape(&claim.id),
        escape(&claim.source),
        claim.qualifier.id()
    );
    let mut parts = String::new();
    let marks = claim_marks(&frame.axis, claim, frame.unit, frame.lang);
    // Consecutive marks of one kind share a layer (a band's two dots are one `data-mark`).
    for run in marks.chunk_by(|a, b| a.name() == b.name()) {
        let attrs = format!(r#"class="mark" data-mark="{}""#, run[0].name());
        parts += &layer(frame, &attrs, |a| {
            run.iter()
                .try_for_each(|mark| draw_mark(a, mark, shape, colour, y_px))
        })?;
    }
    Ok(format!("<g {attrs}>{parts}</g>"))
}

/// Draws one mark of a claim's row (laid out by [`claim_marks`]) on the row's centre line
/// `y_px`, in its source's marker `shape` and `colour`.
fn draw_mark(
    area: &Area,
    mark: &Mark,
    shape: MarkerShape,
    colour: RGBColor,
    y_px: i32,
) -> Result<(), ChartError> {
    match *mark {
        Mark::Dot { x_px, filled } => shape.draw(area, (x_px, y_px), colour, filled),
        Mark::Whisker { x_px } => draw_whisker(area, (x_px, y_px), colour),
        Mark::Band { lo_px, hi_px } => {
            area.draw(&Rectangle::new(
                [(lo_px, y_px - 7), (hi_px, y_px + 7)],
                colour.mix(0.3).filled(),
            ))?;
            area.draw(&Rectangle::new(
                [(lo_px, y_px - 7), (hi_px, y_px + 7)],
                colour.stroke_width(2),
            ))
        }
        Mark::Arrow { x_px } => draw_arrow(area, (x_px, y_px), colour),
        Mark::Bar { x_px } => area.draw(&PathElement::new(
            vec![(x_px, y_px - 11), (x_px, y_px + 11)],
            colour.stroke_width(3),
        )),
        Mark::Figure {
            x_px,
            end_anchored,
            ref text,
        } => {
            let h = if end_anchored {
                HPos::Right
            } else {
                HPos::Left
            };
            area.draw(&Text::new(
                text.clone(),
                (x_px, y_px),
                text_style(FIGURE_FONT_PX, colour, h, true),
            ))
        }
    }
}

/// A right-pointing arrow from a mark: the figure is a lower bound.
fn draw_arrow(area: &Area, (x, y): (i32, i32), colour: RGBColor) -> Result<(), ChartError> {
    let tip = x + ARROW_PX;
    area.draw(&PathElement::new(
        vec![(x + MARKER_PX, y), (tip - 6, y)],
        colour.stroke_width(3),
    ))?;
    area.draw(&Polygon::new(
        vec![(tip, y), (tip - 10, y - 6), (tip - 10, y + 6)],
        colour.filled(),
    ))
}

/// A short whisker with end caps either side of a mark: the figure is approximate.
fn draw_whisker(area: &Area, (x, y): (i32, i32), colour: RGBColor) -> Result<(), ChartError> {
    let style = colour.stroke_width(2);
    let (l, r) = (x - WHISKER_PX, x + WHISKER_PX);
    area.draw(&PathElement::new(vec![(l, y), (r, y)], style))?;
    area.draw(&PathElement::new(vec![(l, y - 5), (l, y + 5)], style))?;
    area.draw(&PathElement::new(vec![(r, y - 5), (r, y + 5)], style))
}

/// Each source's marker shape, so sources differ by shape as well as colour.
#[derive(Debug, Clone, Copy)]
enum MarkerShape {
    Circle,
    Square,
    Triangle,
    Diamond,
    TriangleDown,
}

impl MarkerShape {
    /// The shape for the source at `index` in source order.
    fn for_source(index: usize) -> Self {
        [
            Self::Circle,
            Self::Square,
            Self::Triangle,
            Self::Diamond,
            Self::TriangleDown,
        ][index % 5]
    }

    /// Draws the marker centred on `centre`, filled or as an outline (an "about" figure).
    fn draw(
        self,
        area: &Area,
        centre: (i32, i32),
        colour: RGBColor,
        filled: bool,
    ) -> Result<(), ChartError> {
        let style = if filled {
            colour.filled()
        } else {
            colour.stroke_width(2)
        };
        let (x, y) = centre;
        let r = MARKER_PX;
        let points = match self {
            Self::Circle => return area.draw(&Circle::new(centre, r, style)),
            Self::Square => vec![
                (x - r + 1, y - r + 1),
                (x + r - 1, y - r + 1),
                (x + r - 1, y + r - 1),
                (x - r + 1, y + r - 1),
            ],
            Self::Triangle => vec![(x, y - r - 1), (x + r + 1, y + r), (x - r - 1, y + r)],
            Self::Diamond => vec![
                (x, y - r - 1),
                (x + r + 1, y),
                (x, y + r + 1),
                (x - r - 1, y),
            ],
            Self::TriangleDown => vec![(x, y + r + 1), (x + r + 1, y - r), (x - r - 1, y - r)],
        };
        if filled {
            area.draw(&Polygon::new(points, style))
        } else {
            // An outline: close the path back to its first point.
            let mut closed = points.clone();
            closed.push(points[0]);
            area.draw(&PathElement::new(closed, style))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart_layout::row_count;
    use crate::model::DataSet;

    #[test]
    fn the_page_reserves_the_drawn_height() {
        let data = DataSet::load_embedded().expect("data");
        for lang in Lang::ALL {
            assert_eq!(
                rows(&data.claims, lang).len() as u32,
                row_count(&data.claims)
            );
        }
    }
}
