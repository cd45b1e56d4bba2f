//! Range rings on the map: geometry from [`crate::rings::shown_rings`], one `<path data-ring>`
//! per claim, and their printed-figure labels in screen space.

use super::markers::use_marker_layout;
use crate::labels::{self, MarkerLayout, RingLabel};
use crate::projection::Projection;
use crate::rings::{RingCache, ShownRing};
use crate::state::MapState;
use crate::ui::keyed::follow_item;
use crate::ui::MapCovered;
use crate::ui::PlaneTransform;
use leptos::prelude::*;

/// Rings are resampled only when the zoom crosses a power of two, so that a zoom gesture does
/// not recompute them every frame; within a step they stay within one pixel of true.
pub fn density_bucket_m_per_px(m_per_px: f64) -> f64 {
    2f64.powf(m_per_px.max(1.0).log2().floor())
}

/// The rings currently shown (provided once by [`crate::ui::provide_derived`]).
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
/// or the zoom crosses a density step. Outlines already traced for the current site,
/// projection and scale are reused (a source switch traces none once each claim's ring has
/// been drawn).
pub fn shown_rings_memo(
    state: MapState,
    projection: Memo<Projection>,
    RingScale(bucket): RingScale,
) -> Memo<Vec<ShownRing>> {
    let cache = StoredValue::new(RingCache::default());
    Memo::new(move |_| {
        let choice = state.sources.get();
        let centres = state.launch_centres();
        let proj = projection.get();
        let m_per_px = bucket.get();
        state.data.with_value(|d| {
            cache
                .try_update_value(|c| {
                    state.offer.with_value(|offer| {
                        c.shown_rings(&d.claims, &choice, offer, &centres, &proj, m_per_px)
                    })
                })
                .unwrap_or_default()
        })
    })
}

/// The claim ids of `rings`, in order: the keys of every per-ring list on the page.
pub fn ring_keys(rings: Memo<Vec<ShownRing>>) -> Vec<String> {
    rings.with(|v| v.iter().map(|r| r.claim.id.clone()).collect())
}

/// The claim id of a shown ring (its key in keyed lists).
pub fn ring_key(r: &ShownRing) -> &String {
    &r.claim.id
}

/// The shown ring of claim `id` now, untracked (a keyed row's starting value).
pub fn shown_ring(rings: Memo<Vec<ShownRing>>, id: &str) -> Option<ShownRing> {
    rings.with_untracked(|v| v.iter().find(|r| r.claim.id == id).cloned())
}

/// The shown ring of claim `id` as a memo that follows it through recomputations (a new
/// site or scale); `None` if no ring of that claim is shown.
pub fn follow_ring(rings: Memo<Vec<ShownRing>>, id: String) -> Option<Memo<ShownRing>> {
    let first = shown_ring(rings, &id)?;
    Some(follow_item(rings, id, ring_key, first))
}

/// CSS class of a ring: its source's style, and what its qualifier means for the line.
fn ring_class(r: &ShownRing) -> String {
    let mut class = format!("ring {}", r.palette);
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
/// paint rather than before it. In the same task it lets the [`crate::ui::deferred::Deferred`]
/// panels mount. A view with no rings (a source that gives no range) releases the panels once
/// the map is drawn, and sets no mark. Costs one closed-over bool once done.
fn mark_first_rings(state: MapState, rings: Memo<Vec<ShownRing>>) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static MARKED: AtomicBool = AtomicBool::new(false);
    let rings_painted = expect_context::<crate::ui::deferred::RingsPainted>();
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

/// The ring paths, drawn in the same plane and transform as the base map. One group per
/// claim, kept while its ring stays shown: a new site or scale only rewrites its path data.
#[component]
pub fn RingsLayer() -> impl IntoView {
    let state = expect_context::<MapState>();
    let rings = use_shown_rings();
    let transform = expect_context::<PlaneTransform>().0;
    mark_first_rings(state, rings);
    let site = move || state.launch.with(|l| l.id().to_owned());
    view! {
        // Copies of rings a story step took away, fading out (see `ui::story`).
        <g class=crate::ui::story::RING_GHOSTS_CLASS aria-hidden="true" transform=transform></g>
        <g class="rings" data-testid="rings" transform=transform>
            <For each=move || ring_keys(rings) key=|id| id.clone() let(id)>
                {follow_ring(rings, id).map(|ring| {
                    let r = ring.get_untracked();
                    let path_d = move || ring.with(|r| r.path_d.clone());
                    view! {
                        <g class=ring_class(&r)>
                            <path class="halo" d=path_d />
                            <path
                                class="line"
                                data-ring=""
                                data-source=r.claim.source.clone()
                                data-added=r.added.then_some("true")
                                data-system=r.claim.system.id()
                                data-variant=r.claim.variant.id()
                                data-qualifier=r.claim.qualifier.id()
                                data-site=site
                                data-min-km=format!("{:.1}", r.min_km)
                                data-max-km=format!("{:.1}", r.max_km)
                                d=path_d
                            />
                            <path class="ticks" d=move || ring.with(|r| r.ticks_d.clone()) />
                        </g>
                    }
                })}
            </For>
        </g>
    }
}

/// A ring label's key: its claim's id.
fn label_key(l: &RingLabel) -> &String {
    &l.id
}

/// The labels that fit on the screen for the current view and rings ([`labels::ring_labels`]):
/// clear of the markers, their labels and the map's buttons.
fn ring_labels(
    state: MapState,
    projection: Memo<Projection>,
    rings: Memo<Vec<ShownRing>>,
    markers: Memo<MarkerLayout>,
    covered: MapCovered,
) -> Vec<RingLabel> {
    let Some(view) = state.viewport.get() else {
        return Vec::new();
    };
    let proj = projection.get();
    let lang = state.lang();
    let mut taken = markers.with(|m| m.covered_px.clone());
    covered.0.with(|c| taken.extend_from_slice(c));
    rings.with(|rings| labels::ring_labels(lang, &proj, &view, rings, &taken))
}

/// Each ring's printed figure ("900 mi"), on the ring, in its source's colour. A label that
/// stays on screen keeps its node; a pan or a new site only moves it.
#[component]
pub fn RingLabels() -> impl IntoView {
    let state = expect_context::<MapState>();
    let projection = expect_context::<Memo<Projection>>();
    let rings = use_shown_rings();
    let markers = use_marker_layout();
    let covered = expect_context::<MapCovered>();
    let labels = Memo::new(move |_| ring_labels(state, projection, rings, markers, covered));
    view! {
        <g class="ring-labels">
            <For
                each=move || labels.with(|v| v.iter().map(|l| l.id.clone()).collect::<Vec<_>>())
                key=|id| id.clone()
                let(id)
            >
                {labels.with_untracked(|v| v.iter().find(|l| l.id == id).cloned()).map(|first| {
                    let label = follow_item(labels, id, label_key, first.clone());
                    view! {
                        <text
                            class=format!("ring-label {}", first.palette)
                            x=move || label.with(|l| format!("{:.1}", l.x_px))
                            y=move || label.with(|l| format!("{:.1}", l.y_px))
                            dy="0.35em"
                            text-anchor=move || label.with(|l| if l.start { "start" } else { "end" })
                        >
                            {first.text}
                        </text>
                    }
                })}
            </For>
        </g>
    }
}
