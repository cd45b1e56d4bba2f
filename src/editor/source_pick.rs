//! Which sources the embed offers, and in what order its switcher lists them.

use super::use_editor;
use leptos::prelude::*;

/// One checkbox per source, with buttons that move it up and down the list.
#[component]
pub fn SourcePick() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.ui_lang.get_untracked();
    let et = editor.text();
    // Ticking or moving a source: the opening view and the story's steps keep to the offer.
    let set = move |change: &dyn Fn(&mut Vec<crate::embed_settings::OfferedSource>)| {
        editor.offer.update(|o| change(o));
        let fitted = editor.settings.with_untracked(|s| s.view.sources.clone());
        if editor.view.with_untracked(|v| v.sources != fitted) {
            editor.view.update(|v| v.sources = fitted);
        }
    };
    let none_ticked = move || editor.offer.with(|o| !o.iter().any(|s| s.ticked));
    let label = move |id: &str| {
        editor.data.with_value(|d| {
            d.claims
                .source(id)
                .map(|s| lang.source_with_date(s))
                .unwrap_or_else(|| id.to_owned())
        })
    };
    let index = move |id: &str| {
        editor.data.with_value(|d| {
            d.claims
                .sources
                .iter()
                .position(|s| s.id == id)
                .unwrap_or(0)
        })
    };
    view! {
        <section class="editor-section" aria-labelledby="offer-heading">
            <h2 id="offer-heading">{et.offer_heading}</h2>
            <p class="small" id="offer-intro">{et.offer_intro}</p>
            <ol class="source-pick" data-testid="source-pick" aria-describedby="offer-intro">
                <For each=move || editor.offer.get() key=|o| (o.id.clone(), o.ticked) let(o)>
                    {
                        let id = o.id.clone();
                        let name = label(&id);
                        let input_id = format!("offer-{id}");
                        let key = StoredValue::new(id.clone());
                        let place = move || {
                            editor.offer.with(|l| {
                                key.with_value(|id| l.iter().position(|x| &x.id == id).unwrap_or(0))
                            })
                        };
                        let count = move || editor.offer.with(Vec::len);
                        let toggle = {
                            let id = id.clone();
                            move |ev: leptos::ev::Event| {
                                let on = event_target_checked(&ev);
                                set(&|o| {
                                    if let Some(s) = o.iter_mut().find(|s| s.id == id) {
                                        s.ticked = on;
                                    }
                                });
                            }
                        };
                        let shift = move |delta: isize| {
                            let i = place();
                            set(&|o| {
                                let j = i.saturating_add_signed(delta);
                                if j < o.len() {
                                    o.swap(i, j);
                                }
                            });
                        };
                        view! {
                            <li class=format!("src s{}", index(&id) % 5)>
                                <input type="checkbox" id=input_id.clone() data-source=id.clone()
                                    prop:checked=o.ticked on:change=toggle />
                                <label for=input_id>{name.clone()}</label>
                                <span class="story-step-buttons">
                                    <button type="button" class="secondary" data-testid="offer-up"
                                        aria-label=format!("{}{name}", et.offer_up)
                                        disabled=move || { place() == 0 }
                                        on:click=move |_| shift(-1)>"↑"</button>
                                    <button type="button" class="secondary" data-testid="offer-down"
                                        aria-label=format!("{}{name}", et.offer_down)
                                        disabled=move || { place() + 1 >= count() }
                                        on:click=move |_| shift(1)>"↓"</button>
                                </span>
                            </li>
                        }
                    }
                </For>
            </ol>
            <p class="small notice" role="status" data-testid="offer-none" hidden=move || !none_ticked()>
                {et.offer_none}
            </p>
        </section>
    }
}
