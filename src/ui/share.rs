//! Sharing the current view: a "Copy link" button (the URL already holds every choice), and
//! a link that opens the newsroom's editor (`editor.html`: embed code, story, downloads) on
//! the same view.

use super::use_text;
use crate::state::MapState;
use crate::url_state::to_query;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The editor's page, beside the map's.
pub const EDITOR_PAGE: &str = "editor.html";

/// What happened to the last copy.
#[derive(Debug, Clone, PartialEq)]
enum Copied {
    /// Nothing copied yet.
    Idle,
    /// The link is on the clipboard.
    Done,
    /// The clipboard refused (no permission, insecure page): the link is shown to copy by hand.
    ByHand(String),
}

/// Copies the page's address, which holds every choice on the map, to the clipboard.
#[component]
pub fn CopyLink() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let copied = RwSignal::new(Copied::Idle);
    let writes = use_context::<super::url_sync::UrlWrites>();
    let copy = move |_| {
        // A shared link opens in the language it was shared in, whatever the browser's.
        if state.chosen_lang.get_untracked().is_none() {
            state.chosen_lang.set(Some(state.lang_untracked()));
        }
        // Queued behind the URL's own effect, so the address has the language by then.
        spawn_local(async move {
            // The address must hold the latest choice, even one made in the last frame.
            if let Some(w) = writes {
                w.flush();
            }
            let href = window().location().href().unwrap_or_default();
            let promise = window().navigator().clipboard().write_text(&href);
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => copied.set(Copied::Done),
                Err(_) => copied.set(Copied::ByHand(href)),
            }
        });
    };
    view! {
        <div class="share">
            <button type="button" data-testid="copy-link" on:click=copy>{t.copy_link}</button>
            <OpenEditor />
            <span class="share-status" role="status" data-testid="copy-status">
                {move || match copied.get() {
                    Copied::Idle => None,
                    Copied::Done => Some(view! { {t.link_copied} }.into_any()),
                    Copied::ByHand(href) => Some(view! {
                        <label>
                            {t.copy_by_hand}
                            <input type="text" readonly data-testid="copy-fallback" prop:value=href
                                on:focus=move |ev| {
                                    use wasm_bindgen::JsCast;
                                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                        input.select();
                                    }
                                } />
                        </label>
                    }.into_any()),
                }}
            </span>
        </div>
    }
}

/// "Embed or download": a plain link to the editor on the map's current view (every choice
/// the URL holds, and the language shown), so it also opens in a new tab.
#[component]
fn OpenEditor() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let href = move || {
        state.track_url();
        let mut url = state.to_url();
        url.lang = Some(state.lang());
        url.embed = false;
        let query = state.data.with_value(|d| to_query(&url, d));
        format!("{EDITOR_PAGE}?{query}")
    };
    view! {
        <a class="button-link" data-testid="open-editor" href=href>{t.embed}</a>
    }
}
