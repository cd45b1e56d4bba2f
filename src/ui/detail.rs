//! The detailed base map: fetched from the page's own origin the first time a reader zooms in
//! past [`DETAIL_BELOW_M_PER_PX`], so that a reader who never zooms downloads only the
//! overview compiled into the page.
//!
//! If the fetch fails (offline, a broken deploy), the overview stays, a quiet note says so,
//! and zooming out and back in tries again.

use crate::model::{wants_detail, BaseMap, BASEMAP_DETAIL_PATH};
use crate::state::MapState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the detailed base map stands.
#[derive(Debug, Clone, Default)]
pub enum DetailMap {
    /// Not needed yet: the reader has not zoomed in.
    #[default]
    NotLoaded,
    /// Being fetched and parsed.
    Loading,
    /// Ready; the base layers are drawn from it.
    Loaded(SharedBaseMap),
    /// The fetch or the parse failed, with the reason to show.
    Failed(String),
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
pub struct Detail(pub RwSignal<DetailMap>);

impl Detail {
    /// The loaded detailed map, if there is one; changes only when a load completes.
    pub fn loaded_memo(self) -> Memo<Option<SharedBaseMap>> {
        Memo::new(move |_| {
            self.0.with(|d| match d {
                DetailMap::Loaded(map) => Some(map.clone()),
                _ => None,
            })
        })
    }
}

/// Provides [`Detail`] and starts the fetch whenever the map is zoomed in past the overview's
/// finest scale and the detail is neither loaded nor loading.
pub fn provide_detail_loader(state: MapState) -> Detail {
    let detail = Detail(RwSignal::new(DetailMap::default()));
    provide_context(detail);
    // A memo, so that the effect below runs when the answer flips, not on every pan frame.
    let wanted = Memo::new(move |_| {
        state
            .viewport
            .with(|v| v.is_some_and(|v| wants_detail(v.m_per_px)))
    });
    Effect::new(move |_| {
        if !wanted.get() {
            return;
        }
        let idle = detail
            .0
            .with_untracked(|d| matches!(d, DetailMap::NotLoaded | DetailMap::Failed(_)));
        if idle {
            detail.0.set(DetailMap::Loading);
            spawn_local(async move {
                let next = match fetch_text(BASEMAP_DETAIL_PATH).await {
                    Ok(text) => match BaseMap::parse(BASEMAP_DETAIL_PATH, &text) {
                        Ok(map) => DetailMap::Loaded(SharedBaseMap(Arc::new(map))),
                        Err(e) => DetailMap::Failed(e.to_string()),
                    },
                    Err(reason) => DetailMap::Failed(format!("{BASEMAP_DETAIL_PATH}: {reason}")),
                };
                detail.0.set(next);
            });
        }
    });
    detail
}

/// Fetches a same-origin file as text, with a reason a reader can act on when it fails.
async fn fetch_text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window to fetch from")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| "could not be fetched (offline?)".to_owned())?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "the fetch gave no response".to_owned())?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response
        .text()
        .map_err(|_| "the response has no text".to_owned())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "the response could not be read".to_owned())
}

/// The base map level being drawn, for the map's `data-basemap` attribute.
pub fn level_name(detail: Detail) -> impl Fn() -> &'static str + Copy {
    move || {
        detail.0.with(|d| match d {
            DetailMap::Loaded(_) => "detail",
            DetailMap::Loading => "loading-detail",
            _ => "overview",
        })
    }
}

/// A quiet note under the map when the detailed coastlines could not be loaded.
#[component]
pub fn DetailNotice() -> impl IntoView {
    let detail = expect_context::<Detail>();
    let reason = move || {
        detail.0.with(|d| match d {
            DetailMap::Failed(reason) => Some(reason.clone()),
            _ => None,
        })
    };
    view! {
        <Show when=move || reason().is_some()>
            <p class="detail-notice" role="status" data-testid="detail-notice">
                <span class="detail-icon" aria-hidden="true">"⚠ "</span>
                "Detailed coastlines could not be loaded, so the map keeps its simplified "
                "outline. Zoom out and back in to try again. "
                <span class="detail-reason">"(" {move || reason().unwrap_or_default()} ")"</span>
            </p>
        </Show>
    }
}
