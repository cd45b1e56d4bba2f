//! Launch-site and reference-place markers, drawn in screen space so they keep their size at
//! every zoom, with labels (theirs and the island chain's) placed so that none overlaps.

use super::keyed::follow_item;
use crate::launch::{chain_sites, Launch};
use crate::model::{DataSet, LonLat, PlaceKind};
use crate::projection::Projection;
use crate::render::{
    label_box, label_width_px, place_labels, LabelRequest, ScreenBox, LABEL_GAP_PX,
};
use crate::state::MapState;
use leptos::prelude::*;

/// Font size of site labels in CSS px (matches `.site text` in the stylesheet).
const SITE_FONT_PX: f64 = 13.0;
/// Font size of place labels in CSS px (matches `.place text`).
const PLACE_FONT_PX: f64 = 11.0;
/// Font size of the island chain's name in CSS px (matches `.chain-label`).
const CHAIN_FONT_PX: f64 = 12.0;
/// Size of the square a marker covers, in CSS px; labels keep off it.
const MARKER_PX: f64 = 10.0;
/// Markers as far off screen as the map is drawn (CSS px) are laid out too, so a pan slides
/// them in with the map.
const OFFSCREEN_MARGIN_PX: f64 = super::view_preview::DRAWN_MARGIN_PX;

/// One marker or label anchor ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Site or place id.
    pub id: String,
    /// Label text.
    pub name: String,
    /// Screen position, CSS px from the left of the map.
    pub x_px: f64,
    /// Screen position, CSS px from the top of the map.
    pub y_px: f64,
    /// `Some(true)` label right, `Some(false)` left, `None` no room for it.
    pub label_right: Option<bool>,
}

/// Everything drawn in screen space, laid out together so labels can share the room.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MarkerLayout {
    /// Launch sites on or near the screen.
    pub sites: Vec<Marker>,
    /// Reference places on or near the screen.
    pub places: Vec<Marker>,
    /// The island chain's name, if it is on screen and has room.
    pub chain_label: Option<Marker>,
    /// What the markers and the labels shown cover on the screen: ring labels keep off it.
    pub covered_px: Vec<ScreenBox>,
}

/// The marker layout for the current view (provided once by [`super::provide_derived`]).
pub fn use_marker_layout() -> Memo<MarkerLayout> {
    expect_context::<Memo<MarkerLayout>>()
}

/// Screen positions and label sides, the most important labels first so they win the space;
/// no label goes under `covered` (the map's buttons).
pub fn layout(state: MapState, projection: &Projection, covered: &[ScreenBox]) -> MarkerLayout {
    let Some(view) = state.viewport.get() else {
        return MarkerLayout::default();
    };
    let launch = state.launch.get();
    let lang = state.lang();
    state.data.with_value(|d| {
        let selected = |id: &str| is_selected(&launch, d, id);
        let marker = |id: &str, name: &str, at: LonLat| {
            let (x, y) = view.to_screen(projection.forward(at)?);
            let m = OFFSCREEN_MARGIN_PX;
            let near = x > -m && y > -m && x < view.width_px + m && y < view.height_px + m;
            near.then(|| Marker {
                id: id.to_owned(),
                name: name.to_owned(),
                x_px: x,
                y_px: y,
                label_right: None,
            })
        };
        let mut sites: Vec<Marker> = d
            .sites
            .iter()
            .filter_map(|s| marker(&s.id, s.name_in(lang), s.position()))
            .collect();
        sites.sort_by_key(|m| !selected(&m.id));
        let chain = &d.island_chain;
        let mut chain_label = marker(
            "island-chain",
            chain.name_in(lang),
            LonLat::new(chain.name_at.lon_deg, chain.name_at.lat_deg),
        );
        // Capitals claim label room before bases, bases before other cities.
        let mut ranked: Vec<_> = d.places.iter().collect();
        ranked.sort_by_key(|p| match p.kind {
            PlaceKind::Capital => 0,
            PlaceKind::Base | PlaceKind::Islands => 1,
            PlaceKind::City => 2,
        });
        let mut places: Vec<Marker> = ranked
            .iter()
            .filter_map(|p| marker(&p.id, p.name_in(lang), p.position()))
            .collect();

        let request = |m: &Marker, font: f64, marker_px: f64| LabelRequest {
            x_px: m.x_px,
            y_px: m.y_px,
            // Place names are the only labels not in bold (see the stylesheet).
            width_px: label_width_px(&m.name, font, font != PLACE_FONT_PX),
            height_px: font * 1.3,
            marker_px,
        };
        // Label priority: the selected site, the island chain's name, other sites, places.
        let first = 1.min(sites.len());
        let (selected_site, other_sites) = sites.split_at_mut(first);
        let mut ordered: Vec<(&mut Marker, f64, f64)> = Vec::new();
        ordered.extend(
            selected_site
                .iter_mut()
                .map(|m| (m, SITE_FONT_PX, MARKER_PX)),
        );
        ordered.extend(chain_label.iter_mut().map(|m| (m, CHAIN_FONT_PX, 0.0)));
        ordered.extend(other_sites.iter_mut().map(|m| (m, SITE_FONT_PX, MARKER_PX)));
        ordered.extend(places.iter_mut().map(|m| (m, PLACE_FONT_PX, MARKER_PX)));
        let requests: Vec<LabelRequest> = ordered
            .iter()
            .map(|(m, font, marker_px)| request(m, *font, *marker_px))
            .collect();
        let sides = place_labels(&requests, view.width_px, view.height_px, covered);
        let mut covered_px = Vec::new();
        for (((m, _, _), side), r) in ordered.into_iter().zip(sides).zip(&requests) {
            m.label_right = side;
            if r.marker_px > 0.0 {
                let half = r.marker_px / 2.0;
                covered_px.push([r.x_px - half, r.y_px - half, r.marker_px, r.marker_px]);
            }
            if let Some(right) = side {
                let gap = if right { LABEL_GAP_PX } else { -LABEL_GAP_PX };
                covered_px.push(label_box(
                    r.x_px + gap,
                    r.y_px,
                    r.width_px,
                    r.height_px,
                    right,
                ));
            }
        }
        MarkerLayout {
            sites,
            places,
            chain_label,
            covered_px,
        }
    })
}

/// Whether the site with this id is (part of) the launch point.
fn is_selected(launch: &Launch, data: &DataSet, site_id: &str) -> bool {
    match launch {
        Launch::Site(id) => id == site_id,
        Launch::Chain => chain_sites(data).any(|s| s.id == site_id),
        Launch::Custom(_) => false,
    }
}

/// A marker's key in keyed lists: its site or place id.
fn marker_key(m: &Marker) -> &String {
    &m.id
}

/// The ids of `markers`, in drawing order.
fn marker_ids(markers: Memo<Vec<Marker>>) -> Vec<String> {
    markers.with(|v| v.iter().map(|m| m.id.clone()).collect())
}

/// A marker's label, on the side [`place_labels`] chose for it; rebuilt only when that side
/// changes, not when the marker moves (it is drawn relative to the marker).
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

/// The island chain's name, where [`layout`] found room for it.
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
    let selected = {
        let id = id.clone();
        Memo::new(move |_| {
            let launch = state.launch.get();
            state.data.with_value(|d| is_selected(&launch, d, &id))
        })
    };
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
