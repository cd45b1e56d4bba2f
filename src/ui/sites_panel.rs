//! The list of launch sites beside the map: the keyboard- and screen-reader-friendly way to
//! pick one, with what is based there and where its coordinates come from.

use crate::model::SiteGroup;
use crate::state::MapState;
use leptos::prelude::*;

/// Launch sites grouped by kind, one button each (`aria-pressed` marks the selected one).
#[component]
pub fn SitesPanel() -> impl IntoView {
    let state = expect_context::<MapState>();
    let groups = [
        SiteGroup::AegisPort,
        SiteGroup::Mainland,
        SiteGroup::SouthwestIslands,
    ];
    let lists = groups.map(|group| {
        let sites: Vec<(String, String)> = state.data.with_value(|d| {
            d.sites
                .iter()
                .filter(|s| s.group == group)
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect()
        });
        view! {
            <h3>{group.label()}</h3>
            <ul class="site-list">
                {sites.into_iter().map(|(id, name)| {
                    let id_click = id.clone();
                    let id_pressed = id.clone();
                    view! {
                        <li>
                            <button
                                type="button"
                                data-site-option=id.clone()
                                aria-pressed=move || if state.site_id.get() == id_pressed { "true" } else { "false" }
                                on:click=move |_| state.site_id.set(id_click.clone())
                            >{name}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    });
    let detail = move || {
        let id = state.site_id.get();
        state.data.with_value(|d| {
            d.site(&id).map(|s| {
                view! {
                    <div class="site-detail" data-testid="site-detail">
                        <strong>{s.name.clone()}</strong>
                        " ("{format!("{:.3}°N, {:.3}°E", s.lat_deg, s.lon_deg)}")"
                        <p>{s.what.clone()}</p>
                        <p class="small">"Coordinates: "{s.coord_source.clone()}</p>
                    </div>
                }
            })
        })
    };
    view! {
        <aside class="panel" aria-label="Launch sites">
            <h2>"Launch site"</h2>
            {lists}
            {detail}
        </aside>
    }
}
