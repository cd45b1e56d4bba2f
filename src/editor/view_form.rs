//! The view the embed opens on: sources shown, launch point, projection, unit, language,
//! theme, and whether the map is panned or zoomed (set in the preview).

use super::use_editor;
use crate::compare::default_pair;
use crate::i18n::Lang;
use crate::launch::{format_lat_lon, Launch, CHAIN_ID};
use crate::model::Unit;
use crate::projection::ProjectionKind;
use crate::rings::SourceChoice;
use crate::url_state::{today, Theme, UrlState};
use leptos::prelude::*;

/// One `<select>` with its label; `options` are (value, label) pairs, `now` the chosen value.
fn select(
    id: &'static str,
    label: &'static str,
    options: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
    now: impl Fn() -> String + Send + Sync + Copy + 'static,
    chosen: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <label for=id class="small embed-field">{label}</label>
        <select id=id data-testid=id on:change=move |ev| chosen(event_target_value(&ev))>
            {move || options().into_iter().map(|(value, text)| {
                let selected = value == now();
                view! { <option value=value selected=selected>{text}</option> }
            }).collect_view()}
        </select>
    }
}

/// The view settings.
#[component]
pub fn ViewForm() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.ui_lang.get_untracked();
    let t = lang.text();
    let et = editor.text();
    let view = editor.view;
    let change = move |f: &dyn Fn(&mut UrlState)| {
        view.update(|v| f(v));
        editor.preview_step.set(None);
    };
    let sources = move || {
        editor.settings.with(|s| {
            editor.data.with_value(|shipped| {
                // The newsroom's own claims are sources of the embed too (`added-N`, after the
                // map's), so the opening view may show one; each is marked as the page's own.
                let with_added;
                let d = if s.added.is_empty() {
                    shipped
                } else {
                    with_added = shipped.clone().with_added(&s.added, today());
                    &with_added
                };
                let offer = s.offer(d);
                let mut options = vec![("all".to_owned(), t.all_sources.to_owned())];
                for (_, source) in offer.sources(&d.claims) {
                    let label = lang.source_with_date(source);
                    let label = if source.added {
                        format!("{label} · {}", t.added_short)
                    } else {
                        label
                    };
                    options.push((source.id.clone(), label));
                }
                let comparing = match &s.view.sources {
                    SourceChoice::Compare(a, b) => Some((a.clone(), b.clone())),
                    _ => default_pair(&d.claims, &offer, None),
                };
                if let Some((a, b)) = comparing {
                    let name = |id: &str| {
                        d.claims
                            .source(id)
                            .map(|s| s.outlet_in(lang).to_owned())
                            .unwrap_or_default()
                    };
                    options.push((
                        format!("compare:{a},{b}"),
                        format!("{}: {} / {}", t.compare_two, name(&a), name(&b)),
                    ));
                }
                options
            })
        })
    };
    let source_now = move || {
        editor.settings.with(|s| match &s.view.sources {
            SourceChoice::Compare(a, b) => format!("compare:{a},{b}"),
            other => other.id().to_owned(),
        })
    };
    let choose_source = move |value: String| {
        let choice = match value
            .strip_prefix("compare:")
            .and_then(|p| p.split_once(','))
        {
            Some((a, b)) => SourceChoice::Compare(a.to_owned(), b.to_owned()),
            None if value == "all" => SourceChoice::All,
            None => SourceChoice::One(value),
        };
        change(&|v| v.sources = choice.clone());
    };
    let sites = move || {
        editor.data.with_value(|d| {
            let mut options: Vec<(String, String)> = d
                .sites
                .iter()
                .map(|s| (s.id.clone(), s.name_in(lang).to_owned()))
                .collect();
            options.push((CHAIN_ID.to_owned(), t.whole_chain.to_owned()));
            if let Launch::Custom(p) = view.with(|v| v.launch.clone()) {
                options.push((
                    crate::launch::CUSTOM_ID.to_owned(),
                    format!("{}: {}", t.own_point, format_lat_lon(p)),
                ));
            }
            options
        })
    };
    let site_now = move || view.with(|v| v.launch.id().to_owned());
    let choose_site = move |value: String| {
        let launch = match value.as_str() {
            CHAIN_ID => Launch::Chain,
            crate::launch::CUSTOM_ID => return,
            _ => Launch::Site(value),
        };
        change(&|v| {
            v.launch = launch.clone();
            // A view chosen around another site would not show the new one's rings.
            v.view = None;
        });
    };
    let projections = move || {
        vec![
            ("mercator".to_owned(), t.mercator.to_owned()),
            ("aeqd".to_owned(), t.true_distance.to_owned()),
        ]
    };
    let projection_now = move || {
        view.with(|v| match v.projection {
            ProjectionKind::Mercator => "mercator".to_owned(),
            ProjectionKind::TrueDistance => "aeqd".to_owned(),
        })
    };
    let choose_projection = move |value: String| {
        let kind = if value == "aeqd" {
            ProjectionKind::TrueDistance
        } else {
            ProjectionKind::Mercator
        };
        change(&|v| {
            v.projection = kind;
            v.view = None;
        });
    };
    let units = move || {
        vec![
            (Unit::Km.symbol().to_owned(), t.unit_km.to_owned()),
            (Unit::Mi.symbol().to_owned(), t.unit_mi.to_owned()),
            (Unit::Nmi.symbol().to_owned(), t.unit_nmi.to_owned()),
        ]
    };
    let unit_now = move || view.with(|v| v.unit.symbol().to_owned());
    let choose_unit = move |value: String| {
        if let Some(unit) = Unit::ALL.into_iter().find(|u| u.symbol() == value) {
            change(&|v| v.unit = unit);
        }
    };
    let langs = move || {
        Lang::ALL
            .iter()
            .map(|l| (l.id().to_owned(), l.own_name().to_owned()))
            .collect()
    };
    let lang_now = move || view.with(|v| v.lang.unwrap_or(lang).id().to_owned());
    let choose_lang = move |value: String| {
        if let Some(l) = Lang::from_id(&value) {
            change(&|v| v.lang = Some(l));
        }
    };
    let themes = move || {
        vec![
            (Theme::Auto.id().to_owned(), t.theme_auto.to_owned()),
            (Theme::Light.id().to_owned(), t.theme_light.to_owned()),
            (Theme::Dark.id().to_owned(), t.theme_dark.to_owned()),
        ]
    };
    let theme_now = move || view.with(|v| v.theme.id().to_owned());
    let choose_theme = move |value: String| {
        if let Some(theme) = [Theme::Auto, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|th| th.id() == value)
        {
            change(&|v| v.theme = theme);
        }
    };
    let moved = move || view.with(|v| v.view.is_some());
    view! {
        <section class="editor-section view-form" aria-labelledby="view-heading" data-testid="view-form">
            <h2 id="view-heading">{et.view_heading}</h2>
            <div class="field-grid">
                <div>{select("view-source", et.view_sources, sources, source_now, choose_source)}</div>
                <div>{select("view-site", et.view_site, sites, site_now, choose_site)}</div>
                <div>{select("view-projection", t.projection, projections, projection_now, choose_projection)}</div>
                <div>{select("view-unit", t.units, units, unit_now, choose_unit)}</div>
                <div>{select("view-lang", et.view_lang, langs, lang_now, choose_lang)}</div>
                <div>{select("view-theme", t.theme, themes, theme_now, choose_theme)}</div>
            </div>
            <p class="small" data-testid="view-extent">
                {move || if moved() { et.view_moved } else { et.view_home }}
                " "
                <button type="button" class="secondary" data-testid="view-reset" hidden=move || !moved()
                    on:click=move |_| change(&|v| v.view = None)>{et.view_reset}</button>
            </p>
        </section>
    }
}
