//! Embedded in another page (`embed=1`): the link to the full map, and the message that tells
//! the embedding page how tall the content is so its `<iframe>` can fit it.
//!
//! The height, posted to `window.parent` on load and whenever the content's height changes,
//! in the forms hosts already read, so that no script of ours is needed on the host:
//! - ours, `{ type: "range-claims:height", height: <CSS px, whole number>, version: 1 }`,
//!   which the snippet in `public/embed.js` reads (ignoring other origins and frames);
//! - AMP's, `{ sentinel: "amp", type: "embed-size", height }`, which `<amp-iframe resizable>`
//!   and the `@newswire/frames` host read;
//! - pym.js's, the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`, when the frame's URL
//!   carries the `childId` pym.js's `Parent` adds (`url_state::pym_child_id`).
//!
//! Once live, it also posts `{ type: "range-claims:ready" }` and then
//! `{ type: "range-claims:state", query, step }` after each change (`step` the story step
//! shown, or `null`)
//! ([`report_state_to_parent`]).
//!
//! The height is the content's (the body's box), not the document's: that never falls below
//! the frame's own height, so a frame could grow but never shrink back. The embedded layout
//! sizes nothing by the frame's height (the map follows its width), so a new height never
//! feeds back into the content.

use crate::state::MapState;
use crate::url_state::to_query;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The `type` field of the height message.
pub const HEIGHT_MESSAGE_TYPE: &str = "range-claims:height";
/// The `version` field of the height message: bumped if its fields ever change meaning.
pub const HEIGHT_MESSAGE_VERSION: u32 = 1;

/// The `type` of the message that says the embedded map is live (posted once).
pub const READY_MESSAGE_TYPE: &str = "range-claims:ready";
/// The `type` of the message that gives the view shown, `{type, query, step}`, after each
/// change (`step` is the story step shown, from 1, or `null`).
pub const STATE_MESSAGE_TYPE: &str = "range-claims:state";

/// How long the view must rest before a state message reports it: a pan or zoom is one
/// change, not one per frame.
const STATE_SETTLE: std::time::Duration = std::time::Duration::from_millis(250);

/// The parent window, if the page is in a frame.
fn framed_parent() -> Option<web_sys::Window> {
    let w = window();
    let parent = w.parent().ok().flatten()?;
    (parent != w).then_some(parent)
}

/// A plain JS object with these fields, for a message.
fn message(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&object, &(*k).into(), v);
    }
    object.into()
}

/// Posts `message` to the parent window, if the page is in a frame. What the messages carry
/// (the content's height, the view shown) is public, and the embedding page's origin is not
/// known here: they go to any origin, and the host checks which frame sent them.
fn post_to_parent(message: &JsValue) {
    if let Some(parent) = framed_parent() {
        let _ = parent.post_message(message, "*");
    }
}

/// Tells the parent, in a frame, that the map is live (`range-claims:ready`, once the page
/// has gone idle after taking over its first view), and then the view it shows
/// (`range-claims:state` with the view's query, as a shared link would carry it) at once and
/// after every change of choice or settled pan and zoom, so a host can keep its text in step.
pub fn report_state_to_parent(state: MapState) {
    if framed_parent().is_none() {
        return;
    }
    let idle = expect_context::<super::PageIdle>().0;
    let ready_sent = StoredValue::new(false);
    let last_report = StoredValue::new(None::<(String, Option<usize>)>);
    let pending = super::rest_timer::RestTimer::new();
    Effect::new(move |_| {
        state.track_url();
        state.step.track();
        if !idle.get() {
            return;
        }
        if !ready_sent.get_value() {
            ready_sent.set_value(true);
            post_to_parent(&message(&[("type", READY_MESSAGE_TYPE.into())]));
        }
        let report = move || {
            let mut url = state.to_url();
            url.embed = false;
            url.story = None;
            let query = state.data.with_value(|d| to_query(&url, d));
            let step = super::story::shown_step_untracked(state);
            let report = (query, step);
            if last_report.with_value(|r| r.as_ref() == Some(&report)) {
                return;
            }
            last_report.set_value(Some(report.clone()));
            let (query, step) = report;
            post_to_parent(&message(&[
                ("type", STATE_MESSAGE_TYPE.into()),
                ("query", query.into()),
                ("step", step.map_or(JsValue::NULL, |n| (n as u32).into())),
            ]));
        };
        pending.restart(report, STATE_SETTLE);
    });
}

/// The `sentinel` of AMP's messages from a frame.
pub const AMP_SENTINEL: &str = "amp";
/// The `type` of AMP's resize request (`<amp-iframe resizable>`).
pub const AMP_RESIZE_TYPE: &str = "embed-size";

/// pym.js's height message for the frame `child_id` (pym 1.3's `Child.sendHeight` format).
pub fn pym_height_message(child_id: &str, height_px: i32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height_px}")
}

/// Posts the height messages now and on every change of the document's height, while the page
/// is framed. Does nothing in a top-level window.
pub fn report_height_to_parent() {
    if framed_parent().is_none() {
        return;
    }
    let w = window();
    let pym_child = crate::url_state::pym_child_id(&w.location().search().unwrap_or_default());
    let last_height = StoredValue::new(0_i32);
    let post = move || {
        let Some(body) = document().body() else {
            return;
        };
        let height = body.get_bounding_client_rect().height().ceil() as i32;
        if height <= 0 || height == last_height.get_value() {
            return;
        }
        last_height.set_value(height);
        post_to_parent(&message(&[
            ("type", HEIGHT_MESSAGE_TYPE.into()),
            ("height", height.into()),
            ("version", HEIGHT_MESSAGE_VERSION.into()),
        ]));
        post_to_parent(&message(&[
            ("sentinel", AMP_SENTINEL.into()),
            ("type", AMP_RESIZE_TYPE.into()),
            ("height", height.into()),
        ]));
        if let Some(id) = &pym_child {
            post_to_parent(&pym_height_message(id, height).into());
        }
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
        state.track_url();
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
    let t = super::use_text();
    view! {
        <footer class="embed-footer">
            <a href=full_href target="_blank" rel="noopener" data-testid="open-full-map">
                {t.open_full_map}
            </a>
            <span class="small">{t.embed_credit}</span>
        </footer>
    }
}
