//! Range claims map: geodesic missile range rings over East Asia, source by source.
//!
//! Pure logic lives in [`model`] (data files), [`projection`] (map projections) and
//! [`viewport`] (pan and zoom), all tested natively with `cargo test`. The Leptos components
//! in [`ui`] sit on top and hold no geometry of their own.

// The page view's nested types (written as HTML natively, see `ui::prerender`) go deeper than
// the default limit where Leptos' `erase_components` is not set (native builds).
#![recursion_limit = "256"]

pub mod added;
pub mod burst;
#[cfg(not(target_arch = "wasm32"))]
pub mod chart;
pub mod chart_added;
pub mod chart_layout;
pub mod chart_marks;
pub mod clip;
pub mod compare;
pub mod editor;
pub mod embed_settings;
pub mod failure;
pub mod geodesy;
pub mod geojson;
pub mod i18n;
pub mod labels;
pub mod lang;
pub mod launch;
pub mod model;
pub mod picture;
pub mod projection;
pub mod recent;
pub mod render;
pub mod rings;
pub mod snippet;
pub mod state;
pub mod story;
/// Natively only: the page shows the table drawn at build time (`ui::panels::claims_table`).
#[cfg(not(target_arch = "wasm32"))]
pub mod table;
pub mod ui;
pub mod url_state;
pub mod viewport;
