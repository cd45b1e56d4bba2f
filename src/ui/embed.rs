//! Embedded in another page (`embed=1`): the link to the full map, and the message that tells
//! the embedding page how tall the content is so its `<iframe>` can fit it.
//!
//! The message, posted to `window.parent` on load and whenever the content's height changes:
//! `{ type: "range-claims:height", height: <CSS px, whole number>, version: 1 }`. The
//! snippet in `public/embed.js` resizes the frame from it and ignores messages from any other
//! origin or frame.

use crate::state::MapState;
use crate::url_state::to_query;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The `type` field of the height message.
pub const HEIGHT_MESSAGE_TYPE: &str = "range-claims:height";
/// The `version` field of the height message: bumped if its fields ever change meaning.
pub const HEIGHT_MESSAGE_VERSION: u32 = 1;

/// Posts the height message now and on every change of the document's height, while the page
/// is framed. Does nothing in a top-level window.
pub fn report_height_to_parent() {
    let w = window();
    let Ok(Some(parent)) = w.parent() else {
        return;
    };
    if parent == w {
        return;
    }
    let last_height = StoredValue::new(0_i32);
    let post = move || {
        let Some(root) = document().document_element() else {
            return;
        };
        let height = root.scroll_height();
        if height == last_height.get_value() {
            return;
        }
        last_height.set_value(height);
        let message = js_sys::Object::new();
        let set = |k: &str, v: JsValue| js_sys::Reflect::set(&message, &k.into(), &v);
        let _ = set("type", HEIGHT_MESSAGE_TYPE.into());
        let _ = set("height", height.into());
        let _ = set("version", HEIGHT_MESSAGE_VERSION.into());
        // The height is not private, and the embedding page's origin is not known here; the
        // receiving snippet checks where the message came from.
        let _ = parent.post_message(&message, "*");
    };
    post();
    let on_resize = Closure::<dyn Fn()>::new(post);
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
        // The observer lives as long as the page.
        on_resize.forget();
        std::mem::forget(observer);
    }
}

/// In an embed: the credit, and a link that opens the full map, same view, in a new tab.
#[component]
pub fn EmbedFooter() -> impl IntoView {
    let state = expect_context::<MapState>();
    let full_href = move || {
        // Track the choices so the link always opens the view shown.
        state.sources.track();
        state.launch.track();
        state.projection_kind.track();
        state.unit.track();
        state.viewport.track();
        let mut url = state.to_url();
        url.embed = false;
        let query = state.data.with_value(|d| to_query(&url, d));
        // Prerendered at build time there is no location: the page's own directory.
        #[cfg(target_arch = "wasm32")]
        let path = window().location().pathname().unwrap_or_default();
        #[cfg(not(target_arch = "wasm32"))]
        let path = String::from("./");
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    };
    view! {
        <footer class="embed-footer">
            <a href=full_href target="_blank" rel="noopener" data-testid="open-full-map">
                "Open the full map ↗"
            </a>
            <span class="small">"Natural Earth base map · WGS84 geodesic rings"</span>
        </footer>
    }
}
