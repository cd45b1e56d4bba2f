//! Sharing the current view: a "Copy link" button (the URL already holds every choice).

use leptos::prelude::*;
use leptos::task::spawn_local;

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
    let copied = RwSignal::new(Copied::Idle);
    let copy = move |_| {
        let href = window().location().href().unwrap_or_default();
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&href);
        spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => copied.set(Copied::Done),
                Err(_) => copied.set(Copied::ByHand(href)),
            }
        });
    };
    view! {
        <div class="share">
            <button type="button" data-testid="copy-link" on:click=copy>"Copy link"</button>
            <span class="share-status" role="status" data-testid="copy-status">
                {move || match copied.get() {
                    Copied::Idle => None,
                    Copied::Done => Some(view! { "Link copied: it opens this exact view." }.into_any()),
                    Copied::ByHand(href) => Some(view! {
                        <label>
                            "Copy this link: "
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
