//! The launch-point panel beside the map: preset sites (the keyboard- and screen-reader-friendly
//! way to pick one), the whole Southwest Islands chain, and a point typed as coordinates.

use super::use_text;
use crate::launch::{chain_sites, in_detailed_region, parse_lat_lon, CoordError, Launch, CHAIN_ID};
use crate::model::SiteGroup;
use crate::projection::ProjectionKind;
use crate::state::MapState;
use leptos::prelude::*;

/// Launch sites grouped by kind, one button each (`aria-pressed` marks the selected one), the
/// chain, the coordinate form, and what is based at the chosen point.
#[component]
pub fn SitesPanel() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
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
                .map(|s| (s.id.clone(), s.name_in(lang).to_owned()))
                .collect()
        });
        view! {
            <h3>{lang.site_group(group)}</h3>
            <ul class="site-list">
                {sites.into_iter().map(|(id, name)| view! {
                    <li>{launch_button(state, Launch::Site(id), name)}</li>
                }).collect_view()}
                {(group == SiteGroup::SouthwestIslands).then(|| view! {
                    <li class="chain-option">
                        {launch_button(state, Launch::Chain, t.whole_chain.to_owned())}
                    </li>
                })}
            </ul>
        }
    });
    view! {
        <aside class="panel" aria-label=t.launch_point>
            <h2>{t.launch_point}</h2>
            {lists}
            <CoordinateForm />
            <LaunchDetail />
        </aside>
    }
}

/// A button that picks a launch point; pressed while it is the current one.
fn launch_button(state: MapState, launch: Launch, label: String) -> impl IntoView {
    let id = launch.id().to_owned();
    let pressed = launch.clone();
    view! {
        <button
            type="button"
            data-site-option=id
            aria-pressed=move || if state.launch.with(|l| *l == pressed) { "true" } else { "false" }
            on:click=move |_| state.launch.set(launch.clone())
        >{label}</button>
    }
}

/// Latitude and longitude fields for a launch point of the reader's own; they show the current
/// point, and a typing mistake gets a message saying what to fix.
#[component]
fn CoordinateForm() -> impl IntoView {
    let state = expect_context::<MapState>();
    // The fields start on the current launch point (also in the prerendered page, where the
    // effect below does not run), and follow it however it is chosen.
    let (lat_deg, lon_deg) = {
        let p = state.launch_point_untracked();
        (p.lat_deg, p.lon_deg)
    };
    let lat_text = RwSignal::new(format!("{lat_deg:.3}"));
    let lon_text = RwSignal::new(format!("{lon_deg:.3}"));
    let error = RwSignal::new(None::<CoordError>);
    let note = RwSignal::new(None::<String>);
    let t = use_text();
    let lang = state.lang_untracked();
    Effect::new(move |_| {
        let p = state.launch_point();
        lat_text.set(format!("{:.3}", p.lat_deg));
        lon_text.set(format!("{:.3}", p.lon_deg));
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_lat_lon(&lat_text.get_untracked(), &lon_text.get_untracked()) {
            Ok(p) => {
                error.set(None);
                note.set((!in_detailed_region(p)).then(|| lang.outside_region(p)));
                state.launch.set(Launch::Custom(p));
                centre_on(state, p);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    // `field` is the coordinate's name in the errors' own terms (see `CoordError::field`).
    let input = move |field: &'static str,
                      label: &'static str,
                      testid: &'static str,
                      text: RwSignal<String>| {
        view! {
            <label>
                <span>{label}</span>
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-testid=testid
                    aria-invalid=move || if error.with(|e| e.as_ref().is_some_and(|e| e.field() == field)) { "true" } else { "false" }
                    aria-describedby="coord-error"
                    // The attribute for the prerendered page; the property for the live one.
                    value=text.get_untracked()
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
            </label>
        }
    };
    view! {
        <form class="coord-form" data-testid="coord-form" on:submit=submit novalidate>
            <h3>{t.own_point}</h3>
            <p class="small">{t.own_point_help}</p>
            <div class="coord-fields">
                {input("Latitude", t.latitude, "coord-lat", lat_text)}
                {input("Longitude", t.longitude, "coord-lon", lon_text)}
                <button type="submit" data-testid="coord-go">{t.go}</button>
            </div>
            <p id="coord-error" class="coord-error" data-testid="coord-error" role="alert">
                {move || error.get().map(|e| e.message(lang))}
            </p>
            {move || note.get().map(|n| view! { <p class="coord-note" data-testid="coord-note">{n}</p> })}
        </form>
    }
}

/// Brings a launch point typed in into view on the Mercator map (the true-distance map centres
/// on it by itself).
fn centre_on(state: MapState, p: crate::model::LonLat) {
    if state.projection_kind.get_untracked() != ProjectionKind::Mercator {
        return;
    }
    let proj = crate::projection::Projection::new(ProjectionKind::Mercator, p);
    let Some(xy) = proj.forward(p) else {
        return;
    };
    state.viewport.update(|v| {
        if let Some(view) = v {
            let (x, y) = view.to_screen(xy);
            let inside = x >= 0.0 && y >= 0.0 && x <= view.width_px && y <= view.height_px;
            if !inside {
                view.center = xy;
            }
        }
    });
}

/// What is at the chosen launch point and where its coordinates come from.
#[component]
fn LaunchDetail() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
    move || {
        let launch = state.launch.get();
        state.data.with_value(|d| match &launch {
            Launch::Site(id) => d.site(id).map(|s| {
                view! {
                    <div class="site-detail" data-testid="site-detail">
                        <strong>{s.name_in(lang).to_owned()}</strong>
                        " ("{lang.lat_lon(s.position())}")"
                        <p>{s.what_in(lang).to_owned()}</p>
                        <p class="small">{t.coordinates_from}{s.coord_source_in(lang).to_owned()}</p>
                    </div>
                }
                .into_any()
            }),
            Launch::Custom(p) => Some(
                view! {
                    <div class="site-detail" data-testid="site-detail">
                        <strong>{t.your_point}</strong>" ("{lang.lat_lon(*p)}")"
                        <p>{t.your_point_detail}</p>
                    </div>
                }
                .into_any(),
            ),
            Launch::Chain => {
                let names: Vec<&str> = chain_sites(d).map(|s| s.name_in(lang)).collect();
                Some(
                    view! {
                        <div class="site-detail" data-testid="site-detail" data-site=CHAIN_ID>
                            <strong>{t.chain_heading}</strong>
                            <p>{lang.chain_detail(&names)}</p>
                        </div>
                    }
                    .into_any(),
                )
            }
        })
    }
}
