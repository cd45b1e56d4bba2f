//! Keeps the URL and the reader's choices in step: the page opens on what its URL says, every
//! change is written back (a new history entry per choice, once the frame showing it is
//! painted; pans and zooms update the current entry once they settle), and back and forward
//! restore the choices.

use crate::state::MapState;
use crate::url_state::{parse_query, to_query, Ignored, UrlState};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long the map must rest before its view is written to the URL: a pan writes once, not
/// every frame (browsers throttle history updates).
const VIEW_SETTLE: Duration = Duration::from_millis(300);

/// The parameters the URL asked for that were ignored, shown in a dismissable notice.
#[derive(Debug, Clone, Copy)]
pub struct IgnoredParams(pub RwSignal<Vec<Ignored>>);

/// The current URL query, without `?` (empty outside a browser).
pub fn location_query() -> String {
    window()
        .location()
        .search()
        .map(|s| s.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// Replaces (or pushes) the URL's query, keeping its path and fragment.
fn write_query(query: &str, push: bool) {
    let w = window();
    let location = w.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    // An embedding library's parameters stay: a reload must still speak to the host.
    let host = crate::url_state::host_query(&location.search().unwrap_or_default());
    let query = match (query.is_empty(), host.is_empty()) {
        (_, true) => query.to_owned(),
        (true, false) => host,
        (false, false) => format!("{query}&{host}"),
    };
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let Ok(history) = w.history() else {
        return;
    };
    let none = wasm_bindgen::JsValue::NULL;
    let _ = if push {
        history.push_state_with_url(&none, "", Some(&url))
    } else {
        history.replace_state_with_url(&none, "", Some(&url))
    };
}

/// How long a choice's history entry may wait for the page to be idle after the frame that
/// shows the choice (a busy page gets it written anyway).
const PUSH_IDLE_TIMEOUT: Duration = Duration::from_millis(200);
/// How long it may wait at all: no frames come while the page is hidden.
const PUSH_FALLBACK: Duration = Duration::from_millis(1_000);

/// History entries for new choices, waiting to be pushed. A switch's own frame should hold
/// only the page's new look: `pushState` costs Chromium 1–7 ms of main-thread time (the
/// same-document navigation's bookkeeping; more on a busy machine), so it is done once the
/// page is idle after the next frame, in order. [`UrlWrites::flush`] writes them at once, for
/// code that reads the address.
#[derive(Debug, Clone, Copy)]
pub struct UrlWrites(StoredValue<Vec<String>>);

impl UrlWrites {
    /// Queues a new history entry for `query`, pushed when the page is idle after the next
    /// frame.
    fn push_after_paint(self, query: String) {
        let idle = self.0.with_value(Vec::is_empty);
        self.0.update_value(|q| q.push(query));
        if !idle {
            return;
        }
        // Asked from the next frame's rAF callback, the idle callback comes after that frame's
        // paint (asked now, it could come before it).
        request_animation_frame(move || {
            let flush = wasm_bindgen::closure::Closure::once_into_js(move || self.flush());
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(PUSH_IDLE_TIMEOUT.as_millis() as u32);
            let asked =
                window().request_idle_callback_with_options(flush.unchecked_ref(), &options);
            if asked.is_err() {
                self.flush();
            }
        });
        set_timeout(move || self.flush(), PUSH_FALLBACK);
    }

    /// Pushes every waiting history entry now.
    pub fn flush(self) {
        let waiting = self.0.try_update_value(std::mem::take).unwrap_or_default();
        for query in waiting {
            write_query(&query, true);
        }
    }

    /// Drops the waiting entries: back or forward has moved to another one.
    fn discard(self) {
        self.0.update_value(Vec::clear);
    }
}

/// The state without its view, to tell a change of choice from a pan or zoom.
fn without_view(u: &UrlState) -> UrlState {
    UrlState {
        view: None,
        ..u.clone()
    }
}

/// Starts syncing `state` with the URL. Call once, inside the app's reactive owner.
pub fn sync_url(state: MapState) {
    let last = StoredValue::new(state.to_url());
    let pending_view = StoredValue::new(None::<TimeoutHandle>);
    let writes = UrlWrites(StoredValue::new(Vec::new()));
    provide_context(writes);
    Effect::new(move |_| {
        state.track_url();
        let now = state.to_url();
        let before = last.get_value();
        if now == before {
            return;
        }
        last.set_value(now.clone());
        if let Some(h) = pending_view.get_value() {
            h.clear();
        }
        // A page with a story is driven by the article around it: its steps and a reader's
        // choices update the frame's address but add no entries to the article's history.
        let new_choice =
            without_view(&now) != without_view(&before) && state.story.with_value(Option::is_none);
        let query = move || state.data.with_value(|d| to_query(&now, d));
        if new_choice {
            writes.push_after_paint(query());
        } else {
            // The query is built only once the view has settled, not for every step of it.
            let write_view = move || {
                // The view belongs to the newest entry: push any waiting one first.
                writes.flush();
                write_query(&query(), false);
            };
            pending_view.set_value(set_timeout_with_handle(write_view, VIEW_SETTLE).ok());
        }
    });
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        writes.discard();
        let (url, ignored) = state.data.with_value(|d| parse_query(&location_query(), d));
        if let Some(notice) = use_context::<IgnoredParams>() {
            notice.0.set(ignored);
        }
        last.set_value(url.clone());
        state.apply(url);
    });
    on_cleanup(move || popstate.remove());
}

/// A small notice saying which URL parameters were ignored and why; dismissable.
#[component]
pub fn IgnoredNotice() -> impl IntoView {
    let IgnoredParams(ignored) = expect_context::<IgnoredParams>();
    let state = expect_context::<MapState>();
    let t = super::use_text();
    let lang = state.lang_untracked();
    move || {
        let list = ignored.get();
        (!list.is_empty()).then(|| {
            let more = list.len().saturating_sub(MAX_LISTED);
            view! {
                <div class="url-notice" role="status" data-testid="url-notice">
                    <p>{t.url_ignored}</p>
                    <ul>
                        {list.into_iter().take(MAX_LISTED).map(|i| view! {
                            <li>
                                <code>{i.param}{(!i.value.is_empty()).then(|| format!("={}", i.value))}</code>
                                ": "{i.reason.message(lang)}
                            </li>
                        }).collect_view()}
                        {(more > 0).then(|| view! { <li>{lang.and_more(more)}</li> })}
                    </ul>
                    <button
                        type="button"
                        class="dismiss"
                        data-testid="url-notice-dismiss"
                        aria-label=t.dismiss
                        on:click=move |_| ignored.set(Vec::new())
                    >"×"</button>
                </div>
            }
        })
    }
}

/// Ignored parameters listed in the notice; the rest are counted.
const MAX_LISTED: usize = 5;
