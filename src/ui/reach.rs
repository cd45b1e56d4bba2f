//! What falls inside each shown ring: reference places with their geodesic distance from the
//! launch point. Also the map's text alternative.

use super::rings::use_shown_rings;
use crate::model::group_thousands;
use crate::rings::{place_distances, places_within};
use crate::state::MapState;
use leptos::prelude::*;

/// One entry per shown ring, listing the places inside it, nearest first.
#[component]
pub fn ReachList() -> impl IntoView {
    let state = expect_context::<MapState>();
    let rings = use_shown_rings();
    let distances = Memo::new(move |_| {
        let center = state.launch_point();
        state
            .data
            .with_value(|d| place_distances(&d.places, center))
    });
    let site_name = move || {
        let id = state.site_id.get();
        state
            .data
            .with_value(|d| d.site(&id).map(|s| s.name.clone()).unwrap_or(id))
    };
    view! {
        <section class="reach" data-testid="reach-list" aria-label="Places within range">
            <h2>"Within range of "{site_name}</h2>
            {move || {
                let all = distances.get();
                rings.get().into_iter().map(|r| {
                    let inside = places_within(&all, r.max_km);
                    let outlet = state.data.with_value(|d| d.claims.source(&r.claim.source).map(|s| s.outlet.clone()).unwrap_or_default());
                    view! {
                        <div class=format!("reach-ring s{}", r.source_index % 5) data-reach-claim=r.claim.id.clone()>
                            <h3>{outlet}": "{r.claim.system_label()}", "{r.claim.printed_label()}</h3>
                            {if inside.is_empty() {
                                view! { <p class="small">"No reference place is within this range."</p> }.into_any()
                            } else {
                                view! {
                                    <ul>
                                        {inside.into_iter().map(|p| view! {
                                            <li data-place=p.id.clone() data-km=format!("{:.0}", p.km)>
                                                {p.name}" "<span class="km">{group_thousands(p.km)}" km"</span>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </div>
                    }
                }).collect_view()
            }}
        </section>
    }
}
