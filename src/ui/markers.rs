//! Launch-site and reference-place markers, drawn in screen space so they keep their size at
//! every zoom, with labels (theirs and the island chain's) placed so that none overlaps.

use crate::launch::{chain_sites, format_lat_lon, Launch};
use crate::model::{DataSet, LonLat, PlaceKind};
use crate::projection::Projection;
use crate::render::{label_width_px, place_labels, LabelRequest, LABEL_GAP_PX};
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
/// Markers this far off screen (CSS px) are still laid out, so a pan reveals them at once.
const OFFSCREEN_MARGIN_PX: f64 = 200.0;

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
}

/// The marker layout for the current view (provided once by [`super::provide_derived`]).
pub fn use_marker_layout() -> Memo<MarkerLayout> {
    expect_context::<Memo<MarkerLayout>>()
}

/// Screen positions and label sides, the most important labels first so they win the space.
pub fn layout(state: MapState, projection: &Projection) -> MarkerLayout {
    let Some(view) = state.viewport.get() else {
        return MarkerLayout::default();
    };
    let launch = state.launch.get();
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
            .filter_map(|s| marker(&s.id, &s.name, s.position()))
            .collect();
        sites.sort_by_key(|m| !selected(&m.id));
        let chain = &d.island_chain;
        let mut chain_label = marker(
            "island-chain",
            &chain.name,
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
            .filter_map(|p| marker(&p.id, &p.name, p.position()))
            .collect();

        let request = |m: &Marker, font: f64, marker_px: f64| LabelRequest {
            x_px: m.x_px,
            y_px: m.y_px,
            width_px: label_width_px(&m.name, font),
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
        let sides = place_labels(&requests, view.width_px, view.height_px);
        for ((m, _, _), side) in ordered.into_iter().zip(sides) {
            m.label_right = side;
        }
        MarkerLayout {
            sites,
            places,
            chain_label,
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

/// The label of a marker, on the side [`place_labels`] chose.
fn label(m: &Marker) -> impl IntoView {
    m.label_right.map(|right| {
        let (x, anchor) = if right {
            (LABEL_GAP_PX, "start")
        } else {
            (-LABEL_GAP_PX, "end")
        };
        view! { <text x=x dy="0.35em" text-anchor=anchor>{m.name.clone()}</text> }
    })
}

/// Reference places (capitals, cities, bases) for scale, under the Japanese launch sites;
/// click a site or press Enter on it to select it.
#[component]
pub fn Markers() -> impl IntoView {
    let state = expect_context::<MapState>();
    let markers = use_marker_layout();
    view! {
        <g class="places">
            {move || markers.get().places.into_iter().map(|m| view! {
                <g class="place" data-place=m.id.clone() transform=format!("translate({:.1} {:.1})", m.x_px, m.y_px)>
                    <circle r="2.5" />
                    {label(&m)}
                </g>
            }).collect_view()}
        </g>
        <g class="sites">
            {move || {
                let launch = state.launch.get();
                // Drawn in reverse so the selected site, laid out first, is painted on top.
                markers.get().sites.into_iter().rev().map(|m| {
                    let selected = state.data.with_value(|d| is_selected(&launch, d, &m.id));
                    site_marker(state, m, selected)
                }).collect_view()
            }}
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
                <text x=LABEL_GAP_PX + 4.0 dy="0.35em">{format_lat_lon(p)}</text>
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
fn site_marker(state: MapState, m: Marker, is_selected: bool) -> impl IntoView {
    let id = m.id.clone();
    let id_key = m.id.clone();
    view! {
        <g
            class="site"
            class:selected=is_selected
            data-site=m.id.clone()
            data-launch-marker=is_selected.then_some("")
            transform=format!("translate({:.1} {:.1})", m.x_px, m.y_px)
            role="button"
            tabindex="0"
            aria-pressed=if is_selected { "true" } else { "false" }
            aria-label=format!("Launch site {}", m.name)
            on:click=move |_| state.launch.set(Launch::Site(id.clone()))
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    ev.stop_propagation();
                    state.launch.set(Launch::Site(id_key.clone()));
                }
            }
        >
            <circle class="hit" r="12" />
            <path class="mark" d="M0 -6 L6 0 L0 6 L-6 0 Z" />
            {label(&m)}
        </g>
    }
}
