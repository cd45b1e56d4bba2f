//! Buttons over the map: zoom, reset, and the choice of projection.

use super::gestures::{reset_view, STEP_ZOOM};
use super::view_preview::ViewPreview;
use crate::model::Unit;
use crate::projection::ProjectionKind;
use crate::state::MapState;
use crate::ui::use_text;
use leptos::prelude::*;

/// Zoom in and out, reset, and Mercator / true-distance toggle, with the sentence that says
/// why the two views differ.
#[component]
pub fn MapControls() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
    // A wheel burst still waiting to be drawn is drawn first: the buttons start from the view
    // the reader sees.
    let preview = expect_context::<ViewPreview>();
    let zoom = move |factor: f64| {
        preview.commit();
        state.viewport.update(|v| {
            if let Some(view) = v {
                *view = view.zoomed(factor);
            }
        })
    };
    let kind = state.projection_kind;
    let choice = move |k: ProjectionKind, label: &'static str, testid: &'static str| {
        view! {
            <button
                type="button"
                data-testid=testid
                aria-pressed=move || if kind.get() == k { "true" } else { "false" }
                on:click=move |_| kind.set(k)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="map-controls">
            <div class="zoom-buttons" role="group" aria-label=t.zoom>
                <button type="button" data-testid="zoom-in" aria-label=t.zoom_in on:click=move |_| zoom(STEP_ZOOM)>"+"</button>
                <button type="button" data-testid="zoom-out" aria-label=t.zoom_out on:click=move |_| zoom(1.0 / STEP_ZOOM)>"−"</button>
                <button type="button" data-testid="reset-view" aria-label=t.reset_view on:click=move |_| {
                    preview.commit();
                    reset_view(state)
                }>{t.reset}</button>
            </div>
            <div class="projection-switch" role="group" aria-label=t.projection>
                {choice(ProjectionKind::Mercator, t.mercator, "proj-mercator")}
                {choice(ProjectionKind::TrueDistance, t.true_distance, "proj-aeqd")}
            </div>
            <div class="unit-switch" role="group" aria-label=t.units>
                {[(Unit::Km, t.unit_km), (Unit::Mi, t.unit_mi), (Unit::Nmi, t.unit_nmi)]
                    .map(|(u, name)| view! {
                        <button
                            type="button"
                            data-testid=format!("unit-{}", u.symbol())
                            title=name
                            aria-pressed=move || if state.unit.get() == u { "true" } else { "false" }
                            on:click=move |_| state.unit.set(u)
                        >{lang.unit(u)}</button>
                    })}
            </div>
        </div>
        <p class="projection-note" data-testid="projection-note">
            {move || match kind.get() {
                ProjectionKind::Mercator => t.mercator_note,
                ProjectionKind::TrueDistance => t.true_distance_note,
            }}
        </p>
    }
}
