//! The source switcher: all sources, each one alone, or two compared.

use super::use_text;
use crate::compare::default_pair;
use crate::rings::{palette_class, SourceChoice};
use crate::state::MapState;
use leptos::prelude::*;

/// One toggle per source, and "All sources": pick one to see its rings alone.
#[component]
pub fn SourceSwitcher() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
    // The sources the page offers, in its order; each keeps its colour from the data's order.
    // An embedding page's own claim is marked as such on its button too.
    let sources: Vec<(String, String, String, String)> = state.data.with_value(|d| {
        let shipped = d.claims.shipped_count();
        state
            .offer
            .with_value(|offer| offer.sources(&d.claims))
            .into_iter()
            .map(|(i, s)| {
                let date = lang.source_date(s);
                (
                    palette_class(i, s.added, shipped),
                    s.id.clone(),
                    s.outlet_in(lang).to_owned(),
                    if s.added {
                        format!("{date} · {}", t.added_short)
                    } else {
                        date
                    },
                )
            })
            .collect()
    });
    // "Compare two" only while the page offers two sources with range figures to compare.
    let can_compare = state.data.with_value(|d| {
        state
            .offer
            .with_value(|offer| default_pair(&d.claims, offer, None).is_some())
    });
    let button = move |choice: SourceChoice, label: String, detail: String, class: String| {
        let id = choice.id().to_owned();
        let pressed = choice.clone();
        view! {
            <button
                type="button"
                class=class
                data-source=id
                aria-pressed=move || if state.sources.get() == pressed { "true" } else { "false" }
                on:click=move |_| state.sources.set(choice.clone())
            >
                <span class="outlet">{label}</span>
                <span class="date">{detail}</span>
            </button>
        }
    };
    view! {
        <div class="source-switcher" data-testid="source-switcher" role="group" aria-label=t.source_switcher>
            {button(SourceChoice::All, t.all_sources.into(), t.all_sources_detail.into(), "all".into())}
            {sources.into_iter().map(|(palette, id, outlet, date)| {
                button(SourceChoice::One(id), outlet, date, format!("src {palette}"))
            }).collect_view()}
            {can_compare.then(|| view! { <CompareButton /> })}
        </div>
    }
}

/// Turns compare mode on, with the source shown now and the next one that differs from it.
#[component]
fn CompareButton() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let comparing = move || matches!(state.sources.get(), SourceChoice::Compare(..));
    let start = move |_| {
        if comparing() {
            return;
        }
        let current = match state.sources.get_untracked() {
            SourceChoice::One(id) => Some(id),
            _ => None,
        };
        let pair = state.data.with_value(|d| {
            state
                .offer
                .with_value(|o| default_pair(&d.claims, o, current.as_deref()))
        });
        if let Some((a, b)) = pair {
            state.sources.set(SourceChoice::Compare(a, b));
        }
    };
    view! {
        <button
            type="button"
            class="compare"
            data-source="compare"
            aria-pressed=move || if comparing() { "true" } else { "false" }
            on:click=start
        >
            <span class="outlet">{t.compare_two}</span>
            <span class="date">{t.compare_two_detail}</span>
        </button>
    }
}
