//! The range chart's rows for an embedding page's own claims, as SVG markup. The build draws
//! the chart for the map's sources before any page adds a claim, so the page draws these rows
//! under that drawing, on its axis: the same layout ([`crate::chart_marks`]) puts each mark
//! where the build puts a shipped claim's, so the rows read against the drawing's ticks. Pure
//! (a string, like the build's drawing), so it is tested natively and costs the page one
//! `inner_html`, not a component per mark.

use crate::chart_layout::ROW_HEIGHT_PX;
use crate::chart_marks::{claim_marks, ChartAxis, Mark, ARROW_PX, LEFT_PX, WHISKER_PX};
use crate::i18n::Lang;
use crate::model::{group_thousands, Claims, Unit};
use crate::picture::svg::xml_escape;
use crate::render::label_width_px;
use crate::rings::palette_class;
use std::fmt::Write as _;

/// Room under the rows for the tick labels, px.
const TICKS_HEIGHT_PX: u32 = 24;
/// The rows' label font size, CSS px, and the smallest it shrinks to on a narrow drawing (a
/// label longer still is squeezed to fit, never cut off).
const LABEL_FONT_PX: f64 = 13.0;
const MIN_LABEL_FONT_PX: f64 = 10.0;

/// The added claims' rows on the axis of the drawing in `unit` at `width_px`, one per claim
/// in the data's order, with the axis's grid and tick labels under them; `None` when the page
/// added no claim. Each row (`g.row.added.aN[data-added][data-source][data-qualifier]`) is
/// labelled "outlet · missile · added by this page" in `lang`; the outlet is text as typed,
/// escaped.
pub fn added_rows_svg(claims: &Claims, unit: Unit, width_px: u32, lang: Lang) -> Option<String> {
    let axis = ChartAxis::for_claims(claims, unit, width_px);
    let shipped = claims.shipped_count();
    let added_short = lang.text().added_short;
    let mut rows = String::new();
    let mut summary = Vec::new();
    let mut count = 0u32;
    for (i, source) in claims.sources.iter().enumerate().filter(|(_, s)| s.added) {
        for claim in claims.ranges_of(&source.id) {
            let top = count * ROW_HEIGHT_PX;
            let y = top as i32 + 34;
            let label = format!(
                "{} · {} · {added_short}",
                source.outlet_in(lang),
                lang.system_label(claim)
            );
            summary.push(format!("{label}: {}", lang.printed_figure(claim)));
            let _ = write!(
                rows,
                r#"<g class="row {}" data-source="{}" data-added="true" data-qualifier="{}"><text class="row-label" x="{LEFT_PX}" y="{}" dominant-baseline="central"{}>{}</text>"#,
                palette_class(i, true, shipped),
                xml_escape(&source.id),
                claim.qualifier.id(),
                top + 14,
                label_fit(&label, width_px),
                xml_escape(&label),
            );
            for mark in claim_marks(&axis, claim, unit, lang) {
                push_mark(&mut rows, &mark, y);
            }
            rows.push_str("</g>");
            count += 1;
        }
    }
    if count == 0 {
        return None;
    }
    let rows_px = count * ROW_HEIGHT_PX;
    let mut grid = String::new();
    let ticks = (axis.axis_max / axis.tick_step).round() as u32;
    for n in 0..=ticks {
        let value = f64::from(n) * axis.tick_step;
        let x = axis.x_px(value);
        let _ = write!(
            grid,
            r#"<line class="grid" x1="{x}" x2="{x}" y1="0" y2="{rows_px}"/><text class="tick" x="{x}" y="{}" text-anchor="middle">{}</text>"#,
            rows_px + 15,
            group_thousands(value)
        );
    }
    let sep = if lang == Lang::Ja { "、" } else { "; " };
    Some(format!(
        r#"<svg viewBox="0 0 {width_px} {}" width="100%" role="img" aria-label="{}">{grid}{rows}</svg>"#,
        rows_px + TICKS_HEIGHT_PX,
        xml_escape(&summary.join(sep)),
    ))
}

/// The label's font size for a drawing `width_px` wide, shrunk to fit the width, and where
/// even the smallest size is too wide, a `textLength` squeezing it to the width: a phone's
/// drawing is 300 px and a Japanese outlet and missile run longer.
fn label_fit(label: &str, width_px: u32) -> String {
    let room_px = f64::from(width_px) - f64::from(LEFT_PX) - 4.0;
    let natural_px = label_width_px(label, LABEL_FONT_PX, true);
    let font_px = (LABEL_FONT_PX * room_px / natural_px).clamp(MIN_LABEL_FONT_PX, LABEL_FONT_PX);
    // Tenths of a pixel, written from integers (no float formatting).
    let tenths = (font_px * 10.0).floor() as u32;
    let mut out = format!(r#" font-size="{}.{}""#, tenths / 10, tenths % 10);
    if label_width_px(label, f64::from(tenths) / 10.0, true) > room_px {
        let _ = write!(
            out,
            r#" textLength="{}" lengthAdjust="spacingAndGlyphs""#,
            room_px.floor() as u32
        );
    }
    out
}

/// One mark as SVG, on the row's centre line `y`.
fn push_mark(out: &mut String, mark: &Mark, y: i32) {
    let _ = match *mark {
        Mark::Dot { x_px, filled } => write!(
            out,
            r#"<circle class="dot{}" data-mark="dot" cx="{x_px}" cy="{y}" r="6"/>"#,
            if filled { "" } else { " hollow" }
        ),
        Mark::Whisker { x_px } => {
            let (l, r) = (x_px - WHISKER_PX, x_px + WHISKER_PX);
            write!(
                out,
                r#"<path class="line" data-mark="whisker" d="M{l} {y}H{r}M{l} {}V{}M{r} {}V{}"/>"#,
                y - 5,
                y + 5,
                y - 5,
                y + 5
            )
        }
        Mark::Band { lo_px, hi_px } => write!(
            out,
            r#"<rect class="band" data-mark="band" x="{lo_px}" y="{}" width="{}" height="14"/>"#,
            y - 7,
            hi_px - lo_px
        ),
        Mark::Arrow { x_px } => {
            let tip = x_px + ARROW_PX;
            write!(
                out,
                r#"<g data-mark="arrow"><path class="line thick" d="M{} {y}H{}"/><path class="head" d="M{tip} {y}L{} {}L{} {}Z"/></g>"#,
                x_px + 6,
                tip - 6,
                tip - 10,
                y - 6,
                tip - 10,
                y + 6
            )
        }
        Mark::Bar { x_px } => write!(
            out,
            r#"<path class="line thick" data-mark="bar" d="M{x_px} {}V{}"/>"#,
            y - 11,
            y + 11
        ),
        Mark::Figure {
            x_px,
            end_anchored,
            ref text,
        } => write!(
            out,
            r#"<text class="figure" data-mark="figure" x="{x_px}" y="{y}" dominant-baseline="central" text-anchor="{}">{}</text>"#,
            if end_anchored { "end" } else { "start" },
            xml_escape(text)
        ),
    };
}
