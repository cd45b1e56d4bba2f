//! Panels off the first screen that wait until the first rings are on screen: the reader sees
//! the map first, and building the legend, the reach list, the claims table and the chart
//! (and laying them out: the page measures the map's frame with a forced layout while it
//! starts) does not delay that first frame.

use leptos::prelude::*;

/// Whether the first frame with rings has been painted (set once, by the rings layer).
#[derive(Debug, Clone, Copy)]
pub struct RingsPainted(pub RwSignal<bool>);

/// Provides [`RingsPainted`], false until the rings layer sets it.
pub fn provide_rings_painted() {
    provide_context(RingsPainted(RwSignal::new(false)));
}

/// Renders `children` once the first rings have been painted; until then, nothing (the panels
/// it holds are below the fold, so no reader sees the wait).
#[component]
pub fn Deferred(
    /// What to render after the first rings are painted.
    children: ChildrenFn,
) -> impl IntoView {
    let painted = expect_context::<RingsPainted>().0;
    view! { <Show when=move || painted.get()>{children()}</Show> }
}

/// A copy of a value that follows it one painted frame late: see [`after_paint`].
#[derive(Debug, Clone, Copy)]
pub struct Lagged<T: Send + Sync + 'static> {
    /// The value, as of the last painted frame.
    pub value: Memo<T>,
    /// Whether a newer value is waiting to be taken: the panel's `aria-busy`, which tells
    /// assistive technology (and the browser tests) to wait for it.
    pub waiting: Signal<bool>,
}

/// A copy of `source` that takes each new value only after the frame showing the change that
/// caused it has been painted: for panels off the first screen (the legend under the map, the
/// reach list under the sites panel), so a switch's frame holds only what the reader is
/// looking at, the map. Several changes within one frame are taken together, once. The copy
/// starts with `source`'s current value, so the first render is not delayed.
pub fn after_paint<T>(source: Memo<T>) -> Lagged<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let settled = RwSignal::new(source.get_untracked());
    let waiting = RwSignal::new(false);
    Effect::new(move |ran: Option<()>| {
        source.track();
        // The first run only subscribes: `settled` already holds this value.
        if ran.is_none() || waiting.get_untracked() {
            return;
        }
        waiting.set(true);
        // A task posted from a frame's rAF callback runs after that frame's paint.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if let Some(now) = source.try_get_untracked() {
                        settled.set(now);
                    }
                    waiting.set(false);
                },
                std::time::Duration::ZERO,
            )
        });
    });
    Lagged {
        value: Memo::new(move |_| settled.get()),
        waiting: waiting.into(),
    }
}
