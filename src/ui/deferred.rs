//! Panels off the first screen that wait until the first rings are on screen: the reader sees
//! the map first, and building the legend, the reach list, the claims table and the chart
//! (and laying them out: the page measures the map's frame with a forced layout while it
//! starts) does not delay that first frame.

use crate::burst::{catch_up, rest_left_ms, CatchUp};
use leptos::prelude::*;

/// Whether the first frame with rings has been painted (set once, by the rings layer).
#[derive(Debug, Clone, Copy)]
pub struct RingsPainted(pub RwSignal<bool>);

/// The panels off the first screen ([`Deferred`]), built one per task after the first rings
/// are painted: one task building them all was the longest of the page's start (about
/// 160 ms on a phone-speed CPU), and a reader's tap that lands meanwhile waits for all of it.
#[derive(Debug, Clone, Copy)]
pub struct PanelQueue {
    /// How many [`Deferred`] panels there are, in the order they were made.
    made: StoredValue<usize>,
    /// How many of them may be built: the first `released` in that order.
    released: RwSignal<usize>,
    /// Whether every panel has been built (the page takes over its prerendered view then).
    pub all_built: RwSignal<bool>,
}

impl PanelQueue {
    /// Lets every panel be built at once: for the prerendered page, drawn in one go.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn release_all(self) {
        self.released.set(usize::MAX);
        self.all_built.set(true);
    }

    /// Lets the next panel be built, and the one after in the next task, until all are.
    fn release_next(self) {
        let made = self.made.get_value();
        let released = self.released.get_untracked();
        if released >= made {
            self.all_built.set(true);
            return;
        }
        self.released.set(released + 1);
        set_timeout(move || self.release_next(), std::time::Duration::ZERO);
    }
}

/// Provides [`RingsPainted`] (false until the rings layer sets it) and the [`PanelQueue`],
/// which starts building the panels once it is set.
pub fn provide_rings_painted() {
    let painted = RwSignal::new(false);
    provide_context(RingsPainted(painted));
    let queue = PanelQueue {
        made: StoredValue::new(0),
        released: RwSignal::new(0),
        all_built: RwSignal::new(false),
    };
    provide_context(queue);
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) || !painted.get() {
            return started == Some(true);
        }
        queue.release_next();
        true
    });
}

/// Renders `children` once the first rings have been painted and the panels made before it
/// have been built, each in a task of its own; until then, nothing (the panels it holds are
/// below the fold, so no reader sees the wait).
#[component]
pub fn Deferred(
    /// What to render after the first rings are painted.
    children: ChildrenFn,
) -> impl IntoView {
    let queue = expect_context::<PanelQueue>();
    let place = queue.made.get_value();
    queue.made.set_value(place + 1);
    // A panel made after the others were built (the layout changed) is built at once.
    let released = move || queue.released.get() > place || queue.all_built.get();
    view! { <Show when=released>{children()}</Show> }
}

/// A copy of a value that follows it one painted frame late, or once a run of changes has
/// rested: see [`after_paint`].
#[derive(Debug, Clone, Copy)]
pub struct Lagged<T: Send + Sync + 'static> {
    /// The value, as of the last painted frame.
    pub value: Memo<T>,
    /// Whether a newer value is waiting to be taken: the panel's `aria-busy`, which tells
    /// assistive technology (and the browser tests) to wait for it.
    pub waiting: Signal<bool>,
}

/// Milliseconds since the page started (`performance.now()`), for [`crate::burst`].
fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// A copy of `source` that takes each new value only after the frame showing the change that
/// caused it has been painted: for panels off the first screen (the legend under the map, the
/// reach list under the sites panel), so a switch's frame holds only what the reader is
/// looking at, the map. Several changes within one frame are taken together, once. Changes
/// that keep coming (a new one soon after the copy caught up, [`crate::burst`]) are taken once
/// they have rested: rebuilding an off-screen panel for every choice a reader merely passes
/// through would put that work in the frames that show the map's changes. The copy starts
/// with `source`'s current value, so the first render is not delayed.
pub fn after_paint<T>(source: Memo<T>) -> Lagged<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let settled = RwSignal::new(source.get_untracked());
    let waiting = RwSignal::new(false);
    // When the source last changed, and when the copy last caught up (ms, `performance.now()`).
    let last_change_ms = StoredValue::new(f64::NEG_INFINITY);
    let last_settle_ms = StoredValue::new(f64::NEG_INFINITY);
    // Run from a timer: the panel may have gone meanwhile (a new language rebuilds the page).
    let settle = move || {
        if let Some(now) = source.try_get_untracked() {
            settled.set(now);
            last_settle_ms.try_set_value(now_ms());
            waiting.set(false);
        }
    };
    Effect::new(move |ran: Option<()>| {
        source.track();
        // The first run only subscribes: `settled` already holds this value.
        if ran.is_none() {
            return;
        }
        let changed_at = now_ms();
        last_change_ms.set_value(changed_at);
        if waiting.get_untracked() {
            return;
        }
        waiting.set(true);
        match catch_up(changed_at, last_settle_ms.get_value()) {
            CatchUp::AfterRest => settle_after_rest(last_change_ms, settle),
            // A task posted from a frame's rAF callback runs after that frame's paint.
            CatchUp::AfterPaint => {
                request_animation_frame(move || set_timeout(settle, std::time::Duration::ZERO))
            }
        }
    });
    Lagged {
        value: Memo::new(move |_| settled.get()),
        waiting: waiting.into(),
    }
}

/// Runs `settle` once no change has been recorded in `last_change_ms` for
/// [`crate::burst::BURST_REST_MS`].
fn settle_after_rest(last_change_ms: StoredValue<f64>, settle: impl Fn() + Copy + 'static) {
    let Some(last_ms) = last_change_ms.try_get_value() else {
        return; // the panel has gone
    };
    match rest_left_ms(now_ms(), last_ms) {
        None => settle(),
        Some(wait_ms) => set_timeout(
            move || settle_after_rest(last_change_ms, settle),
            std::time::Duration::from_millis(wait_ms),
        ),
    }
}
