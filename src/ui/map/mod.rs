//! The map: an SVG that holds the base layers, markers and controls, and takes gestures.

pub(crate) mod controls;
pub(crate) mod detail;
pub(crate) mod gestures;
pub(crate) mod layers;
pub(crate) mod markers;
pub mod rings;
pub(crate) mod view_preview;

use super::{MapCovered, PlaneTransform};
use crate::projection::Projection;
use crate::render::ScreenBox;
use crate::state::MapState;
use crate::ui::compare::CompareShade;
use controls::MapControls;
use gestures::{map_frame_rect, Gestures};
use layers::{BaseLayersView, IslandChainView};
use leptos::prelude::*;
use markers::{CustomMarker, Markers};
use rings::{RingLabels, RingsLayer};
use view_preview::ViewPreview;

/// The map area. Measures itself, opens on the home view, and re-fits when the projection
/// changes (each projection has its own plane).
#[component]
pub fn MapView() -> impl IntoView {
    let state = expect_context::<MapState>();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();

    let projection = expect_context::<Memo<Projection>>();

    let map_covered = expect_context::<MapCovered>();
    let measure = move || {
        let Some(svg) = svg_ref.get_untracked() else {
            return;
        };
        let rect = map_frame_rect(&svg);
        let (w, h) = (rect.width(), rect.height());
        // The buttons over the map, measured in the same (already forced) layout.
        let covered: Vec<ScreenBox> = svg
            .parent_element()
            .and_then(|frame| frame.parent_element())
            .and_then(|wrap| wrap.query_selector(".map-controls").ok().flatten())
            .map(|c| {
                let b = c.get_bounding_client_rect();
                vec![[
                    b.left() - rect.left(),
                    b.top() - rect.top(),
                    b.width(),
                    b.height(),
                ]]
            })
            .unwrap_or_default();
        if map_covered.0.get_untracked() != covered {
            map_covered.0.set(covered);
        }
        state.viewport.update(|v| {
            *v = Some(match *v {
                Some(view) => view.resized(w, h),
                None => state.take_start_view(&projection.get_untracked(), w, h),
            })
        });
    };
    Effect::new(move |_| {
        if svg_ref.get().is_some() {
            measure();
        }
    });
    // Only in the browser: a prerendered map has no window to follow.
    #[cfg(target_arch = "wasm32")]
    {
        let resize = window_event_listener(leptos::ev::resize, move |_| measure());
        on_cleanup(move || resize.remove());
    }

    // A new projection is a new plane: go to its home view (or a view the URL asked for),
    // keeping the screen size.
    Effect::new(move |prev: Option<Projection>| {
        let proj = projection.get();
        if prev.is_some_and(|p| p != proj) {
            state.viewport.update(|v| {
                if let Some(view) = v {
                    *view = state.take_start_view(&proj, view.width_px, view.height_px);
                }
            });
        }
        proj
    });

    let gestures = Gestures::new(state, svg_ref);
    let stop_step_move = crate::ui::story::cancel_on_gesture();

    let transform = expect_context::<PlaneTransform>().0;
    let preview_transform = expect_context::<ViewPreview>().css_transform();
    let base_layer = base_layer_wanted(state, preview_transform);

    view! {
        <div class="map-wrap">
            // The frame the map is seen through: a gesture in progress moves the whole <svg>
            // inside it with a CSS transform (see `ViewPreview`), and it clips what moves out.
            <div class="map-clip">
            <svg
                node_ref=svg_ref
                class="map"
                data-testid="map"
                data-basemap=detail::level_name(expect_context::<detail::Detail>())
                data-overview=detail::overview_state_name(expect_context::<detail::Overview>())
                style:transform=move || preview_transform.get()
                class:base-layer=move || base_layer.get()
                data-projection=move || match state.projection_kind.get() {
                    crate::projection::ProjectionKind::Mercator => "mercator",
                    crate::projection::ProjectionKind::TrueDistance => "aeqd",
                }
                role="application"
                aria-roledescription="map"
                aria-label=crate::ui::use_text().map_label
                tabindex="0"
                on:pointerdown=move |ev| { stop_step_move(); gestures.pointer_down(&ev) }
                on:pointermove=move |ev| gestures.pointer_move(&ev)
                on:pointerup=move |ev| gestures.pointer_up(&ev)
                on:pointercancel=move |ev| gestures.pointer_cancel(&ev)
                on:wheel=move |ev| { stop_step_move(); gestures.wheel(&ev) }
                on:keydown=move |ev| { stop_step_move(); gestures.key_down(&ev) }
            >
                <g class="base" transform=transform>
                    <BaseLayersView />
                </g>
                <CompareShade />
                <RingsLayer />
                <IslandChainView />
                <Markers />
                <CustomMarker />
                <RingLabels />
            </svg>
            </div>
            <MapControls />
        </div>
        <detail::DetailNotice />
    }
}

/// The finest scale at which the base map gets a compositor layer of its own (the map's
/// `base-layer` class; `public/style.css` says what it saves): the first views' scales and
/// coarser. Finer, the layer would be rasterised for the base map's whole extent at that
/// scale, which took seconds a frame zoomed in; the detailed map takes over there anyway.
pub const BASE_LAYER_MIN_M_PER_PX: f64 = crate::model::DETAIL_BELOW_M_PER_PX;

/// How long the view must rest before the base map gets its layer back after a move: a
/// gesture takes it away at its first step, and it should not come and go within one.
const BASE_LAYER_REST: std::time::Duration = std::time::Duration::from_millis(500);

/// Whether the base map should have its own compositor layer now: at the first views' scales
/// ([`BASE_LAYER_MIN_M_PER_PX`]), and not while the view moves. A layer inside the moving
/// <svg> is rasterised again at every new scale of a zoom's preview, and taking it away costs
/// a raster of the whole map: so the first step of a pan or zoom takes it away, and it comes
/// back once the view has rested for [`BASE_LAYER_REST`].
fn base_layer_wanted(state: MapState, preview_transform: Signal<Option<String>>) -> Memo<bool> {
    // A memo, so that a gesture's frames (a new transform each) do not restart the timer.
    let moving = Memo::new(move |_| preview_transform.with(Option::is_some));
    let at_rest = RwSignal::new(true);
    let rest = crate::ui::rest_timer::RestTimer::new();
    Effect::new(move |ran: Option<()>| {
        moving.track();
        state.viewport.track();
        if ran.is_none() {
            return;
        }
        if at_rest.get_untracked() {
            at_rest.set(false);
        }
        let back = move || {
            let _ = at_rest.try_set(true);
        };
        rest.restart(back, BASE_LAYER_REST);
    });
    Memo::new(move |_| {
        at_rest.get()
            && !moving.get()
            && state
                .viewport
                .with(|v| v.is_some_and(|v| v.m_per_px >= BASE_LAYER_MIN_M_PER_PX))
    })
}
