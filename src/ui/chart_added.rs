//! The range chart's rows for an embedding page's own claims. The build draws the chart for
//! the map's sources before any page adds a claim, so the page draws these rows itself, under
//! the drawing, on its axis: the same layout ([`crate::chart_marks`]) puts each mark where the
//! build puts a shipped claim's, so the rows read against the drawing's ticks. Each row is in
//! the added ink and pattern and marked as the page's own.

use super::use_text;
use crate::chart_layout::{chart_file_parts, ROW_HEIGHT_PX};
use crate::chart_marks::{claim_marks, ChartAxis, Mark, ARROW_PX, LEFT_PX, WHISKER_PX};
use crate::i18n::Lang;
use crate::model::{group_thousands, Unit};
use crate::rings::palette_class;
use crate::state::MapState;
use leptos::prelude::*;

/// Room under the rows for the tick labels, px.
const TICKS_HEIGHT_PX: u32 = 24;
/// The rows' label font size, CSS px.
const LABEL_FONT_PX: f64 = 13.0;

/// One added claim's row, ready to draw.
#[derive(Debug, Clone, PartialEq)]
struct AddedRow {
    /// Its source's id (`added-N`).
    source: String,
    /// Its colour and pattern class (`added aN`).
    palette: String,
    /// "Outlet · missile · added by this page".
    label: String,
    /// Its marks on the axis.
    marks: Vec<Mark>,
    /// The qualifier's id, as the drawn rows carry it.
    qualifier: &'static str,
}

/// The rows of every added claim on the axis of the drawing shown (`shown_file`, else the
/// drawing `wanted`), or nothing when the page added none.
#[component]
pub fn AddedChartRows(
    /// The chart file on screen, whose axis the rows follow.
    shown_file: Signal<Option<String>>,
    /// The unit and width of the drawing the chart wants, until one is shown.
    wanted: Signal<(Unit, u32)>,
) -> impl IntoView {
    let state = expect_context::<MapState>();
    if !state.data.with_value(|d| d.claims.has_added()) {
        return ().into_any();
    }
    let t = use_text();
    let lang = state.lang_untracked();
    let axis_of = move || {
        let (unit, width_px) = shown_file
            .get()
            .and_then(|f| chart_file_parts(&f))
            .unwrap_or_else(|| wanted.get());
        let axis = state
            .data
            .with_value(|d| ChartAxis::for_claims(&d.claims, unit, width_px));
        (unit, axis)
    };
    let layout = Memo::new(move |_| {
        let (unit, axis) = axis_of();
        (axis, rows(state, unit, &axis, lang))
    });
    view! {
        <div class="chart-added" data-testid="chart-added">
            <p class="added-mark">{t.added_by_page}</p>
            {move || layout.with(|(axis, rows)| draw(axis, rows, lang))}
        </div>
    }
    .into_any()
}

/// Every added claim's row, in the data's order.
fn rows(state: MapState, unit: Unit, axis: &ChartAxis, lang: Lang) -> Vec<AddedRow> {
    let t = lang.text();
    state.data.with_value(|d| {
        let shipped = d.claims.shipped_count();
        d.claims
            .sources
            .iter()
            .enumerate()
            .filter(|(_, s)| s.added)
            .flat_map(|(i, s)| {
                d.claims.ranges_of(&s.id).map(move |c| AddedRow {
                    source: s.id.clone(),
                    palette: palette_class(i, true, shipped),
                    label: format!(
                        "{} · {} · {}",
                        s.outlet_in(lang),
                        lang.system_label(c),
                        t.added_short
                    ),
                    marks: claim_marks(axis, c, unit, lang),
                    qualifier: c.qualifier.id(),
                })
            })
            .collect()
    })
}

/// The rows as one SVG as wide as the drawing, with the axis's grid and tick labels.
fn draw(axis: &ChartAxis, rows: &[AddedRow], lang: Lang) -> impl IntoView + use<> {
    let rows_px = rows.len() as u32 * ROW_HEIGHT_PX;
    let height_px = rows_px + TICKS_HEIGHT_PX;
    let ticks = (axis.axis_max / axis.tick_step).round() as u32;
    let grid = (0..=ticks)
        .map(|n| {
            let value = f64::from(n) * axis.tick_step;
            let x = axis.x_px(value);
            view! {
                <line class="grid" x1=x x2=x y1=0 y2=rows_px />
                <text class="tick" x=x y=rows_px + 15 text-anchor="middle">{group_thousands(value)}</text>
            }
        })
        .collect_view();
    let summary = rows
        .iter()
        .map(|r| {
            let figure = r.marks.iter().find_map(|m| match m {
                Mark::Figure { text, .. } => Some(text.as_str()),
                _ => None,
            });
            format!("{}: {}", r.label, figure.unwrap_or(""))
        })
        .collect::<Vec<_>>()
        .join(if lang == Lang::Ja { "、" } else { "; " });
    let drawn = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let top = i as u32 * ROW_HEIGHT_PX;
            let y = top as i32 + 34;
            let marks = r.marks.iter().map(|m| mark(m, y)).collect_view();
            view! {
                <g class=format!("row {}", r.palette) data-source=r.source.clone()
                    data-added="true" data-qualifier=r.qualifier>
                    <text class="row-label" x=LEFT_PX y=top + 14 font-size=LABEL_FONT_PX
                        dominant-baseline="central">{r.label.clone()}</text>
                    {marks}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg viewBox=format!("0 0 {} {height_px}", axis.width_px) width="100%" role="img"
            aria-label=summary>
            {grid}
            {drawn}
        </svg>
    }
}

/// One mark as SVG, on the row's centre line `y`.
fn mark(mark: &Mark, y: i32) -> AnyView {
    match *mark {
        Mark::Dot { x_px, filled } => view! {
            <circle class=if filled { "dot" } else { "dot hollow" } data-mark="dot" cx=x_px cy=y r=6 />
        }
        .into_any(),
        Mark::Whisker { x_px } => {
            let (l, r) = (x_px - WHISKER_PX, x_px + WHISKER_PX);
            let d = format!(
                "M{l} {y}H{r}M{l} {}V{}M{r} {}V{}",
                y - 5,
                y + 5,
                y - 5,
                y + 5
            );
            view! { <path class="line" data-mark="whisker" d=d /> }.into_any()
        }
        Mark::Band { lo_px, hi_px } => view! {
            <rect class="band" data-mark="band" x=lo_px y=y - 7 width=hi_px - lo_px height=14 />
        }
        .into_any(),
        Mark::Arrow { x_px } => {
            let tip = x_px + ARROW_PX;
            let d = format!("M{} {y}H{}", x_px + 6, tip - 6);
            let head = format!(
                "M{tip} {y}L{} {}L{} {}Z",
                tip - 10,
                y - 6,
                tip - 10,
                y + 6
            );
            view! {
                <g data-mark="arrow">
                    <path class="line thick" d=d />
                    <path class="head" d=head />
                </g>
            }
            .into_any()
        }
        Mark::Bar { x_px } => {
            let d = format!("M{x_px} {}V{}", y - 11, y + 11);
            view! { <path class="line thick" data-mark="bar" d=d /> }.into_any()
        }
        Mark::Figure {
            x_px,
            end_anchored,
            ref text,
        } => view! {
            <text class="figure" data-mark="figure" x=x_px y=y dominant-baseline="central"
                text-anchor=if end_anchored { "end" } else { "start" }>{text.clone()}</text>
        }
        .into_any(),
    }
}
