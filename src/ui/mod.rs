//! Leptos components. They read and write [`crate::state::MapState`] from context and draw
//! what [`crate::render`] computes; no geometry lives here.

mod controls;
mod gestures;
mod layers;
mod map;
mod markers;
mod sites_panel;

use crate::model::DataSet;
use crate::state::MapState;
use leptos::prelude::*;

/// The whole page: title, map, launch-site panel and credits.
#[component]
pub fn App() -> impl IntoView {
    match DataSet::load_embedded() {
        Ok(data) => {
            provide_context(MapState::new(data));
            view! {
                <header class="page-header">
                    <h1>"How far can Japan's new missiles reach?"</h1>
                    <p class="lede">
                        "News reports give different ranges for the Tomahawk and Type-12 missiles "
                        "Japan is fielding. This map shows Japanese launch locations and the First "
                        "Island Chain; pick a launch site, drag or zoom the map, and switch to the "
                        "true-distance view to see distances from the site undistorted."
                    </p>
                </header>
                <main class="layout">
                    <map::MapView />
                    <sites_panel::SitesPanel />
                </main>
                <Credits />
            }
            .into_any()
        }
        // A broken data file must never blank the page: say what is wrong and where.
        Err(err) => view! {
            <main class="data-error" role="alert" data-testid="data-error">
                <h1>"The map's data could not be loaded"</h1>
                <p>{err.to_string()}</p>
            </main>
        }
        .into_any(),
    }
}

/// The credit line for data and method.
#[component]
fn Credits() -> impl IntoView {
    view! {
        <footer class="credits" data-testid="credits">
            "Base map: Natural Earth (public domain), 1:10m, via world-atlas. "
            "Distances on the WGS84 ellipsoid (Karney's geodesic algorithm). "
            "The First Island Chain is a strategic concept; its line is schematic. "
            "Launch-site coordinates are approximate (about 1 km)."
        </footer>
    }
}
