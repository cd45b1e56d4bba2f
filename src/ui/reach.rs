//! What falls inside each shown ring: reference places with their geodesic distance from the
//! launch point. Also the map's text alternative.

use super::rings::{ring_keys, shown_ring, use_shown_rings};
use crate::model::group_thousands;
use crate::rings::{place_distances, places_within, ring_summary, PlaceDistance, ShownRing};
use crate::state::MapState;
use leptos::prelude::*;

/// Every reference place's distance from the launch point (provided once by
/// [`super::provide_derived`]).
pub fn place_distances_memo(state: MapState) -> Memo<Vec<PlaceDistance>> {
    Memo::new(move |_| {
        let centres = state.launch_centres();
        state
            .data
            .with_value(|d| place_distances(&d.places, &centres))
    })
}

/// The places' distances provided by [`place_distances_memo`].
pub fn use_place_distances() -> Memo<Vec<PlaceDistance>> {
    expect_context::<Memo<Vec<PlaceDistance>>>()
}

/// Places with their distances, one `li[data-place][data-km]` each.
#[component]
pub fn PlaceList(
    /// The places, in the order to show them.
    places: Vec<PlaceDistance>,
) -> impl IntoView {
    let unit = expect_context::<MapState>().unit;
    view! {
        <ul>
            {places.into_iter().map(|p| {
                let km = p.km;
                view! {
                    <li data-place=p.id.clone() data-km=format!("{km:.0}")>
                        {p.name}" "
                        <span class="km">
                            {move || format!("{} {}", group_thousands(unit.get().from_km(km)), unit.get().symbol())}
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// One entry per shown ring, listing the places inside it, nearest first. Entries are keyed
/// by claim: a source switch adds and removes whole entries and leaves the others alone; a
/// new launch site rewrites each entry's summary and place list.
#[component]
pub fn ReachList() -> impl IntoView {
    let state = expect_context::<MapState>();
    let rings = use_shown_rings();
    let site_name = move || state.launch_name();
    view! {
        <section class="reach" data-testid="reach-list" aria-label="Places within range">
            <h2>"Within range of "{site_name}</h2>
            <For each=move || ring_keys(rings) key=|id| id.clone() let(id)>
                {shown_ring(rings, &id).map(|r| reach_entry(state, r))}
            </For>
        </section>
    }
}

/// One ring's entry: its heading, the summary sentence and the places inside it. Everything
/// but the heading follows the launch point and the unit. The place list is rebuilt when its
/// places change: in an A/B run that was no slower than updating rows in place, and simpler.
fn reach_entry(state: MapState, r: ShownRing) -> impl IntoView {
    let distances = use_place_distances();
    let max_km = r.max_km;
    let inside = Memo::new(move |_| distances.with(|all| places_within(all, max_km)));
    let outlet = state
        .data
        .with_value(|d| d.claims.outlet_of(&r.claim.source));
    let claim = r.claim;
    let summary = {
        let (outlet, claim) = (outlet.clone(), claim.clone());
        move || {
            let launch = state.launch_name();
            inside.with(|inside| ring_summary(&outlet, &claim, &launch, inside, state.unit.get()))
        }
    };
    view! {
        <div class=format!("reach-ring s{}", r.source_index % 5) data-reach-claim=claim.id.clone()>
            <h3>{outlet}": "{claim.system_label()}", "{claim.printed_label()}</h3>
            <p class="summary" data-ring-summary=claim.id.clone()>{summary}</p>
            {move || inside.with(|v| (!v.is_empty()).then(|| view! { <PlaceList places=v.clone() /> }))}
        </div>
    }
}
