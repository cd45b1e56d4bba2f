//! Pointer, wheel and keyboard input on the map, turned into [`Viewport`] changes.
//!
//! Pointer events cover mouse, pen and touch alike: one pointer drags, two pinch.

use super::view_preview::ViewPreview;
use crate::launch::Launch;
use crate::model::LonLat;
use crate::projection::{Projection, ProjectionKind};
use crate::state::{home_view, MapState};
use crate::viewport::Viewport;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent, WheelEvent};

/// A press turns into a drag once it has moved this far, in CSS px; less is a click.
const DRAG_THRESHOLD_PX: f64 = 4.0;
/// Zoom factor per wheel pixel: ~x1.35 for one notch of 100 px.
const WHEEL_ZOOM_PER_PX: f64 = 0.003;
/// Zoom factor of one key press or button click.
pub const STEP_ZOOM: f64 = 1.5;
/// Distance moved by one arrow key press, in CSS px.
const KEY_PAN_PX: f64 = 80.0;
/// A wheel burst is drawn for its final view once the wheel has rested this long (it has no
/// "up" event); until then each notch only moves the drawing (see [`ViewPreview`]).
const WHEEL_QUIET: Duration = Duration::from_millis(250);

/// A pointer that is down on the map.
#[derive(Debug, Clone, Copy)]
struct Press {
    id: i32,
    x_px: f64,
    y_px: f64,
}

/// The gesture handlers of one map, with what they remember between events.
#[derive(Clone, Copy)]
pub struct Gestures {
    state: MapState,
    svg_ref: NodeRef<leptos::svg::Svg>,
    /// Drags, pinches and wheel bursts move the drawing and commit the view at their end.
    preview: ViewPreview,
    presses: StoredValue<Vec<Press>>,
    /// Whether the current press has moved far enough to be a drag.
    dragging: StoredValue<bool>,
    /// Whether the current press started on the launch marker (it moves the launch point
    /// instead of the map).
    on_launch_marker: StoredValue<bool>,
    /// Whether the current press started on a control drawn in the map (a site marker), so a
    /// click is the control's, not a new launch point.
    on_control: StoredValue<bool>,
}

impl Gestures {
    /// Handlers for the map in `svg_ref`, acting on `state`.
    pub fn new(state: MapState, svg_ref: NodeRef<leptos::svg::Svg>) -> Self {
        Self {
            state,
            svg_ref,
            preview: expect_context::<ViewPreview>(),
            presses: StoredValue::new(Vec::new()),
            dragging: StoredValue::new(false),
            on_launch_marker: StoredValue::new(false),
            on_control: StoredValue::new(false),
        }
    }

    /// Position of an event relative to the map's top left corner, in CSS px (read from the
    /// map's frame, which a gesture in progress does not move).
    fn local(&self, client_x: i32, client_y: i32) -> (f64, f64) {
        let Some(svg) = self.svg_ref.get_untracked() else {
            return (client_x as f64, client_y as f64);
        };
        let rect = map_frame_rect(&svg);
        (client_x as f64 - rect.left(), client_y as f64 - rect.top())
    }

    /// Changes the view at once (keys): a preview still waiting is committed first, so the
    /// change starts from the view the reader sees.
    fn update_view(&self, f: impl FnOnce(Viewport) -> Viewport) {
        self.preview.commit();
        self.state.viewport.update(|v| {
            if let Some(view) = v {
                *view = f(*view);
            }
        });
    }

