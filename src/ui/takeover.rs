//! The live page taking over the first view that the build wrote into `index.html`
//! (`ui::prerender`, `src/bin/prerender.rs`).
//!
//! The app is mounted into `#app`, kept out of sight (`.booting` in the stylesheet: laid out,
//! so the map can measure itself, but invisible and taking no room) while the prerendered
//! blocks stay on screen. Once the live page has drawn everything the prerender shows (the
//! panels under the map mount one task after the first rings), the prerendered blocks are
//! removed and `#app` shown in one animation frame callback, so the browser paints the swap
//! as a single frame: no flash, and no box moves.
//!
//! A choice the reader made on the prerendered controls before that (`public/boot.js` writes
//! it into the URL) is applied at the swap.

use super::deferred::RingsPainted;
use super::url_sync::{location_query, IgnoredParams};
use super::{App, BOOT_STATUS_CLASS, PRERENDER_CLASS};
use crate::state::MapState;
use crate::url_state::parse_query;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the element the live app is mounted in.
pub const APP_ROOT_ID: &str = "app";
/// The class `#app` has until the swap, and `<html>` has while `public/boot.js` waits for it.
pub const BOOTING_CLASS: &str = "booting";

/// Mounts the app: behind the prerendered view if the page has one (after that view's first
/// paint), on `<body>` if not.
pub fn start() {
    let doc = document();
    let has_prerender = doc.get_elements_by_class_name(PRERENDER_CLASS).length() > 0;
    let Some(body) = doc.body() else {
        return;
    };
    if !has_prerender {
        leptos::mount::mount_to_body(App);
        return;
    }
    // Only once the prerendered view has been painted: its text is then the page's largest
    // contentful paint, and the live copy (no larger) does not replace it as that. On a fast
    // connection the wasm can otherwise start before the first paint.
    request_animation_frame(move || {
        set_timeout(move || mount_behind(&body), std::time::Duration::ZERO)
    });
}

/// Mounts the app in a new `#app` at the end of `body`, unseen until [`swap`].
fn mount_behind(body: &web_sys::HtmlElement) {
    let doc = document();
    let Some(root) = doc
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_id(APP_ROOT_ID);
    root.set_class_name(BOOTING_CLASS);
    if body.append_child(&root).is_err() {
        return;
    }
    let handle = leptos::mount::mount_to(root, App);
    // The app lives as long as the page.
    handle.forget();
}

/// Swaps the live page in for the prerendered blocks in the animation frame after every
/// panel has mounted, and applies a choice made on the prerendered controls since the app
/// read the URL (`query_at_start`). Called by the app once its state is in context. Where
/// the page has no prerendered view, the swap finds nothing to do.
pub fn swap_when_drawn(state: MapState, query_at_start: String) {
    let painted = expect_context::<RingsPainted>().0;
    let notice = expect_context::<IgnoredParams>();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || !painted.get() {
            return done == Some(true);
        }
        let query_at_start = query_at_start.clone();
        request_animation_frame(move || {
            swap();
            let query = location_query();
            if query != query_at_start {
                let (url, ignored) = state.data.with_value(|d| parse_query(&query, d));
                state.apply(url);
                notice.0.set(ignored);
            }
        });
        true
    });
}

/// Removes the prerendered blocks and their notes, and shows `#app`, in one go.
fn swap() {
    let doc = document();
    for class in [PRERENDER_CLASS, BOOT_STATUS_CLASS] {
        let gone = doc.get_elements_by_class_name(class);
        while let Some(element) = gone.item(0) {
            element.remove();
        }
    }
    if let Some(root) = doc.get_element_by_id(APP_ROOT_ID) {
        let _ = root.class_list().remove_1(BOOTING_CLASS);
    }
    if let Some(html) = doc.document_element() {
        let _ = html.class_list().remove_1(BOOTING_CLASS);
    }
}
