//! Keeps the URL and the reader's choices in step: the page opens on what its URL says, every
//! change is written back (a new history entry per choice once the choices rest, one for a
//! quick run of them; pans and zooms update the current entry once they settle), and back and
//! forward restore the choices.

use super::rest_timer::RestTimer;
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

/// How long the choices must rest before the newest one is written as a history entry: a
/// reader arrowing through the switcher passes a choice every 10–30 ms, and each `pushState`
/// costs Chromium 5–13 ms of main-thread time (the same-document navigation's bookkeeping),
/// which landed in the frames showing the next choices.
const PUSH_REST: Duration = Duration::from_millis(250);
/// How long the entry may then wait for the page to be idle (a busy page gets it written
/// anyway).
const PUSH_IDLE_TIMEOUT: Duration = Duration::from_millis(200);

/// The history entry for the newest choice, waiting to be pushed. A switch's own frame should
/// hold only the page's new look, so the entry is pushed once the choices have rested for
/// [`PUSH_REST`] and the page is idle. Choices made faster than that make one entry, the one
/// the reader stopped at: Back then goes to where they were before the run of choices, not
/// through every button passed on the way. [`UrlWrites::flush`] writes it at once, for code
/// that reads the address (and before the view, which belongs to the newest entry).
#[derive(Debug, Clone, Copy)]
pub struct UrlWrites {
    /// The choices, whose data writes the entry's query.
    state: MapState,
    /// The waiting entry's choices: its query is written only when it is pushed, once a run.
    waiting: StoredValue<Option<UrlState>>,
    /// The timer that ends the rest, restarted by every new choice.
    rest: RestTimer,
}

impl UrlWrites {
    /// No entry waiting.
    fn new(state: MapState) -> Self {
        Self {
            state,
            waiting: StoredValue::new(None),
            rest: RestTimer::new(),
        }
    }

    /// Makes `url` the waiting history entry (in place of any that waits), pushed once the
    /// choices have rested and the page is idle.
    fn push_after_rest(self, url: UrlState) {
        self.waiting.set_value(Some(url));
        let rested = move || {
            let flush = wasm_bindgen::closure::Closure::once_into_js(move || self.flush());
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(PUSH_IDLE_TIMEOUT.as_millis() as u32);
            let asked =
                window().request_idle_callback_with_options(flush.unchecked_ref(), &options);
            if asked.is_err() {
                self.flush();
            }
        };
        self.rest.restart(rested, PUSH_REST);
    }

    /// Pushes the waiting history entry, if any, now.
    pub fn flush(self) {
        if let Some(url) = self.waiting.try_update_value(Option::take).flatten() {
            let query = self.state.data.with_value(|d| to_query(&url, d));
            write_query(&query, true);
        }
    }

    /// Drops the waiting entry: back or forward has moved to another one.
    fn discard(self) {
        self.waiting.set_value(None);
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
    let pending_view = RestTimer::new();
    let writes = UrlWrites::new(state);
    provide_context(writes);
    Effect::new(move |_| {
        state.track_url();
        let now = state.to_url();
        let before = last.get_value();
        if now == before {
            return;
        }
        last.set_value(now.clone());
        pending_view.cancel();
        // A page with a story is driven by the article around it: its steps and a reader's
        // choices update the frame's address but add no entries to the article's history.
        let new_choice =
            without_view(&now) != without_view(&before) && state.story.with_value(Option::is_none);
        if new_choice {
            writes.push_after_rest(now);
        } else {
            let query = move || state.data.with_value(|d| to_query(&now, d));
            // The query is built only once the view has settled, not for every step of it.
            let write_view = move || {
                // The view belongs to the newest entry: push any waiting one first.
                writes.flush();
                write_query(&query(), false);
            };
            pending_view.restart(write_view, VIEW_SETTLE);
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
    // A reload or a link followed during the rest must not lose the choice.
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| writes.flush());
    on_cleanup(move || {
        popstate.remove();
        pagehide.remove();
    });
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
