//! English / 日本語: one button per language, the current one pressed. The map and the
//! editor each show one, for a language signal of their own.

use crate::i18n::Lang;
use leptos::prelude::*;

/// The buttons of every language in a group labelled `label` (in the page's language), the
/// one of `now` pressed; a click calls `choose` with its language. Each button names its
/// language in that language, so a reader finds their own whatever the page is in.
pub fn language_switch(
    label: &'static str,
    now: Lang,
    choose: impl Fn(Lang) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="language-switch" role="group" aria-label=label data-testid="language-switch">
            {Lang::ALL.map(|l| view! {
                <button
                    type="button"
                    lang=l.id()
                    data-lang=l.id()
                    aria-pressed=if l == now { "true" } else { "false" }
                    on:click=move |_| choose(l)
                >{l.own_name()}</button>
            })}
        </div>
    }
}
