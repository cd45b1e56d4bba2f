//! Everything the reader can change on the map, in one place, shared through Leptos context.

use crate::i18n::Lang;
use crate::launch::Launch;
use crate::model::Unit;
use crate::model::{DataSet, LonLat};
use crate::projection::{Projection, ProjectionKind, Xy};
use crate::rings::{Offer, SourceChoice};
use crate::story::Story;
use crate::url_state::{m_per_px_at_zoom, zoom_at_m_per_px, Theme, UrlState, UrlView};
use crate::viewport::{Viewport, MAX_M_PER_PX, MIN_M_PER_PX};
use leptos::prelude::*;

/// The box the Mercator map opens on, `[west, south, east, north]` in degrees: Japan, the
/// Korean peninsula, China's coast, Taiwan and northern Luzon.
pub const HOME_BOX_DEG: [f64; 4] = [112.0, 18.0, 150.0, 46.0];

/// Half the width of the box the true-distance map opens on, in metres around the launch
/// point: enough for a 2,500 km ring with a margin.
pub const HOME_HALF_SPAN_M: f64 = 2_700_000.0;

/// The reader's choices, as signals; everything else on the page is derived from these.
#[derive(Debug, Clone, Copy)]
pub struct MapState {
    /// The data, loaded once.
    pub data: StoredValue<DataSet>,
    /// Mercator or true distance.
    pub projection_kind: RwSignal<ProjectionKind>,
    /// Where the missiles are launched from.
    pub launch: RwSignal<Launch>,
    /// What part of the map is shown; `None` until the map has measured its size.
    pub viewport: RwSignal<Option<Viewport>>,
    /// Which sources' rings are shown.
    pub sources: RwSignal<SourceChoice>,
    /// The sources the page offers (`sources` in the URL, set by the embedding newsroom); set
    /// once, as the story is.
    pub offer: StoredValue<Offer>,
    /// The embedding page's own claims (`claims` in the URL), as typed; the data holds them
    /// as sources of their own (see [`crate::model::DataSet::with_added`]). Set once.
    pub added: StoredValue<Vec<crate::added::AddedClaim>>,
    /// The unit every converted figure is shown in.
    pub unit: RwSignal<Unit>,
    /// The colour theme.
    pub theme: RwSignal<Theme>,
    /// Whether the page is embedded in another: no page chrome.
    pub embed: RwSignal<bool>,
    /// The interface's language as the URL or the reader chose it; `None` for
    /// [`Self::page_lang`]. Read it through [`Self::lang`].
    pub chosen_lang: RwSignal<Option<Lang>>,
    /// The language of the page the map was served in (`<html lang>` of `index.html` or
    /// `ja.html`, where `public/boot.js` has sent the reader by the URL or the browser's
    /// preference); English until the page has read it.
    pub page_lang: StoredValue<Lang>,
    /// A view asked for by the URL, applied once the map knows its size or has its new
    /// projection (then cleared).
    pub start_view: StoredValue<Option<UrlView>>,
    /// The story the page steps through (`story` in the URL), if any; set once.
    pub story: StoredValue<Option<Story>>,
    /// The story step last moved to (from 1); `None` without a story, or before any step.
    /// Whether the map still shows it is derived (`ui::story::shown_step`).
    pub step: RwSignal<Option<usize>>,
}

impl MapState {
    /// The state a URL describes (see [`UrlState`]; the defaults for an empty query).
    pub fn new(data: DataSet, url: UrlState) -> Self {
        Self {
            data: StoredValue::new(data),
            projection_kind: RwSignal::new(url.projection),
            launch: RwSignal::new(url.launch),
            viewport: RwSignal::new(None),
            sources: RwSignal::new(url.sources),
            offer: StoredValue::new(Offer(url.offered)),
            added: StoredValue::new(url.added),
            unit: RwSignal::new(url.unit),
            theme: RwSignal::new(url.theme),
            embed: RwSignal::new(url.embed),
            chosen_lang: RwSignal::new(url.lang),
            page_lang: StoredValue::new(Lang::En),
            start_view: StoredValue::new(url.view),
            story: StoredValue::new(url.story),
            step: RwSignal::new(None),
        }
    }

    /// Sets every choice to what `url` says (going back or forward in history); the view
    /// goes to the URL's, or home.
    pub fn apply(&self, url: UrlState) {
        let before = Projection::new(
            self.projection_kind.get_untracked(),
            self.launch_point_untracked(),
        );
        self.embed.set(url.embed);
        self.start_view.set_value(url.view);
        self.sources.set(url.sources);
        self.launch.set(url.launch);
        self.projection_kind.set(url.projection);
        self.unit.set(url.unit);
        self.theme.set(url.theme);
        self.chosen_lang.set(url.lang);
        // A new projection re-fits the map by itself (see `ui::map`), taking the start view;
        // in the same projection the view is set here.
        let after = Projection::new(url.projection, self.launch_point_untracked());
        if before == after {
            self.viewport.update(|v| {
                if let Some(view) = v {
                    *view = self.take_start_view(&after, view.width_px, view.height_px);
                }
            });
        }
    }

