//! The live page taking over the first view that the build wrote into `index.html`
//! (`ui::prerender`, `src/bin/prerender.rs`).
//!
//! The app is mounted into `#app`, kept out of sight (`.booting` in the stylesheet: laid out,
//! so the map can measure itself, but invisible and taking no room) while the prerendered
//! blocks stay on screen. Once the live page has drawn everything the prerender shows (the
//! panels under the map mount one per task after the first rings), the prerendered blocks are
//! removed and `#app` shown in one animation frame callback, so the browser paints the swap
//! as a single frame: no flash, and no box moves.
//!
//! A choice the reader made on the prerendered controls before that (`public/boot.js` writes
//! it into the URL) is applied at the swap.

use super::deferred::PanelQueue;
use super::url_sync::{location_query, IgnoredParams};
use super::{App, PageIdle, BOOT_STATUS_CLASS, PRERENDER_CLASS, SHARED_BASE_ID};
use crate::render::BaseLayers;
use crate::state::MapState;
use crate::url_state::parse_query;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the element the live app is mounted in.
pub const APP_ROOT_ID: &str = "app";
/// The class `#app` has until the swap, and `<html>` has while `public/boot.js` waits for it.
pub const BOOTING_CLASS: &str = "booting";

/// Mounts the app: behind the prerendered view if the page has one, on `<body>` if not.
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
    // The loader starts the wasm only after the prerendered view's first paint
    // (`ui::prerender::defer_loader`), so its text is the page's largest contentful paint and
    // the live copy (no larger) does not replace it as that.
    mount_behind(&body);
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
    let built = expect_context::<PanelQueue>().all_built;
    let notice = expect_context::<IgnoredParams>();
    let idle = expect_context::<PageIdle>().0;
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || !built.get() {
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
            when_idle(move || idle.set(true));
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

/// Runs `then` once the browser is idle (or after a second at the latest).
fn when_idle(then: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(then);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(1_000);
    let _ = window().request_idle_callback_with_options(callback.unchecked_ref(), &options);
}

/// The Mercator base layers of the prerendered view (`#prerendered-base` and the island
/// chain's line), read from its markup before it is removed: the live page opens on them, so
/// the overview base map need not be in the wasm nor fetched for the first view. `None` if
/// the page has no prerendered view.
pub fn prerendered_base_layers() -> Option<BaseLayers> {
    let doc = document();
    let base = doc.get_element_by_id(SHARED_BASE_ID)?;
    let d = |scope: &web_sys::Element, selector: &str| {
        scope
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|path| path.get_attribute("d"))
    };
    let chain = doc
        .query_selector(&format!(".{PRERENDER_CLASS} .island-chain"))
        .ok()
        .flatten()?;
    Some(BaseLayers {
        japan: d(&base, "path.land.japan")?,
        land: d(&base, "path.land:not(.japan)")?,
        world: d(&base, "path.world-land")?,
        borders: d(&base, "path.borders")?,
        graticule: d(&base, "path.graticule")?,
        island_chain: d(&chain, "path")?,
    })
}
