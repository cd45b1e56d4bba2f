//! Leptos components. They read and write [`crate::state::MapState`] from context and draw
//! what [`crate::render`] computes; no geometry lives here.

mod compare;
mod deferred;
pub mod embed;
pub(crate) mod fetch;
mod keyed;
pub mod language_switch;
pub mod map;
mod panels;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub(crate) mod rest_timer;
mod share;
mod sites_panel;
mod sources;
mod story;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
mod url_sync;

use crate::i18n::{Lang, Text};
use crate::model::{DataSet, LonLat};
use crate::projection::{Projection, ProjectionKind};
use crate::render::{base_layers, first_view_box, BaseLayers, BaseLayersCache, DrawScale};
use crate::state::MapState;
use crate::url_state::{parse_query, Theme};
use leptos::prelude::*;

/// Whether the page has gone idle after taking over its prerendered view: the overview base
/// map is fetched then, ready for the true-distance view.
#[derive(Debug, Clone, Copy)]
pub struct PageIdle(pub RwSignal<bool>);

/// The SVG transform that places projected paths (km) on the screen: shared by the base map,
/// the rings and the island chain, which all live in the projected plane.
#[derive(Debug, Clone, Copy)]
pub struct PlaneTransform(pub Memo<String>);

/// What lies over the map's drawing (its buttons), as boxes on the map's screen: labels keep
/// off it. Measured with the map's size.
#[derive(Debug, Clone, Copy)]
pub struct MapCovered(pub RwSignal<Vec<crate::render::ScreenBox>>);

/// Provides, once for the whole page, every value derived from the reader's choices: the
/// projection, the projected base map, the shown rings and the marker layout. Components read
/// them from context, so nothing is computed twice.
///
/// `first_view` is the Mercator base layers the page opens on (the prerendered view's, taken
/// over from its markup; or drawn natively for the prerender itself). They serve the Mercator
/// map until the detail is loaded, as long as the view stays inside what they cover
/// ([`crate::render::FIRST_VIEW_EXTENT_DEG`], with the margin drawn beyond the frame): drawn
/// for the first view's scale, they stay within half a pixel down to the detail's threshold.
/// Past that box, and in the true-distance view, the map draws from the overview (see
/// [`detail`]), which is decoded only then.
fn provide_derived(state: MapState, first_view: Option<BaseLayers>) {
    deferred::provide_rings_painted();
    panels::drawn::DrawnCache::provide();
    story::StepMotion::provide();
    // The projection follows the reader's choice and, for the true-distance view, the site.
    let projection =
        Memo::new(move |_| Projection::new(state.projection_kind.get(), state.launch_point()));
    provide_context(projection);
    provide_context(map::view_preview::ViewPreview::new(state.viewport));
    provide_context(PlaneTransform(Memo::new(move |_| {
        state
            .viewport
            .get()
            .map(|v| v.svg_transform())
            .unwrap_or_default()
    })));
    let idle = PageIdle(RwSignal::new(false));
    provide_context(idle);
    let detail_map = map::detail::loaded_memo(map::detail::provide_detail_loader(state).0);
    let has_first_view = first_view.is_some();
    let first_view_box = first_view_box(&Projection::new(
        ProjectionKind::Mercator,
        LonLat::new(0.0, 0.0),
    ));
    // A memo, so that what depends on it runs when the answer flips, not on every pan frame.
    let past_first_view = Memo::new(move |_| {
        has_first_view
            && state.viewport.with(|v| match (v, first_view_box) {
                (Some(v), Some((min, max))) => {
                    !v.shows_only_within(min, max, map::view_preview::DRAWN_MARGIN_PX)
                }
                _ => false,
            })
    });
    let overview_map = map::detail::loaded_memo(
        map::detail::provide_overview_loader(
            state,
            has_first_view,
            past_first_view.into(),
            idle.0.into(),
        )
        .0,
    );
    let first_view = StoredValue::new(first_view);
    // Kept per level and projection: zooming back out past the detail's threshold, or back
    // to a projection, re-uses what was drawn.
    let drawn = StoredValue::new(BaseLayersCache::default());
    provide_context(Memo::new(move |_| {
        let proj = projection.get();
        let detail = detail_map.get();
        // The first view's layers cover only what first views show: past them the map draws
        // from the whole overview (until it is here, from what it has), so a pan or zoom out
        // never runs off their edge for long.
        if detail.is_none() && (!past_first_view.get() || overview_map.with(Option::is_none)) {
            let opening = first_view.with_value(|f| match (&proj, f) {
                (Projection::Mercator(_), Some(layers)) => Some(layers.clone()),
                _ => None,
            });
            if let Some(layers) = opening {
                return layers;
            }
        }
        let fetched = detail
            .map(|m| (true, m, DrawScale::DETAIL))
            .or_else(|| overview_map.get().map(|m| (false, m, DrawScale::OVERVIEW)));
        // Not loaded yet (or failed): the rings and markers show on the sea until it is.
        let Some((detailed, map, scale)) = fetched else {
            return BaseLayers::default();
        };
        drawn
            .try_update_value(|cache| {
                cache.get_or_draw(detailed, &proj, || {
                    state
                        .data
                        .with_value(|d| base_layers(&map.0, &d.island_chain, &proj, scale))
                })
            })
            .unwrap_or_default()
    }));
    let scale = map::rings::ring_scale_memo(state);
    provide_context(map::rings::shown_rings_memo(state, projection, scale));
    provide_context(compare::shown_pairs_memo(state, projection, scale));
    provide_context(panels::reach::place_distances_memo(state));
    let covered = MapCovered(RwSignal::new(Vec::new()));
    provide_context(covered);
    provide_context(Memo::new(move |_| {
        covered
            .0
            .with(|c| map::markers::layout(state, &projection.get(), c))
    }));
}

