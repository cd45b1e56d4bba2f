//! The range chart under the map: every range figure on one distance axis.
//!
//! It depends only on the data, the language, the unit and its width, so the build draws it
//! ([`crate::chart`], natively, with plotters) for every language and unit at each width step
//! ([`crate::chart_layout`]); the page shows the drawing for the reader's unit that fits its
//! column, fetched from `charts/`, and carries no chart code. Until that drawing is here it
//! shows the prerendered one (the default unit, drawn at the widest) when the unit is the
//! same, or an empty drawing of the same size.

use super::use_text;
use crate::chart_layout::{chart_file, chart_height_px, drawn_width_px, DRAWN_WIDTHS_PX};
use crate::failure::FetchFailure;
use crate::i18n::Lang;
use crate::model::Unit;
use crate::state::MapState;
use leptos::prelude::*;
use std::sync::Arc;

/// Horizontal space around the chart on the page: the column's and the panel's padding, CSS px.
const PAGE_GUTTER_PX: f64 = 58.0;

/// A drawing of the chart: its unit, the width it was drawn at (CSS px) and its SVG markup.
#[derive(Debug, Clone, PartialEq)]
struct Drawing {
    unit: Unit,
    width_px: u32,
    svg: Arc<str>,
}

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
    let width_px = drawn_width_px(column_width_px());
    let height_px = state.data.with_value(|d| chart_height_px(&d.claims));
    let shown = RwSignal::new(first_drawing(state, lang, unit.get_untracked()));
    let failed = RwSignal::new(None::<FetchFailure>);
    let pending = RwSignal::new(0_u32);
    follow_unit(unit, lang, width_px, shown, Fetching { failed, pending });
    // Until a drawing is here, an empty one of its size keeps its room, so nothing below moves.
    let svg = move || {
        shown.with(|d| match d {
            Some(d) => d.svg.to_string(),
            None => format!(
                r#"<svg viewBox="0 0 {width_px} {height_px}" width="100%" aria-hidden="true"></svg>"#
            ),
        })
    };
    let note = move || {
        failed
            .with(|f| f.as_ref().map(|f| lang.bracketed(&f.message(lang))))
            .map(|reason| {
                view! {
                    <p class="detail-notice" role="status" data-testid="chart-notice">
                        <span class="detail-icon" aria-hidden="true">"⚠ "</span>
                        {t.chart_not_loaded}
                        <span class="detail-reason">{reason}</span>
                    </p>
                }
            })
    };
    view! {
        <figure
            class="range-chart"
            data-testid="range-chart"
            aria-busy=move || (pending.get() > 0).then_some("true")
        >
            <figcaption>
                <strong>{t.chart_heading}</strong>
                {t.chart_caption}
            </figcaption>
            {note}
            // The SVG is drawn at build time from our own data file, never from reader input.
            <div
                class="chart-scroll"
                data-lang=lang.id()
                data-unit=move || shown.with(|d| d.as_ref().map(|d| d.unit.symbol()))
                data-width=move || shown.with(|d| d.as_ref().map(|d| d.width_px))
                inner_html=svg
            ></div>
        </figure>
    }
}

/// Where the fetch of a drawing stands.
#[derive(Clone, Copy)]
struct Fetching {
    /// The last fetch failed, and why (cleared when a drawing is shown).
    failed: RwSignal<Option<FetchFailure>>,
    /// How many fetches are under way (while any is, the figure is `aria-busy`, which the
    /// browser tests wait on).
    pending: RwSignal<u32>,
}

/// Shows the drawing for the reader's unit at `width_px` whenever the unit changes: from what
/// was fetched before, or fetched now (what is shown stays until it is here). A fetch that
/// fails is said in `failed` and tried again on the next change of unit.
fn follow_unit(
    chosen: Signal<Unit>,
    lang: Lang,
    width_px: u32,
    shown: RwSignal<Option<Drawing>>,
    Fetching { failed, pending }: Fetching,
) {
    let fetched = StoredValue::new(Vec::<Drawing>::new());
    Effect::new(move |_| {
        let unit = chosen.get();
        let wanted = |d: &Drawing| d.unit == unit && d.width_px == width_px;
        if shown.with_untracked(|d| d.as_ref().is_some_and(wanted)) {
            return;
        }
        if let Some(d) = fetched.with_value(|all| all.iter().find(|d| wanted(d)).cloned()) {
            failed.set(None);
            shown.set(Some(d));
            return;
        }
        let path = chart_file(lang, unit, width_px);
        pending.update(|n| *n += 1);
        leptos::task::spawn_local(async move {
            let answer = super::fetch::fetch_text(&path).await;
            pending.update(|n| *n = n.saturating_sub(1));
            match answer {
                Ok(text) => {
                    let drawing = Drawing {
                        unit,
                        width_px,
                        svg: text.into(),
                    };
                    fetched.update_value(|all| all.push(drawing.clone()));
                    // The reader may have moved on while it came.
                    if chosen.get_untracked() == unit {
                        failed.set(None);
                        shown.set(Some(drawing));
                    }
                }
                Err(problem) => failed.set(Some(FetchFailure { path, problem })),
            }
        });
    });
}

/// The drawing to open on: natively (the prerender) the default drawing, drawn now; in the
/// page, the prerendered view's, when it is of this language and unit (its markup is copied,
/// not moved: the prerendered view stays on screen until the page takes over).
fn first_drawing(state: MapState, lang: Lang, unit: Unit) -> Option<Drawing> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let width_px = DRAWN_WIDTHS_PX[DRAWN_WIDTHS_PX.len() - 1];
        let svg = state.data.with_value(|d| {
            crate::chart::range_chart_svg(
                &d.claims,
                unit,
                lang,
                width_px,
                chart_height_px(&d.claims),
            )
        });
        Some(Drawing {
            unit,
            width_px,
            svg: svg.into(),
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = state;
        let selector = format!(
            ".{} .chart-scroll[data-lang=\"{}\"][data-unit=\"{}\"]",
            super::PRERENDER_CLASS,
            lang.id(),
            unit.symbol()
        );
        let drawn = document().query_selector(&selector).ok().flatten()?;
        let width_px = drawn.get_attribute("data-width")?.parse().ok()?;
        DRAWN_WIDTHS_PX.contains(&width_px).then(|| Drawing {
            unit,
            width_px,
            svg: drawn.inner_html().into(),
        })
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
        .unwrap_or(f64::from(DRAWN_WIDTHS_PX[DRAWN_WIDTHS_PX.len() - 1]));
    (window_px - PAGE_GUTTER_PX).max(0.0) as u32
}
