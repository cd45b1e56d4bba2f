//! Launch-site and reference-place markers, drawn in screen space so they keep their size at
//! every zoom, with labels (theirs and the island chain's) placed so that none overlaps.

use crate::labels::{marker_layout, Marker, MarkerLayout, MarkerRules};
use crate::launch::Launch;
use crate::projection::Projection;
use crate::render::{ScreenBox, LABEL_GAP_PX};
use crate::state::MapState;
use crate::ui::keyed::follow_item;
use leptos::prelude::*;

/// Markers as far off screen as the map is drawn (CSS px) are laid out too, so a pan slides
/// them in with the map.
const OFFSCREEN_MARGIN_PX: f64 = super::view_preview::DRAWN_MARGIN_PX;

/// The marker layout for the current view (provided once by [`crate::ui::provide_derived`]).
pub fn use_marker_layout() -> Memo<MarkerLayout> {
    expect_context::<Memo<MarkerLayout>>()
}

/// The layout ([`marker_layout`]) of the current view, the most important labels first so
/// they win the space; no label goes under `covered` (the map's buttons). The reader's own
/// point is left out: [`CustomMarker`] draws it over the labels.
pub fn layout(state: MapState, projection: &Projection, covered: &[ScreenBox]) -> MarkerLayout {
    let Some(view) = state.viewport.get() else {
        return MarkerLayout::default();
    };
    let launch = state.launch.get();
    let lang = state.lang();
    let rules = MarkerRules {
        covered,
        offscreen_margin_px: OFFSCREEN_MARGIN_PX,
        custom_point: false,
    };
    state
        .data
        .with_value(|d| marker_layout(d, &launch, lang, projection, &view, &rules))
}

/// A marker's key in keyed lists: its site or place id.
fn marker_key(m: &Marker) -> &String {
    &m.id
}

/// The ids of `markers`, in drawing order.
fn marker_ids(markers: Memo<Vec<Marker>>) -> Vec<String> {
    markers.with(|v| v.iter().map(|m| m.id.clone()).collect())
}

/// A marker's label, on the side [`crate::render::place_labels`] chose for it; rebuilt only
/// when that side changes, not when the marker moves (it is drawn relative to the marker).
fn label(marker: Memo<Marker>, name: String) -> impl IntoView {
    let side = Memo::new(move |_| marker.with(|m| m.label_right));
    move || {
        side.get().map(|right| {
            let (x, anchor) = if right {
                (LABEL_GAP_PX, "start")
            } else {
                (-LABEL_GAP_PX, "end")
            };
            view! { <text x=x dy="0.35em" text-anchor=anchor>{name.clone()}</text> }
        })
    }
}

/// The SVG transform that puts a marker's group at its screen position.
fn marker_transform(marker: Memo<Marker>) -> impl Fn() -> String + Copy {
    move || marker.with(|m| format!("translate({:.1} {:.1})", m.x_px, m.y_px))
}

/// Reference places (capitals, cities, bases) for scale, under the Japanese launch sites;
/// click a site or press Enter on it to select it. Both lists are keyed by id: a new launch
/// point or view moves the markers and relabels the ones whose label side changed, and only
/// markers coming on or going off screen are added or removed.
#[component]
pub fn Markers() -> impl IntoView {
    let markers = use_marker_layout();
    let places = Memo::new(move |_| markers.with(|m| m.places.clone()));
    // Drawn in reverse so the selected site, laid out first, is painted on top.
    let sites = Memo::new(move |_| markers.with(|m| m.sites.iter().rev().cloned().collect()));
    let row = move |list: Memo<Vec<Marker>>, id: String| {
        let first = list.with_untracked(|v| v.iter().find(|m| m.id == id).cloned())?;
        Some(follow_item(list, id, marker_key, first))
    };
    view! {
        <g class="places">
            <For each=move || marker_ids(places) key=|id| id.clone() let(id)>
                {row(places, id).map(|m| {
                    let first = m.get_untracked();
                    view! {
                        <g class="place" data-place=first.id transform=marker_transform(m)>
                            <circle r="2.5" />
                            {label(m, first.name)}
                        </g>
                    }
                })}
            </For>
        </g>
        <g class="sites">
            <For each=move || marker_ids(sites) key=|id| id.clone() let(id)>
                {row(sites, id).map(site_marker)}
            </For>
        </g>
    }
}

/// The reader's own launch point, when there is one: a crosshair that can be dragged (on the
/// Mercator map, whose plane does not move with the launch point).
#[component]
pub fn CustomMarker() -> impl IntoView {
    let state = expect_context::<MapState>();
    let projection = expect_context::<Memo<Projection>>();
    move || {
        let Launch::Custom(p) = state.launch.get() else {
            return None;
        };
        let view = state.viewport.get()?;
        let (x, y) = view.to_screen(projection.get().forward(p)?);
        Some(view! {
            <g
                class="launch-custom"
                data-testid="custom-marker"
                data-launch-marker=""
                data-lat=format!("{:.4}", p.lat_deg)
                data-lon=format!("{:.4}", p.lon_deg)
                transform=format!("translate({x:.1} {y:.1})")
            >
                <circle class="hit" r="14" />
                <circle class="ring-mark" r="7" />
                <path class="cross" d="M-11 0 H-4 M4 0 H11 M0 -11 V-4 M0 4 V11" />
                <text x=LABEL_GAP_PX + 4.0 dy="0.35em">{state.lang_untracked().lat_lon(p)}</text>
            </g>
        })
    }
}

/// The island chain's name, where [`marker_layout`] found room for it.
#[component]
pub fn ChainLabel() -> impl IntoView {
    let markers = use_marker_layout();
    move || {
        markers.get().chain_label.and_then(|m| {
            let right = m.label_right?;
            let (x, anchor) = if right { (m.x_px + LABEL_GAP_PX, "start") } else { (m.x_px - LABEL_GAP_PX, "end") };
            Some(view! { <text class="chain-label" x=x y=m.y_px dy="0.35em" text-anchor=anchor>{m.name}</text> })
        })
    }
}

/// One launch-site marker: a diamond, a larger invisible hit area for fingers, and its label.
fn site_marker(m: Memo<Marker>) -> impl IntoView {
    let state = expect_context::<MapState>();
    let Marker { id, name, .. } = m.get_untracked();
    let selected = Memo::new(move |_| m.with(|m| m.selected));
    let choose = {
        let id = id.clone();
        move || state.launch.set(Launch::Site(id.clone()))
    };
    let choose_by_key = choose.clone();
    let aria_label = state.lang_untracked().launch_site_label(&name);
    view! {
        <g
            class="site"
            class:selected=move || selected.get()
            data-site=id
            data-launch-marker=move || selected.get().then_some("")
            transform=marker_transform(m)
            role="button"
            tabindex="0"
            aria-pressed=move || if selected.get() { "true" } else { "false" }
            aria-label=aria_label
            on:click=move |_| choose()
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    ev.stop_propagation();
                    choose_by_key();
                }
            }
        >
            <circle class="hit" r="12" />
            <path class="mark" d="M0 -6 L6 0 L0 6 L-6 0 Z" />
            {label(m, name)}
        </g>
    }
}
