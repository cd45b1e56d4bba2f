//! What falls inside each shown ring: reference places with their geodesic distance from the
//! launch point. Also the map's text alternative.

use super::rings::use_shown_rings;
use crate::model::group_thousands;
use crate::rings::{place_distances, places_within, ring_summary, PlaceDistance};
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

/// One entry per shown ring, listing the places inside it, nearest first.
#[component]
pub fn ReachList() -> impl IntoView {
    let state = expect_context::<MapState>();
    let rings = use_shown_rings();
    let distances = use_place_distances();
    let site_name = move || state.launch_name();
    view! {
        <section class="reach" data-testid="reach-list" aria-label="Places within range">
            <h2>"Within range of "{site_name}</h2>
            {move || {
                let all = distances.get();
                let launch = state.launch_name();
                rings.get().into_iter().map(|r| {
                    let inside = places_within(&all, r.max_km);
                    let outlet = state.data.with_value(|d| d.claims.outlet_of(&r.claim.source));
                    let summary = ring_summary(&outlet, &r.claim, &launch, &inside, state.unit.get());
                    view! {
                        <div class=format!("reach-ring s{}", r.source_index % 5) data-reach-claim=r.claim.id.clone()>
                            <h3>{outlet}": "{r.claim.system_label()}", "{r.claim.printed_label()}</h3>
                            <p class="summary" data-ring-summary=r.claim.id.clone()>{summary}</p>
                            {(!inside.is_empty()).then(|| view! { <PlaceList places=inside /> })}
                        </div>
                    }
                }).collect_view()
            }}
        </section>
    }
}
