//! The source switcher and the legend that quotes every shown ring.

use super::deferred::after_paint;
use super::rings::{ring_keys, shown_ring, use_shown_rings};
use super::use_text;
use crate::compare::default_pair;
use crate::model::quote_for_display;
use crate::rings::{ShownRing, SourceChoice};
use crate::state::MapState;
use leptos::prelude::*;

/// One toggle per source, and "All sources": pick one to see its rings alone.
#[component]
pub fn SourceSwitcher() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
    let sources: Vec<(usize, String, String, String)> = state.data.with_value(|d| {
        d.claims
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    i,
                    s.id.clone(),
                    s.outlet_in(lang).to_owned(),
                    lang.source_date(s),
                )
            })
            .collect()
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
            {sources.into_iter().map(|(i, id, outlet, date)| {
                button(SourceChoice::One(id), outlet, date, format!("src s{}", i % 5))
            }).collect_view()}
            <CompareButton />
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
        let pair = state
            .data
            .with_value(|d| default_pair(&d.claims, current.as_deref()));
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

/// For each shown ring: its line style, the figure as printed with its conversion, what the
/// qualifier means, the quote, the outlet and the date. A shown source with no range figure
/// says so. Items are keyed by claim (and source): a new launch site changes none of them,
/// and a source switch only adds and removes the items that differ.
#[component]
pub fn Legend() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
    // Under the map, off the first screen: it follows a switch one frame late, so building
    // the new items (quotes to lay out) is not in the frame that shows the new rings.
    let shown = use_shown_rings();
    let lagged = after_paint(Memo::new(move |_| (shown.get(), state.sources.get())));
    let rings = Memo::new(move |_| lagged.value.with(|(r, _)| r.clone()));
    let silent_sources = move || {
        let choice = lagged.value.with(|(_, c)| c.clone());
        state.data.with_value(|d| {
            d.claims
                .sources
                .iter()
                .filter(|s| choice.shows(&s.id) && d.claims.ranges_of(&s.id).next().is_none())
                .map(|s| {
                    (
                        s.id.clone(),
                        lang.attribution(s.outlet_in(lang), None, &lang.source_date(s)),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section
            class="legend"
            data-testid="legend"
            aria-label=t.legend_heading
            aria-busy=move || lagged.waiting.get().then_some("true")
        >
            <h2>{t.legend_heading}</h2>
            <ul>
                <For each=move || ring_keys(rings) key=|id| id.clone() let(id)>
                    {shown_ring(rings, &id).map(|r| legend_item(state, r))}
                </For>
                <For each=silent_sources key=|(id, _)| id.clone() let((id, attribution))>
                    <li class="legend-item silent" data-source=id>
                        <div>
                            <p class="figure"><strong>{attribution}</strong></p>
                            <p class="qualifier">{t.legend_no_figure}</p>
                        </div>
                    </li>
                </For>
            </ul>
        </section>
    }
}

/// One ring's legend entry. Only the conversion follows the reader's unit; the rest is the
/// claim's own and does not change while its ring is shown.
fn legend_item(state: MapState, r: ShownRing) -> impl IntoView {
    let lang = state.lang_untracked();
    let source = state
        .data
        .with_value(|d| d.claims.source(&r.claim.source).cloned());
    let (outlet, date, author) = source
        .map(|s| (s.outlet_in(lang).to_owned(), lang.source_date(&s), s.author))
        .unwrap_or_default();
    // A blog's outlet is its author's name: say it once ("G e N Iuvinale (blog)").
    let author = author.filter(|a| !outlet.starts_with(a.as_str()));
    let c = r.claim;
    let conversion = {
        let c = c.clone();
        move || lang.converted_figure(&c, c.conversion_unit(state.unit.get()))
    };
    view! {
        <li class=format!("legend-item s{}", r.source_index % 5) data-legend-claim=c.id.clone() data-source=c.source.clone()>
            <svg class="swatch" width="36" height="14" aria-hidden="true">
                <line x1="2" y1="7" x2="34" y2="7" />
            </svg>
            <div>
                <p class="figure">
                    <strong>{lang.printed_figure(&c)}</strong>
                    " "<span class="conversion">{conversion}</span>
                    " · "{lang.system_label(&c)}
                </p>
                <p class="qualifier">{lang.qualifier_meaning(c.qualifier)}</p>
                <blockquote lang="en">"“"{quote_for_display(&c.quote)}"”"</blockquote>
                <p class="attribution">
                    "— "{lang.attribution(&outlet, author.as_deref(), &date)}
                </p>
                {c.note_in(lang).map(note_view)}
            </div>
        </li>
    }
}

/// A claim's note, with the words it quotes from the source ("…") marked as quotes in
/// English: a Japanese note quotes the source as printed, never translated.
fn note_view(note: &str) -> impl IntoView {
    let parts: Vec<AnyView> = note
        .split('"')
        .enumerate()
        .map(|(i, part)| {
            let part = part.to_owned();
            if i % 2 == 1 {
                view! { <q lang="en">{part}</q> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect();
    view! { <p class="note">{parts}</p> }
}
