//! Everything the reader can change on the map, in one place, shared through Leptos context.

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
    /// The selected launch site's id.
    pub site_id: RwSignal<String>,
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
            site_id: RwSignal::new(site),
            viewport: RwSignal::new(None),
            sources: RwSignal::new(SourceChoice::All),
        }
    }

    /// The position of the selected launch site (tracked: a reactive reader re-runs on change).
    pub fn launch_point(&self) -> LonLat {
        self.site_position(&self.site_id.get())
    }

    /// The position of the selected launch site, read without tracking (for event handlers).
    pub fn launch_point_untracked(&self) -> LonLat {
        self.site_position(&self.site_id.get_untracked())
    }

    fn site_position(&self, id: &str) -> LonLat {
        self.data.with_value(|d| {
            d.site(id)
                .or(d.sites.first())
                .map(|s| s.position())
                .unwrap_or(FALLBACK_POINT)
        })
    }
}

/// Where the map centres if no site can be found (southern Japan); data validation requires at
/// least one site, so this is only a guard.
const FALLBACK_POINT: LonLat = LonLat::new(130.0, 33.0);

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
