//! The base map's two levels fetched from the page's own origin, neither compiled into the
//! wasm:
//! - the overview (`data/basemap.json`): the page opens on the prerendered view's own base
//!   layers (see [`crate::ui::takeover::prerendered_base_layers`]), so the overview is needed only
//!   for another projection (the true-distance view), a view that goes past what the
//!   prerendered layers cover, or a page without a prerendered view. It is fetched then, or
//!   once the page is idle after taking over, whichever comes first; fetched when idle, it is
//!   only kept as text until it is needed, so decoding and drawing it (a long task on a phone)
//!   never runs for a reader who stays on the first view;
//! - the detail (`data/basemap-detail.json`): the first time a reader zooms in past
//!   [`DETAIL_BELOW_M_PER_PX`](crate::model::DETAIL_BELOW_M_PER_PX).
//!
//! If a fetch fails (offline, a broken deploy), what is drawn stays, a quiet note says so, and
//! the next time the level is wanted (zooming out and back in, toggling the projection) the
//! fetch is tried again.

use crate::failure::{FetchFailure, FetchProblem};
use crate::model::{wants_detail, BaseMap, BASEMAP_DETAIL_PATH, BASEMAP_OVERVIEW_PATH};
use crate::projection::ProjectionKind;
use crate::state::MapState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Where a fetched base map level stands.
#[derive(Debug, Clone, Default)]
pub enum FetchedMap {
    /// Not needed yet.
    #[default]
    NotLoaded,
    /// Being fetched and parsed.
    Loading,
    /// Fetched ahead of need (when the page went idle) and kept as text, to be decoded when it
    /// is first wanted: offline by then, it still opens.
    Fetched(Arc<str>),
    /// Ready; the base layers are drawn from it.
    Loaded(SharedBaseMap),
    /// The fetch or the parse failed, and why.
    Failed(FetchFailure),
}

/// A loaded base map, compared by identity: two loads are never compared vertex by vertex.
#[derive(Debug, Clone)]
pub struct SharedBaseMap(pub Arc<BaseMap>);

impl PartialEq for SharedBaseMap {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The detailed base map's state, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct Detail(pub RwSignal<FetchedMap>);

/// The overview base map's state, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct Overview(pub RwSignal<FetchedMap>);

/// The loaded map of a level, if there is one; changes only when a load completes.
pub fn loaded_memo(level: RwSignal<FetchedMap>) -> Memo<Option<SharedBaseMap>> {
    Memo::new(move |_| {
        level.with(|d| match d {
            FetchedMap::Loaded(map) => Some(map.clone()),
            _ => None,
        })
    })
}

/// Provides [`Detail`] and starts the fetch whenever the map is zoomed in past the overview's
/// finest scale and the detail is neither loaded nor loading.
pub fn provide_detail_loader(state: MapState) -> Detail {
    let detail = Detail(RwSignal::new(FetchedMap::default()));
    provide_context(detail);
    // A memo, so that the effect below runs when the answer flips, not on every pan frame.
    let wanted = Memo::new(move |_| {
        state
            .viewport
            .with(|v| v.is_some_and(|v| wants_detail(v.m_per_px)))
    });
    fetch_when(
        wanted.into(),
        Signal::stored(false),
        detail.0,
        BASEMAP_DETAIL_PATH,
    );
    detail
}

/// Provides [`Overview`]: fetched and decoded when it is `needed` (another projection, or a
/// view past the prerendered layers), or from the start if `prerendered` is false (no base
/// layers to open on); fetched but kept undecoded when the page says it is `idle`.
pub fn provide_overview_loader(
    state: MapState,
    prerendered: bool,
    needed: Signal<bool>,
    idle: Signal<bool>,
) -> Overview {
    let overview = Overview(RwSignal::new(FetchedMap::default()));
    provide_context(overview);
    let wanted = Memo::new(move |_| {
        !prerendered || needed.get() || state.projection_kind.get() != ProjectionKind::Mercator
    });
    fetch_when(wanted.into(), idle, overview.0, BASEMAP_OVERVIEW_PATH);
    overview
}

/// Fetches the base map at `path` into `level` whenever `wanted` turns true while the level
/// is neither loaded nor loading, and decodes it; when only `ahead` is true, fetches it and
/// keeps the text ([`FetchedMap::Fetched`]) for when it is wanted.
fn fetch_when(
    wanted: Signal<bool>,
    ahead: Signal<bool>,
    level: RwSignal<FetchedMap>,
    path: &'static str,
) {
    Effect::new(move |_| {
        let want = wanted.get();
        if !want && !ahead.get() {
            return;
        }
        if want {
            let kept = level.with_untracked(|d| match d {
                FetchedMap::Fetched(text) => Some(text.clone()),
                _ => None,
            });
            if let Some(text) = kept {
                level.set(decode(path, &text));
                return;
            }
        }
        let idle =
            level.with_untracked(|d| matches!(d, FetchedMap::NotLoaded | FetchedMap::Failed(_)));
        if idle {
            level.set(FetchedMap::Loading);
            spawn_local(async move {
                let next = match crate::ui::fetch::fetch_text(path).await {
                    // Wanted by the time it came (perhaps while fetched ahead): decode it now.
                    Ok(text) if wanted.get_untracked() => decode(path, &text),
                    Ok(text) => FetchedMap::Fetched(text.into()),
                    Err(problem) => FetchedMap::Failed(FetchFailure {
                        path: path.to_owned(),
                        problem,
                    }),
                };
                level.set(next);
            });
        }
    });
}

/// The base map in `text` (from `path`), decoded, or why it could not be.
fn decode(path: &'static str, text: &str) -> FetchedMap {
    match BaseMap::parse(path, text) {
        Ok(map) => FetchedMap::Loaded(SharedBaseMap(Arc::new(map))),
        Err(e) => FetchedMap::Failed(FetchFailure {
            path: path.to_owned(),
            problem: FetchProblem::Malformed(e),
        }),
    }
}

/// The base map level being drawn, for the map's `data-basemap` attribute.
pub fn level_name(detail: Detail) -> impl Fn() -> &'static str + Copy {
    move || {
        detail.0.with(|d| match d {
            FetchedMap::Loaded(_) => "detail",
            FetchedMap::Loading => "loading-detail",
            _ => "overview",
        })
    }
}

