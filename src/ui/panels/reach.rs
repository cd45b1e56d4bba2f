//! What falls inside each shown ring: reference places with their geodesic distance from the
//! launch point. Also the map's text alternative.

use crate::rings::{place_distances, places_within, ring_summary, PlaceDistance, ShownRing};
use crate::state::MapState;
use crate::ui::deferred::after_paint;
use crate::ui::keyed::follow_item;
use crate::ui::map::rings::{ring_keys, shown_ring, use_shown_rings};
use crate::ui::use_text;
use leptos::prelude::*;

/// Every reference place's distance from the launch point (provided once by
/// [`crate::ui::provide_derived`]).
pub fn place_distances_memo(state: MapState) -> Memo<Vec<PlaceDistance>> {
    Memo::new(move |_| {
        let centres = state.launch_centres();
        let lang = state.lang();
        state
            .data
            .with_value(|d| place_distances(&d.places, &centres, lang))
    })
}

/// The places' distances provided by [`place_distances_memo`].
pub fn use_place_distances() -> Memo<Vec<PlaceDistance>> {
    expect_context::<Memo<Vec<PlaceDistance>>>()
}

/// A place's key in keyed lists: its id.
fn place_key(p: &PlaceDistance) -> &String {
    &p.id
}

/// Places with their distances, one `li[data-place][data-km]` each, keyed by place: a new
/// launch point rewrites the distances of places that stay listed and reorders them, and adds
/// or removes only the places that came into or left the list.
#[component]
pub fn PlaceList(
    /// The places, in the order to show them.
    #[prop(into)]
    places: Signal<Vec<PlaceDistance>>,
) -> impl IntoView {
    let state = expect_context::<MapState>();
    let (unit, lang) = (state.unit, state.lang_untracked());
    let places = Memo::new(move |_| places.get());
    let ids = move || places.with(|v| v.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
    view! {
        <ul>
            <For each=ids key=|id| id.clone() let(id)>
                {places.with_untracked(|v| v.iter().find(|p| p.id == id).cloned()).map(|first| {
                    let place = follow_item(places, id, place_key, first.clone());
                    let km = move || place.with(|p| p.km);
                    view! {
                        <li data-place=first.id data-km=move || format!("{:.0}", km())>
                            {first.name}" "
                            <span class="km">
                                {move || lang.distance(unit.get().from_km(km()), unit.get())}
                            </span>
                        </li>
                    }
                })}
            </For>
        </ul>
    }
}

/// What the reach list shows, taken together so its parts always agree.
#[derive(Debug, Clone, PartialEq)]
struct ReachInputs {
    /// The shown rings.
    rings: Vec<ShownRing>,
    /// Every reference place's distance from the launch point.
    distances: Vec<PlaceDistance>,
    /// The launch point's name.
    launch_name: String,
}

/// One entry per shown ring, listing the places inside it, nearest first. Entries are keyed
/// by claim: a source switch adds and removes whole entries and leaves the others alone; a
/// new launch site rewrites each entry's summary and place list. The list follows a switch
/// one frame late ([`after_paint`]): it sits off the first screen, and building and laying
/// out its hundreds of rows in the switch's own frame made the map's change show later.
#[component]
pub fn ReachList() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let (rings, distances) = (use_shown_rings(), use_place_distances());
    let lagged = after_paint(Memo::new(move |_| ReachInputs {
        rings: rings.get(),
        distances: distances.get(),
        launch_name: state.launch_name(),
    }));
    let inputs = lagged.value;
    let rings = Memo::new(move |_| inputs.with(|i| i.rings.clone()));
    let distances = Memo::new(move |_| inputs.with(|i| i.distances.clone()));
    let launch_name = Memo::new(move |_| inputs.with(|i| i.launch_name.clone()));
    view! {
        <section
            class="reach"
            data-testid="reach-list"
            aria-label=t.reach_list
            aria-busy=move || lagged.waiting.get().then_some("true")
        >
            <h2>{move || state.lang_untracked().within_range_of(&launch_name.get())}</h2>
            <For each=move || ring_keys(rings) key=|id| id.clone() let(id)>
                {shown_ring(rings, &id).map(|r| reach_entry(state, r, distances, launch_name))}
            </For>
        </section>
    }
}

/// One ring's entry: its heading, the summary sentence and the places inside it. Everything
/// but the heading follows the launch point and the unit.
fn reach_entry(
    state: MapState,
    r: ShownRing,
    distances: Memo<Vec<PlaceDistance>>,
    launch_name: Memo<String>,
) -> impl IntoView {
    let max_km = r.max_km;
    let inside = Memo::new(move |_| distances.with(|all| places_within(all, max_km)));
    let lang = state.lang_untracked();
    let outlet = state
        .data
        .with_value(|d| d.claims.outlet_of_in(&r.claim.source, lang));
    let added = r.added;
    let claim = r.claim;
    let summary = {
        let (outlet, claim) = (outlet.clone(), claim.clone());
        move || {
            launch_name.with(|launch| {
                inside.with(|inside| {
                    ring_summary(lang, &outlet, &claim, launch, inside, state.unit.get())
                })
            })
        }
    };
    view! {
        <div class=format!("reach-ring {}", r.palette) data-reach-claim=claim.id.clone() data-added=r.added.then_some("true")>
            <h3>{lang.ring_heading(&outlet, &claim)}</h3>
            {added.then(|| view! { <p class="added-mark">{lang.text().added_by_page}</p> })}
            <p class="summary" data-ring-summary=claim.id.clone()>{summary}</p>
            <Show when=move || inside.with(|v| !v.is_empty())>
                <PlaceList places=inside />
            </Show>
        </div>
    }
}