/// The whole page: title, map, launch-site panel and credits, for the choices in the URL.
#[component]
pub fn App() -> impl IntoView {
    match DataSet::load_embedded() {
        Ok(data) => {
            let query = url_sync::location_query();
            let (url, ignored) = parse_query(&query, &data);
            // A story opens on a step (the one `#step=N` names, or the first).
            let fragment = window().location().hash().unwrap_or_default();
            let (url, opening) = crate::url_state::open_story(url, &fragment, &data);
            // The embedding page's own claims join the data as sources of their own, after the
            // map's (see `crate::added`).
            let data = data.with_added(&url.added, crate::url_state::today());
            let state = MapState::new(data, url);
            state.page_lang.set_value(page_lang());
            state.step.set(opening);
            provide_context(url_sync::IgnoredParams(RwSignal::new(ignored)));
            #[cfg(target_arch = "wasm32")]
            let first_view = takeover::prerendered_base_layers();
            #[cfg(not(target_arch = "wasm32"))]
            let first_view = None;
            provide_page_state(state, first_view);
            #[cfg(target_arch = "wasm32")]
            takeover::swap_when_drawn(state, query);
            url_sync::sync_url(state);
            story::listen_for_steps(state);
            // The theme the URL forces (if any) is an attribute on <html> that the stylesheet reads.
            Effect::new(move |_| {
                if let Some(root) = document().document_element() {
                    let _ = match state.theme.get() {
                        Theme::Auto => root.remove_attribute("data-theme"),
                        t => root.set_attribute("data-theme", t.id()),
                    };
                }
            });
            // The language shown: a memo, so that writing down the language already shown (a
            // copied link does) rebuilds nothing.
            let lang = Memo::new(move |_| state.lang());
            // <html lang> and the document's title follow the interface's language.
            Effect::new(move |_| {
                let lang = lang.get();
                if let Some(root) = document().document_element() {
                    let _ = root.set_attribute("lang", lang.id());
                }
                document().set_title(lang.text().title);
            });
            // Once, for the page: in an effect that re-ran (a story step sets every choice,
            // `embed` too), the reports' stored values would be disposed under the size
            // observer that reads them.
            if state.embed.get_untracked() {
                embed::report_height_to_parent();
                embed::report_state_to_parent(state);
            }
            // A new language rebuilds the page, so that its text is plain text, not one
            // reactive node per string; every choice lives in `state` and survives it.
            (move || {
                lang.track();
                untrack(|| page_view(state))
            })
            .into_any()
        }
        // A broken data file must never blank the page: say what is wrong and where.
        Err(err) => view! {
            <main class="data-error" role="alert" data-testid="data-error">
                <h1>{page_lang().text().data_error}</h1>
                <p>{err.to_string()}</p>
            </main>
        }
        .into_any(),
    }
}

