//! Range rings on the map: geometry from [`crate::rings::shown_rings`], one `<path data-ring>`
//! per claim, and their printed-figure labels in screen space.

use super::PlaneTransform;
use crate::projection::Projection;
use crate::render::label_width_px;
use crate::rings::{shown_rings, ShownRing};
use crate::state::MapState;
use leptos::prelude::*;

/// Rings are resampled only when the zoom crosses a power of two, so that a zoom gesture does
/// not recompute them every frame; within a step they stay within one pixel of true.
fn density_bucket_m_per_px(m_per_px: f64) -> f64 {
    2f64.powf(m_per_px.max(1.0).log2().floor())
}

/// The rings currently shown (provided once by [`super::provide_derived`]).
pub fn use_shown_rings() -> Memo<Vec<ShownRing>> {
    expect_context::<Memo<Vec<ShownRing>>>()
}

/// The map scale rings are sampled for, in metres per pixel: changes only when the zoom
/// crosses a power of two.
#[derive(Debug, Clone, Copy)]
pub struct RingScale(pub Memo<f64>);

/// The [`RingScale`] of the current view.
pub fn ring_scale_memo(state: MapState) -> RingScale {
    RingScale(Memo::new(move |_| {
        state
            .viewport
            .get()
            .map(|v| density_bucket_m_per_px(v.m_per_px))
            .unwrap_or(4_096.0)
    }))
}

/// The rings for the reader's choices, recomputed when the source, site or projection change,
/// or the zoom crosses a density step.
pub fn shown_rings_memo(
    state: MapState,
    projection: Memo<Projection>,
    RingScale(bucket): RingScale,
) -> Memo<Vec<ShownRing>> {
    Memo::new(move |_| {
        let choice = state.sources.get();
        let centres = state.launch_centres();
        let proj = projection.get();
        let m_per_px = bucket.get();
        state
            .data
            .with_value(|d| shown_rings(&d.claims, &choice, &centres, &proj, m_per_px))
    })
}

/// Font size of ring labels in CSS px (matches `.ring-label`).
const RING_LABEL_FONT_PX: f64 = 12.5;

/// CSS class of a ring: its source's style, and what its qualifier means for the line.
fn ring_class(r: &ShownRing) -> String {
    let mut class = format!("ring s{}", r.source_index % 5);
    if r.max_km > r.min_km {
        class.push_str(" band");
    }
    if r.claim.qualifier == crate::model::Qualifier::About {
        class.push_str(" approx");
    }
    if r.claim.qualifier.open_ended() {
        class.push_str(" open");
    }
    class
}

/// Name of the `performance.mark` set once, when ring paths are first on screen; the
/// benchmark (`scripts/bench.sh`) reads its `startTime` as "time to first rings".
pub const FIRST_RINGS_MARK: &str = "first-rings";

/// Sets [`FIRST_RINGS_MARK`] once per page load, after the first non-empty list of rings has
/// been rendered into the DOM: the effect runs after the view is built, and the mark waits
/// for the next animation frame and then a zero-delay task, so it lands after that frame's
/// paint rather than before it. In the same task it lets the [`super::deferred::Deferred`]
/// panels mount. A view with no rings (a source that gives no range) releases the panels once
/// the map is drawn, and sets no mark. Costs one closed-over bool once done.
fn mark_first_rings(state: MapState, rings: Memo<Vec<ShownRing>>) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static MARKED: AtomicBool = AtomicBool::new(false);
    let rings_painted = expect_context::<super::deferred::RingsPainted>();
    Effect::new(move |done: Option<bool>| {
        // Once scheduled, read no signal, so the effect never runs again.
        if done == Some(true) || MARKED.load(Ordering::Relaxed) {
            return true;
        }
        let has_rings = !rings.with(Vec::is_empty);
        if !has_rings && state.viewport.with(Option::is_none) {
            return false;
        }
        MARKED.store(true, Ordering::Relaxed);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if let (true, Some(perf)) = (has_rings, window().performance()) {
                        let _ = perf.mark(FIRST_RINGS_MARK);
                    }
                    rings_painted.0.set(true);
                },
                std::time::Duration::ZERO,
            )
        });
        true
    });
}

/// The ring paths, drawn in the same plane and transform as the base map.
#[component]
pub fn RingsLayer() -> impl IntoView {
    let state = expect_context::<MapState>();
    let rings = use_shown_rings();
    let transform = expect_context::<PlaneTransform>().0;
    mark_first_rings(state, rings);
    view! {
        <g class="rings" data-testid="rings" transform=transform>
            {move || {
                let site = state.launch.with(|l| l.id().to_owned());
                rings.get().into_iter().map(|r| {
                    let class = ring_class(&r);
                    view! {
                        <g class=class>
                            <path class="halo" d=r.path_d.clone() />
                            <path
                                class="line"
                                data-ring=""
                                data-source=r.claim.source.clone()
                                data-system=r.claim.system.id()
                                data-variant=r.claim.variant.id()
                                data-qualifier=r.claim.qualifier.id()
                                data-site=site.clone()
                                data-min-km=format!("{:.1}", r.min_km)
                                data-max-km=format!("{:.1}", r.max_km)
                                d=r.path_d
                            />
                            <path class="ticks" d=r.ticks_d />
                        </g>
                    }
                }).collect_view()
            }}
        </g>
    }
}

/// Each ring's printed figure ("900 mi"), on the ring, in its source's colour.
#[component]
pub fn RingLabels() -> impl IntoView {
    let state = expect_context::<MapState>();
    let projection = expect_context::<Memo<Projection>>();
    let rings = use_shown_rings();
    view! {
        <g class="ring-labels">
            {move || {
                let view = state.viewport.get()?;
                let proj = projection.get();
                Some(rings.get().into_iter().filter_map(|r| {
                    let (x, y) = view.to_screen(proj.forward(r.label_at)?);
                    let text = r.claim.printed_label();
                    let w = label_width_px(&text, RING_LABEL_FONT_PX);
                    // Keep the whole label on screen: it runs right of its point, or left of it
                    // near the right edge; with room for neither it is left out (the legend has it).
                    let anchor = if x + w <= view.width_px { "start" } else { "end" };
                    let fits = if anchor == "start" { x >= 0.0 } else { x - w >= 0.0 };
                    let on_screen = fits && y > 0.0 && y < view.height_px;
                    on_screen.then(|| view! {
                        <text class=format!("ring-label s{}", r.source_index % 5) x=format!("{x:.1}") y=format!("{y:.1}") dy="0.35em" text-anchor=anchor>
                            {text}
                        </text>
                    })
                }).collect_view())
            }}
        </g>
    }
}
