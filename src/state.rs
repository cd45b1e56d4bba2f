//! Everything the reader can change on the map, in one place, shared through Leptos context.

use crate::launch::Launch;
use crate::model::{DataSet, LonLat};
use crate::projection::{Projection, ProjectionKind, Xy};
use crate::rings::SourceChoice;
use crate::viewport::Viewport;
use leptos::prelude::*;

/// The launch site selected when the page opens.
pub const DEFAULT_SITE_ID: &str = "sasebo";

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
}

impl MapState {
    /// A fresh state for `data`, with the default site and projection.
    pub fn new(data: DataSet) -> Self {
        let site = if data.site(DEFAULT_SITE_ID).is_some() {
            DEFAULT_SITE_ID.to_owned()
        } else {
            data.sites[0].id.clone()
        };
        Self {
            data: StoredValue::new(data),
            projection_kind: RwSignal::new(ProjectionKind::default()),
            launch: RwSignal::new(Launch::Site(site)),
            viewport: RwSignal::new(None),
            sources: RwSignal::new(SourceChoice::All),
        }
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
        self.data.with_value(|d| launch.name(d))
    }
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