    /// A pointer goes down: remember it; a drag starts only once it moves.
    pub fn pointer_down(&self, ev: &PointerEvent) {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        // A wheel burst still waiting to be drawn is drawn now: the press starts from it.
        self.preview.commit();
        let (x, y) = self.local(ev.client_x(), ev.client_y());
        self.presses.update_value(|p| {
            p.retain(|q| q.id != ev.pointer_id());
            p.push(Press {
                id: ev.pointer_id(),
                x_px: x,
                y_px: y,
            });
        });
        if self.presses.with_value(Vec::len) == 1 {
            self.dragging.set_value(false);
            let closest = |selector: &str| {
                ev.target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|el| el.closest(selector).ok().flatten())
                    .is_some()
            };
            // The true-distance plane is centred on the launch point, so dragging the point
            // there would drag the whole map with it: only Mercator moves the marker.
            let mercator = self.state.projection_kind.get_untracked() == ProjectionKind::Mercator;
            self.on_launch_marker
                .set_value(mercator && closest("[data-launch-marker]"));
            self.on_control.set_value(closest("g.site, button"));
        }
    }

    /// The position on the Earth under a point of the map, if any.
    fn lon_lat_at(&self, x_px: f64, y_px: f64) -> Option<LonLat> {
        let view = self.preview.shown()?;
        let proj = Projection::new(
            self.state.projection_kind.get_untracked(),
            self.state.launch_point_untracked(),
        );
        proj.inverse(view.from_screen(x_px, y_px))
    }

    /// A pointer moves: pan with one pointer, pinch-zoom with two.
    pub fn pointer_move(&self, ev: &PointerEvent) {
        let (x, y) = self.local(ev.client_x(), ev.client_y());
        let presses = self.presses.get_value();
        let Some(idx) = presses.iter().position(|p| p.id == ev.pointer_id()) else {
            return;
        };
        let prev = presses[idx];
        match presses.len() {
            1 => {
                let (dx, dy) = (x - prev.x_px, y - prev.y_px);
                if !self.dragging.get_value() {
                    if dx.hypot(dy) < DRAG_THRESHOLD_PX {
                        return;
                    }
                    self.dragging.set_value(true);
                    // Capture only now, so a click on a marker still reaches the marker.
                    if let Some(svg) = self.svg_ref.get_untracked() {
                        let _ = svg.set_pointer_capture(ev.pointer_id());
                    }
                }
                if self.on_launch_marker.get_value() {
                    if let Some(p) = self.lon_lat_at(x, y) {
                        self.state.launch.set(Launch::Custom(p));
                    }
                } else {
                    self.preview.show(|v| v.panned(dx, dy));
                }
            }
            2 => {
                self.dragging.set_value(true);
                let other = presses[1 - idx];
                let before = (prev.x_px - other.x_px).hypot(prev.y_px - other.y_px);
                let after = (x - other.x_px).hypot(y - other.y_px);
                let mid_before = (
                    (prev.x_px + other.x_px) / 2.0,
                    (prev.y_px + other.y_px) / 2.0,
                );
                let mid_after = ((x + other.x_px) / 2.0, (y + other.y_px) / 2.0);
                if before > 1.0 && after > 1.0 {
                    self.preview.show(|v| {
                        v.zoomed_at(after / before, mid_before.0, mid_before.1)
                            .panned(mid_after.0 - mid_before.0, mid_after.1 - mid_before.1)
                    });
                }
            }
            _ => return,
        }
        self.presses.update_value(|p| {
            p[idx] = Press {
                id: prev.id,
                x_px: x,
                y_px: y,
            }
        });
    }

    /// A pointer goes up: a click (a press that never became a drag) on open map puts the
    /// launch point there.
    pub fn pointer_up(&self, ev: &PointerEvent) {
        let was_single = self.presses.with_value(Vec::len) == 1;
        let click = was_single
            && !self.dragging.get_value()
            && !self.on_control.get_value()
            && !self.on_launch_marker.get_value();
        if click {
            let (x, y) = self.local(ev.client_x(), ev.client_y());
            if let Some(p) = self.lon_lat_at(x, y) {
                self.state.launch.set(Launch::Custom(p));
            }
        }
        self.pointer_cancel(ev);
    }

    /// A pointer is cancelled (or has gone up): forget it. The view a drag or pinch reached
    /// is drawn once here (for a pinch, when one finger lifts: the other then drags on).
    pub fn pointer_cancel(&self, ev: &PointerEvent) {
        self.presses
            .update_value(|p| p.retain(|q| q.id != ev.pointer_id()));
        self.preview.commit();
        if let Some(svg) = self.svg_ref.get_untracked() {
            let _ = svg.release_pointer_capture(ev.pointer_id());
        }
    }

    /// The wheel zooms about the pointer.
    pub fn wheel(&self, ev: &WheelEvent) {
        ev.prevent_default();
        // Lines and pages are turned into pixels so every mouse zooms alike.
        let unit_px = match ev.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let dy = (ev.delta_y() * unit_px).clamp(-300.0, 300.0);
        let (x, y) = self.local(ev.client_x(), ev.client_y());
        self.preview
            .show(|v| v.zoomed_at((-dy * WHEEL_ZOOM_PER_PX).exp(), x, y));
        self.preview.commit_when_quiet(WHEEL_QUIET);
    }

    /// Arrow keys pan, + and - zoom, 0 resets.
    pub fn key_down(&self, ev: &KeyboardEvent) {
        let handled = match ev.key().as_str() {
            "ArrowLeft" => {
                self.update_view(|v| v.panned(KEY_PAN_PX, 0.0));
                true
            }
            "ArrowRight" => {
                self.update_view(|v| v.panned(-KEY_PAN_PX, 0.0));
                true
            }
            "ArrowUp" => {
                self.update_view(|v| v.panned(0.0, KEY_PAN_PX));
                true
            }
            "ArrowDown" => {
                self.update_view(|v| v.panned(0.0, -KEY_PAN_PX));
                true
            }
            "+" | "=" => {
                self.update_view(|v| v.zoomed(STEP_ZOOM));
                true
            }
            "-" | "_" => {
                self.update_view(|v| v.zoomed(1.0 / STEP_ZOOM));
                true
            }
            "0" => {
                self.preview.commit();
                reset_view(self.state);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    }
}

/// Back to the home view of the current projection.
pub fn reset_view(state: MapState) {
    let proj = Projection::new(
        state.projection_kind.get_untracked(),
        state.launch_point_untracked(),
    );
    state.viewport.update(|v| {
        if let Some(view) = v {
            *view = home_view(&proj, view.width_px, view.height_px);
        }
    });
}

/// The box of the map's frame (`div.map-clip`), which is the map's box at rest. Unlike the
/// `<svg>`'s own box, it stays put while a gesture moves the map with a CSS transform, so
/// pointer positions and the map's size are read from it.
pub fn map_frame_rect(svg: &web_sys::SvgElement) -> web_sys::DomRect {
    svg.parent_element()
        .map(|frame| frame.get_bounding_client_rect())
        .unwrap_or_else(|| svg.get_bounding_client_rect())
}