    /// The view to show on opening the map or changing projection: the URL's if one is
    /// waiting (it is used up), else the projection's home view.
    pub fn take_start_view(&self, proj: &Projection, width_px: f64, height_px: f64) -> Viewport {
        let waiting = self.start_view.get_value();
        self.start_view.set_value(None);
        waiting
            .and_then(|u| url_viewport(proj, u, width_px, height_px))
            .unwrap_or_else(|| home_view(proj, width_px, height_px))
    }

    /// Tracks every signal the URL holds (in an effect: it re-runs when any changes), for
    /// readers of [`Self::to_url`], which reads them untracked.
    pub fn track_url(&self) {
        self.sources.track();
        self.launch.track();
        self.projection_kind.track();
        self.unit.track();
        self.theme.track();
        self.embed.track();
        self.chosen_lang.track();
        self.viewport.track();
    }

    /// The choices as a URL describes them (untracked reads; for writing the URL, track
    /// them with [`Self::track_url`]). The view is left out while it is the home view.
    pub fn to_url(&self) -> UrlState {
        let projection = self.projection_kind.get_untracked();
        let view = self.viewport.get_untracked().and_then(|v| {
            let proj = Projection::new(projection, self.launch_point_untracked());
            let home = home_view(&proj, v.width_px, v.height_px);
            let moved = (v.m_per_px / home.m_per_px - 1.0).abs() > 1e-6
                || v.center.dist_m(home.center) > v.m_per_px * 0.5;
            let center = proj.inverse(v.center)?;
            moved.then_some(UrlView {
                center,
                zoom: zoom_at_m_per_px(v.m_per_px),
            })
        });
        UrlState {
            sources: self.sources.get_untracked(),
            launch: self.launch.get_untracked(),
            projection,
            unit: self.unit.get_untracked(),
            theme: self.theme.get_untracked(),
            view,
            embed: self.embed.get_untracked(),
            story: self.story.get_value(),
            lang: self.chosen_lang.get_untracked(),
            offered: self.offer.with_value(|o| o.0.clone()),
            added: self.added.get_value(),
        }
    }

    /// The interface's language (tracked): the one chosen, else the browser's.
    pub fn lang(&self) -> Lang {
        self.chosen_lang
            .get()
            .unwrap_or_else(|| self.page_lang.get_value())
    }

    /// [`Self::lang`], untracked.
    pub fn lang_untracked(&self) -> Lang {
        self.chosen_lang
            .get_untracked()
            .unwrap_or_else(|| self.page_lang.get_value())
    }

    /// The position that stands for the launch (tracked: a reactive reader re-runs on change):
    /// the centre of the true-distance view.
    pub fn launch_point(&self) -> LonLat {
        let launch = self.launch.get();
        self.data.with_value(|d| launch.focus(d))
    }

    /// [`Self::launch_point`], read without tracking (for event handlers).
    pub fn launch_point_untracked(&self) -> LonLat {
        let launch = self.launch.get_untracked();
        self.data.with_value(|d| launch.focus(d))
    }

    /// Every position rings are drawn around (tracked): one, or each site of the chain.
    pub fn launch_centres(&self) -> Vec<LonLat> {
        let launch = self.launch.get();
        self.data.with_value(|d| launch.centres(d))
    }

    /// The launch point's name for headings and sentences (tracked).
    pub fn launch_name(&self) -> String {
        let launch = self.launch.get();
        let lang = self.lang();
        self.data.with_value(|d| launch.name_in(d, lang))
    }
}

/// The viewport showing a URL's view: its centre point in the middle at its zoom; `None` if
/// the projection cannot show that point.
pub fn url_viewport(
    proj: &Projection,
    u: UrlView,
    width_px: f64,
    height_px: f64,
) -> Option<Viewport> {
    let center = proj.forward(u.center)?;
    let mut v = Viewport::fit(center, center, width_px, height_px);
    v.m_per_px = m_per_px_at_zoom(u.zoom).clamp(MIN_M_PER_PX, MAX_M_PER_PX);
    Some(v)
}

/// The view the map opens on (and returns to on reset) for a projection and screen size.
pub fn home_view(proj: &Projection, width_px: f64, height_px: f64) -> Viewport {
    match proj {
        Projection::Mercator(m) => {
            let [w, s, e, n] = HOME_BOX_DEG;
            let a = m.forward(LonLat::new(w, s)).unwrap_or(Xy::new(0.0, 0.0));
            let b = m.forward(LonLat::new(e, n)).unwrap_or(Xy::new(0.0, 0.0));
            Viewport::fit(a, b, width_px, height_px)
        }
        Projection::AzimuthalEquidistant(_) => Viewport::fit(
            Xy::new(-HOME_HALF_SPAN_M, -HOME_HALF_SPAN_M),
            Xy::new(HOME_HALF_SPAN_M, HOME_HALF_SPAN_M),
            width_px,
            height_px,
        ),
    }
}
