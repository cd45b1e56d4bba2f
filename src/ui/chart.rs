//! The range chart under the map: every range figure on one distance axis, drawn by
//! [`crate::chart`] and inserted as SVG.

use super::use_text;
use crate::chart::{chart_height_px, range_chart_svg};
use crate::model::Unit;
use crate::state::MapState;
use leptos::prelude::*;

/// Narrowest and widest the chart is drawn, in CSS pixels: text is drawn at its true size when
/// the chart is shown at its drawn width, so the width follows the screen within these bounds.
const MIN_WIDTH_PX: u32 = 300;
const MAX_WIDTH_PX: u32 = 1140;
/// Horizontal space around the chart on the page: the column's and the panel's padding.
const PAGE_GUTTER_PX: f64 = 58.0;

/// A figure with the chart of every range claim in `unit`, and a caption saying how to read it.
#[component]
pub fn RangeChart(
    /// The distance unit of the axis (the figures stay as printed).
    #[prop(into)]
    unit: Signal<Unit>,
) -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
    let width_px = drawing_width_px();
    let svg = Memo::new(move |_| {
        let unit = unit.get();
        state.data.with_value(|d| {
            range_chart_svg(&d.claims, unit, lang, width_px, chart_height_px(&d.claims))
        })
    });
    view! {
        <figure class="range-chart" data-testid="range-chart">
            <figcaption>
                <strong>{t.chart_heading}</strong>
                {t.chart_caption}
            </figcaption>
            // The SVG is built from our own data file, never from reader input.
            <div class="chart-scroll" inner_html=move || svg.get()></div>
        </figure>
    }
}

/// The width to draw the chart at: the window's width less the page's gutters, within bounds.
fn drawing_width_px() -> u32 {
    // Prerendered (natively), the chart is drawn at its widest; the page redraws it.
    #[cfg(not(target_arch = "wasm32"))]
    let window_px = f64::from(MAX_WIDTH_PX);
    #[cfg(target_arch = "wasm32")]
    let window_px = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(f64::from(MAX_WIDTH_PX));
    ((window_px - PAGE_GUTTER_PX).max(0.0) as u32).clamp(MIN_WIDTH_PX, MAX_WIDTH_PX)
}
