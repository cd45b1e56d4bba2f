//! Launch-site and reference-place markers, drawn in screen space so they keep their size at
//! every zoom, with labels placed so they do not overlap.

use crate::projection::Projection;
use crate::render::{label_width_px, place_labels, LabelRequest, LABEL_GAP_PX};
use crate::state::MapState;
use leptos::prelude::*;

/// Font size of site labels in CSS px (matches `.site text` in the stylesheet).
const SITE_FONT_PX: f64 = 13.0;
/// Font size of place labels in CSS px (matches `.place text`).
const PLACE_FONT_PX: f64 = 11.0;

/// One marker ready to draw.
#[derive(Debug, Clone, PartialEq)]
struct Marker {
    id: String,
    name: String,
    x_px: f64,
    y_px: f64,
    /// `Some(true)` label right, `Some(false)` left, `None` no room for it.
    label_right: Option<bool>,
}

/// Screen positions and label sides of all markers: the selected site first, then the other
/// sites, then places, so the most important labels win the space.
fn layout(state: MapState, projection: &Projection) -> (Vec<Marker>, Vec<Marker>) {
    let Some(view) = state.viewport.get() else {
        return (Vec::new(), Vec::new());
    };
    let selected = state.site_id.get();
    state.data.with_value(|d| {
        let on_screen = |lon_lat| {
            let xy = projection.forward(lon_lat)?;
            let (x, y) = view.to_screen(xy);
            let margin = 200.0;
            (x > -margin
                && y > -margin
                && x < view.width_px + margin
                && y < view.height_px + margin)
                .then_some((x, y))
        };
        let mut sites: Vec<(bool, Marker)> = d
            .sites
            .iter()
            .filter_map(|s| {
                let (x, y) = on_screen(s.position())?;
                Some((
                    s.id == selected,
                    Marker {
                        id: s.id.clone(),
                        name: s.name.clone(),
                        x_px: x,
                        y_px: y,
                        label_right: None,
                    },
                ))
            })
            .collect();
        sites.sort_by_key(|(is_selected, _)| !*is_selected);
        let mut sites: Vec<Marker> = sites.into_iter().map(|(_, m)| m).collect();
        let mut places: Vec<Marker> = d
            .places
            .iter()
            .filter_map(|p| {
                let (x, y) = on_screen(p.position())?;
                Some(Marker {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    x_px: x,
                    y_px: y,
                    label_right: None,
                })
            })
            .collect();
        let request = |m: &Marker, font: f64| LabelRequest {
            x_px: m.x_px,
            y_px: m.y_px,
            width_px: label_width_px(&m.name, font),
            height_px: font * 1.3,
        };
        let requests: Vec<LabelRequest> = sites
            .iter()
            .map(|m| request(m, SITE_FONT_PX))
            .chain(places.iter().map(|m| request(m, PLACE_FONT_PX)))
            .collect();
        let sides = place_labels(&requests);
        for (m, side) in sites.iter_mut().chain(places.iter_mut()).zip(sides) {
            m.label_right = side;
        }
        (sites, places)
    })
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
    let projection = expect_context::<Memo<Projection>>();
    let markers = Memo::new(move |_| layout(state, &projection.get()));
    view! {
        <g class="places">
            {move || markers.get().1.into_iter().map(|m| view! {
                <g class="place" data-place=m.id.clone() transform=format!("translate({:.1} {:.1})", m.x_px, m.y_px)>
                    <circle r="2.5" />
                    {label(&m)}
                </g>
            }).collect_view()}
        </g>
        <g class="sites">
            {move || {
                let selected = state.site_id.get();
                markers.get().0.into_iter().map(|m| site_marker(state, m, &selected)).collect_view()
            }}
        </g>
    }
}

/// One launch-site marker: a diamond, a larger invisible hit area for fingers, and its label.
fn site_marker(state: MapState, m: Marker, selected: &str) -> impl IntoView {
    let id = m.id.clone();
    let id_key = m.id.clone();
    let is_selected = m.id == selected;
    view! {
        <g
            class="site"
            class:selected=is_selected
            data-site=m.id.clone()
            transform=format!("translate({:.1} {:.1})", m.x_px, m.y_px)
            role="button"
            tabindex="0"
            aria-pressed=if is_selected { "true" } else { "false" }
            aria-label=format!("Launch site {}", m.name)
            on:click=move |_| state.site_id.set(id.clone())
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    ev.stop_propagation();
                    state.site_id.set(id_key.clone());
                }
            }
        >
            <circle class="hit" r="12" />
            <path class="mark" d="M0 -6 L6 0 L0 6 L-6 0 Z" />
            {label(&m)}
        </g>
    }
}
