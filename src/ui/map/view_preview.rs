//! A pan or zoom in progress, shown by moving the drawn map instead of drawing it again.
//!
//! During a drag, a pinch or a burst of wheel notches, the viewport signal keeps the view the
//! gesture started from, and the gesture's view is shown by one CSS transform on the map's
//! `<svg>` (its own composited layer, seen through the clipping `div.map-clip`): each frame
//! is then a compositor move, with no marker layout, label placement, URL query or repaint of
//! the ~41,500-vertex base map. The transform is on the `<svg>` itself, not on a group inside
//! it, because Chromium lays out every SVG text again when the scale of a transform inside
//! the SVG changes (~3–25 ms a zoom frame in a trace), and not when the `<svg>` box moves. The gesture's end commits the view once: the map is drawn for it
//! and the transform is dropped before the next frame, so the reader sees no jump.

use crate::ui::rest_timer::RestTimer;
use crate::viewport::Viewport;
use leptos::prelude::*;
use std::time::Duration;

/// A previewed view this much closer than the drawn one is committed at once: the magnified
/// drawing would be too blurred beyond it.
const MAX_PREVIEW_ZOOM: f64 = 4.0;

/// How far the map is drawn beyond its frame on every side, in CSS px (the `<svg>`'s
/// `overflow-clip-margin`): a pan slides that much in without drawing. It is not all of it
/// because Chromium rasterises the `<svg>`'s layer far beyond the screen: with everything
/// drawn, each zoom re-rasterised all of East Asia at the new scale, dashed rings dashed end
/// to end in every tile (in the benchmark's wheel zoom, 2.0 s of raster for a 2.5 s gesture
/// on 289 tiles, frames 150 ms apart at p95; with 320 px, 0.8 s on 139 tiles, 67 ms). A
/// preview that would show past it is committed (drawn) at once instead.
pub const DRAWN_MARGIN_PX: f64 = 320.0;

/// The view of a gesture in progress, and the transform that shows it (provided once by
/// [`crate::ui::provide_derived`]).
#[derive(Debug, Clone, Copy)]
pub struct ViewPreview {
    /// The committed view: the one the map is drawn for.
    viewport: RwSignal<Option<Viewport>>,
    /// The view shown while a gesture is in progress, if it differs from the committed one.
    pending: StoredValue<Option<Viewport>>,
    /// The CSS transform of the `<svg>` that shows `pending` (none when nothing is pending).
    css_transform: RwSignal<Option<String>>,
    /// The timer that commits a wheel burst once the wheel has rested.
    quiet_timer: RestTimer,
}

impl ViewPreview {
    /// A preview of changes to `viewport`. Whenever `viewport` changes (a commit, a key, a
    /// button, history), the map is drawn for it, so any preview is dropped.
    pub fn new(viewport: RwSignal<Option<Viewport>>) -> Self {
        let preview = Self {
            viewport,
            pending: StoredValue::new(None),
            css_transform: RwSignal::new(None),
            quiet_timer: RestTimer::new(),
        };
        Effect::new(move |_| {
            viewport.track();
            preview.quiet_timer.cancel();
            preview.pending.set_value(None);
            preview.css_transform.set(None);
        });
        preview
    }

    /// The `transform` style of the map's `<svg>`: `None` when the drawing matches the
    /// viewport.
    pub fn css_transform(&self) -> Signal<Option<String>> {
        self.css_transform.into()
    }

    /// The view the reader sees: the previewed one during a gesture, else the committed one.
    pub fn shown(&self) -> Option<Viewport> {
        self.pending
            .get_value()
            .or_else(|| self.viewport.get_untracked())
    }

    /// Shows `f(shown view)` by moving the drawing; nothing is drawn again until
    /// [`Self::commit`] (or at once if the move would leave the drawing too far behind).
    pub fn show(&self, f: impl FnOnce(Viewport) -> Viewport) {
        let (Some(drawn), Some(shown)) = (self.viewport.get_untracked(), self.shown()) else {
            return;
        };
        let next = f(shown);
        self.pending.set_value(Some(next));
        let (k, tx, ty) = drawn.screen_change_to(&next);
        if k > MAX_PREVIEW_ZOOM || !drawn.drawing_covers(&next, DRAWN_MARGIN_PX) {
            self.commit();
            return;
        }
        self.css_transform
            .set(Some(format!("matrix({k}, 0, 0, {k}, {tx}, {ty})")));
    }

    /// Draws the map for the previewed view, if there is one. The viewport effect drops the
    /// transform in the same microtask checkpoint, before the next frame.
    pub fn commit(&self) {
        self.quiet_timer.cancel();
        if let Some(view) = self.pending.get_value() {
            self.pending.set_value(None);
            self.viewport.set(Some(view));
        }
    }

    /// Commits once no further call has come for `quiet` (a wheel burst has no "up" event).
    pub fn commit_when_quiet(&self, quiet: Duration) {
        let preview = *self;
        self.quiet_timer.restart(move || preview.commit(), quiet);
    }
}
