//! The range chart under the map: every range figure on one distance axis.
//!
//! It depends only on the data, the language, the unit and its width, so the build draws it
//! ([`crate::chart`], natively, with plotters) for every language and unit at each width step
//! ([`crate::chart_layout`]); the page shows the drawing for the reader's unit that fits its
//! column ([`super::drawn`]), following the window's width, and carries no chart code. Until that drawing is here it shows
//! the prerendered one (the default unit, drawn at the widest), or where there is none an
//! empty drawing of the same size; once the page is idle it fetches the other units'.

use super::drawn::{opening, Drawn, DrawnNotice};
use crate::chart_layout::{
    chart_file, chart_file_parts, chart_height_px, drawn_width_px, DRAWN_WIDTHS_PX,
};
use crate::model::Unit;
use crate::state::MapState;
use crate::ui::use_text;
use leptos::prelude::*;

/// Horizontal space around the chart on the page: the column's and the panel's padding, CSS px.
const PAGE_GUTTER_PX: f64 = 58.0;
/// The class of the element holding the drawing (the prerendered view's is copied from it).
const HOLDER_CLASS: &str = "chart-scroll";

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
    let opening_width_px = drawn_width_px(column_width_px());
    // The drawn width follows the window (a phone turned sideways gets its own drawing).
    let width_px = RwSignal::new(opening_width_px);
    #[cfg(target_arch = "wasm32")]
    {
        let resize = window_event_listener(leptos::ev::resize, move |_| {
            let now = drawn_width_px(column_width_px());
            if width_px.get_untracked() != now {
                width_px.set(now);
            }
        });
        on_cleanup(move || resize.remove());
    }
    let height_px = state.data.with_value(|d| chart_height_px(&d.claims));
    let wanted = Memo::new(move |_| chart_file(lang, unit.get(), width_px.get()));
    // The prerendered drawing (the widest, the default unit) whatever this column's width: it
    // shows until the right one is here. The prerender draws it now.
    let prefix = format!("{}/{}-", crate::chart_layout::CHARTS_DIR, lang.id());
    let first = wanted.with_untracked(|file| {
        opening!(
            HOLDER_CLASS,
            file,
            prefix = &prefix,
            state.data.with_value(|d| {
                let unit = unit.get_untracked();
                let width_px = opening_width_px;
                crate::chart::range_chart_svg(&d.claims, unit, lang, width_px, height_px)
            })
        )
    });
    let drawn = Drawn::follow(wanted, first);
    // The other units' drawings too, once the page is idle: a change of unit is then shown at
    // once, even offline.
    drawn.fetch_ahead(
        Unit::ALL
            .map(|u| chart_file(lang, u, opening_width_px))
            .to_vec(),
        expect_context::<crate::ui::PageIdle>().0.into(),
    );
    // Until a drawing is here, an empty one of its size keeps its room, so nothing below moves.
    let empty = format!(
        r#"<svg viewBox="0 0 {opening_width_px} {height_px}" width="100%" aria-hidden="true"></svg>"#
    );
    view! {
        <figure class="range-chart" data-testid="range-chart" aria-busy=drawn.busy()>
            <figcaption>
                <strong>{t.chart_heading}</strong>
                {t.chart_caption}
            </figcaption>
            <DrawnNotice drawn message=t.chart_not_loaded testid="chart-notice" />
            <div class=HOLDER_CLASS data-file=drawn.file() inner_html=drawn.markup(empty)></div>
            {added_rows(state, drawn, move || (unit.get(), width_px.get()))}
        </figure>
    }
}

/// The width of the chart's column, CSS px: the window's width less the page's gutters.
fn column_width_px() -> u32 {
    // Prerendered (natively), the chart is drawn at its widest; the page shows its own.
    #[cfg(not(target_arch = "wasm32"))]
    let window_px = f64::from(DRAWN_WIDTHS_PX[DRAWN_WIDTHS_PX.len() - 1]) + PAGE_GUTTER_PX;
    #[cfg(target_arch = "wasm32")]
    let window_px = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(f64::from(DRAWN_WIDTHS_PX[DRAWN_WIDTHS_PX.len() - 1]) + PAGE_GUTTER_PX);
    (window_px - PAGE_GUTTER_PX).max(0.0) as u32
}

/// The embedding page's own claims' rows under the drawing, on the axis of the drawing shown
/// (else of the one wanted, `(unit, width)`), marked as the page's own; nothing when the page
/// added none. See [`crate::chart_added`].
fn added_rows(
    state: MapState,
    drawn: Drawn,
    wanted: impl Fn() -> (Unit, u32) + Send + Sync + 'static,
) -> Option<impl IntoView> {
    if !state.data.with_value(|d| d.claims.has_added()) {
        return None;
    }
    let lang = state.lang_untracked();
    let shown = drawn.file();
    let markup = move || {
        let (unit, width_px) = shown()
            .and_then(|f| chart_file_parts(&f))
            .unwrap_or_else(&wanted);
        state.data.with_value(|d| {
            crate::chart_added::added_rows_svg(&d.claims, unit, width_px, lang).unwrap_or_default()
        })
    };
    Some(view! {
        <div class="chart-added" data-testid="chart-added">
            <p class="added-mark">{lang.text().added_by_page}</p>
            <div inner_html=markup></div>
        </div>
    })
}
