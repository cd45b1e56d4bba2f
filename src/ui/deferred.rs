//! Panels below the map that wait until the first rings are on screen: the reader sees the
//! map first, and building the claims table and chart does not delay that first frame.

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