/// The overview's state, for the map's `data-overview` attribute: `pending` (not fetched
/// yet), `loading`, `loaded` (here, decoded or not) or `failed`.
pub fn overview_state_name(overview: Overview) -> impl Fn() -> &'static str + Copy {
    move || {
        overview.0.with(|d| match d {
            FetchedMap::NotLoaded => "pending",
            FetchedMap::Loading => "loading",
            FetchedMap::Loaded(_) | FetchedMap::Fetched(_) => "loaded",
            FetchedMap::Failed(_) => "failed",
        })
    }
}

/// Quiet notes under the map when a base map level it needs could not be loaded.
#[component]
pub fn DetailNotice() -> impl IntoView {
    let state = expect_context::<MapState>();
    let detail = expect_context::<Detail>();
    let overview = expect_context::<Overview>();
    let true_distance = move || state.projection_kind.get() == ProjectionKind::TrueDistance;
    let t = crate::ui::use_text();
    view! {
        {fetch_notice(
            detail.0,
            || true,
            "detail-notice",
            t.detail_failed,
        )}
        {fetch_notice(
            overview.0,
            true_distance,
            "overview-notice",
            t.overview_failed,
        )}
    }
}

/// A note with `message` and the reason, shown while `level` has failed and `relevant()`.
fn fetch_notice(
    level: RwSignal<FetchedMap>,
    relevant: impl Fn() -> bool + Send + Sync + Copy + 'static,
    testid: &'static str,
    message: &'static str,
) -> impl IntoView {
    let lang = expect_context::<MapState>().lang_untracked();
    let reason = move || {
        level.with(|d| match d {
            FetchedMap::Failed(failure) if relevant() => {
                Some(lang.bracketed(&failure.message(lang)))
            }
            _ => None,
        })
    };
    view! {
        <Show when=move || reason().is_some()>
            <p class="detail-notice" role="status" data-testid=testid>
                <span class="detail-icon" aria-hidden="true">"⚠ "</span>
                {message}
                <span class="detail-reason">{move || reason().unwrap_or_default()}</span>
            </p>
        </Show>
    }
}
