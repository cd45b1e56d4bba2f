//! The base map layers and the island chain, drawn from [`crate::render::base_layers`].

use super::markers::ChainLabel;
use crate::render::BaseLayers;
use crate::state::MapState;
use crate::ui::PlaneTransform;
use leptos::prelude::*;

/// Land, borders and graticule. Projected once per projection; pans and zooms only move the
/// enclosing group.
#[component]
pub fn BaseLayersView() -> impl IntoView {
    let layers = use_base_layers();
    let d = move |pick: fn(&BaseLayers) -> &String| move || layers.with(|l| pick(l).clone());
    view! {
        <path class="graticule" d=d(|l| &l.graticule) />
        <path class="world-land" d=d(|l| &l.world) />
        <path class="land" d=d(|l| &l.land) />
        <path class="land japan" d=d(|l| &l.japan) data-testid="japan" />
        <path class="borders" d=d(|l| &l.borders) />
    }
}

/// The First Island Chain: its line on the map and its name on the screen beside it.
#[component]
pub fn IslandChainView() -> impl IntoView {
    let state = expect_context::<MapState>();
    let layers = use_base_layers();
    let lang = state.lang_untracked();
    let aria_label = state.data.with_value(|d| {
        let chain = &d.island_chain;
        lang.chain_label(chain.name_in(lang), &chain.labels_in(lang))
    });
    let transform = expect_context::<PlaneTransform>().0;
    view! {
        <g class="island-chain" data-testid="island-chain" role="img" aria-label=aria_label>
            <path d=move || layers.with(|l| l.island_chain.clone()) transform=transform />
            <ChainLabel />
        </g>
    }
}

/// The projected base layers (provided once by [`crate::ui::provide_derived`]).
fn use_base_layers() -> Memo<BaseLayers> {
    expect_context::<Memo<BaseLayers>>()
}