/// Puts `state` and every value derived from it into context, for [`page_view`]; the map
/// opens on `first_view`'s base layers (see [`provide_derived`]).
fn provide_page_state(state: MapState, first_view: Option<BaseLayers>) {
    provide_context(state);
    provide_derived(state, first_view);
}

/// The page's markup for `state`: the same components whether drawn live in the browser or
/// written into `index.html` at build time ([`prerender`]).
fn page_view(state: MapState) -> impl IntoView {
    let embed = state.embed;
    let full = move || !embed.get();
    let t = use_text();
    view! {
        <Show
            when=full
            fallback=move || view! { <h1 class="embed-title">{t.title}</h1> }
        >
            <header class="page-header">
                <LanguageSwitch />
                <h1>{t.title}</h1>
                <p class="lede">{t.lede}</p>
            </header>
        </Show>
        <url_sync::IgnoredNotice />
        <main class="layout" class:embedded=move || embed.get()>
            <div class="main-column">
                <story::StoryBar />
                <sources::SourceSwitcher />
                <compare::CompareBar />
                <map::MapView />
                <Show when=full><share::CopyLink /></Show>
                <compare::CompareChanges />
                // Below the map: built once the first rings are on screen.
                <deferred::Deferred>
                    <panels::legend::Legend />
                    <Show when=move || embed.get()>
                        <details class="embed-reach">
                            <summary>{t.embed_reach}</summary>
                            <panels::reach::ReachList />
                        </details>
                    </Show>
                </deferred::Deferred>
            </div>
            <Show when=full>
                <div class="side-column">
                    <sites_panel::SitesPanel />
                    <deferred::Deferred><panels::reach::ReachList /></deferred::Deferred>
                </div>
            </Show>
        </main>
        <Show when=full fallback=|| view! { <embed::EmbedFooter /> }>
            <deferred::Deferred>
                <div class="comparisons">
                    <panels::claims_table::ClaimsTable />
                    <panels::chart::RangeChart unit=state.unit />
                </div>
                <Credits />
            </deferred::Deferred>
        </Show>
    }
}

/// The class of each prerendered block in `index.html` (the full page's and the embed's),
/// written by [`prerender`] and removed by [`takeover`].
pub const PRERENDER_CLASS: &str = "prerender";
/// The id of the prerendered full page's base-map group: the embed's block shows it through
/// `<use>` (so its path data is written once), and the live page takes its layers over.
pub const SHARED_BASE_ID: &str = "prerendered-base";
/// The class of the notes `public/boot.js` shows while the map is not yet live; they go with
/// the prerendered blocks.
pub const BOOT_STATUS_CLASS: &str = "boot-status";

/// The catalogue of the page's language, for a component being built: the page is rebuilt
/// when the language changes (see [`App`]), so the text a component is built with stays right.
pub fn use_text() -> &'static Text {
    expect_context::<MapState>().lang_untracked().text()
}

/// The language of the page the map was served in: its `<html lang>` as written at build time
/// (`public/boot.js` has moved the reader to the page of the language the URL or the browser
/// asks for), read before the page sets it.
fn page_lang() -> Lang {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|id| Lang::from_id(&id))
        .unwrap_or(Lang::En)
}

/// English / 日本語: the interface's language. The choice goes into the URL, so a shared link
/// and the embed snippet carry it.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    language_switch::language_switch(t.language, state.lang_untracked(), move |l| {
        state.chosen_lang.set(Some(l))
    })
}

/// The credit line for data and method, and the theme choice.
#[component]
fn Credits() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let theme_button = move |theme: Theme, label: &'static str| {
        view! {
            <button
                type="button"
                data-testid=format!("theme-{}", theme.id())
                aria-pressed=move || if state.theme.get() == theme { "true" } else { "false" }
                on:click=move |_| state.theme.set(theme)
            >{label}</button>
        }
    };
    view! {
        <footer class="credits" data-testid="credits">
            <p>{t.credits}</p>
            <div class="theme-switch" role="group" aria-label=t.theme_group>
                <span>{t.theme}</span>
                {theme_button(Theme::Auto, t.theme_auto)}
                {theme_button(Theme::Light, t.theme_light)}
                {theme_button(Theme::Dark, t.theme_dark)}
            </div>
        </footer>
    }
}
