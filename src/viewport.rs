//! Pan and zoom: which part of the projected plane the map shows, and at what scale.
//!
//! Pure arithmetic on screen pixels and projected metres, so that every gesture (drag, wheel,
//! pinch, keys, buttons) is one tested function and the UI only translates events into calls.

use crate::model::LonLat;
use crate::projection::Xy;

/// A map view in URL form: the point at the centre and a zoom level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UrlView {
    /// The position at the centre of the map.
    pub center: LonLat,
    /// Zoom level: each step halves the metres per pixel (see [`m_per_px_at_zoom`]).
    pub zoom: f64,
}

/// Metres per pixel at zoom 0: the equator's length over 256 pixels, as in web maps.
const ZOOM0_M_PER_PX: f64 = 40_075_016.686 / 256.0;

/// The map scale, in metres per pixel, of a zoom level.
pub fn m_per_px_at_zoom(zoom: f64) -> f64 {
    ZOOM0_M_PER_PX / zoom.exp2()
}

/// The zoom level of a map scale in metres per pixel.
pub fn zoom_at_m_per_px(m_per_px: f64) -> f64 {
    (ZOOM0_M_PER_PX / m_per_px).log2()
}

/// Closest zoom: one screen pixel covers this many metres.
pub const MIN_M_PER_PX: f64 = 25.0;
/// Farthest zoom: one screen pixel covers this many metres (the whole Earth fits in ~700 px).
pub const MAX_M_PER_PX: f64 = 60_000.0;

/// The part of the projected plane shown in a screen area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// The projected point at the centre of the screen area.
    pub center: Xy,
    /// Metres of the projected plane per screen pixel (larger is farther out).
    pub m_per_px: f64,
    /// Width of the screen area in CSS pixels.
    pub width_px: f64,
    /// Height of the screen area in CSS pixels.
    pub height_px: f64,
}

impl Viewport {
    /// The viewport of a `width_px` × `height_px` area that shows the projected box spanned by
    /// `a` and `b` as large as fits, centred.
    pub fn fit(a: Xy, b: Xy, width_px: f64, height_px: f64) -> Self {
        let (w, h) = (width_px.max(1.0), height_px.max(1.0));
        let span_x = (a.x_m - b.x_m).abs();
        let span_y = (a.y_m - b.y_m).abs();
        let m_per_px = (span_x / w).max(span_y / h);
        Self {
            center: Xy::new((a.x_m + b.x_m) / 2.0, (a.y_m + b.y_m) / 2.0),
            m_per_px: clamp_scale(m_per_px),
            width_px: w,
            height_px: h,
        }
    }

    /// The same view in a screen area of another size (the centre and scale stay).
    pub fn resized(self, width_px: f64, height_px: f64) -> Self {
        Self {
            width_px: width_px.max(1.0),
            height_px: height_px.max(1.0),
            ..self
        }
    }

    /// Screen position (CSS px from the top left) of a projected point.
    pub fn to_screen(&self, p: Xy) -> (f64, f64) {
        (
            self.width_px / 2.0 + (p.x_m - self.center.x_m) / self.m_per_px,
            self.height_px / 2.0 - (p.y_m - self.center.y_m) / self.m_per_px,
        )
    }

    /// Projected point under a screen position.
    pub fn from_screen(&self, x_px: f64, y_px: f64) -> Xy {
        Xy::new(
            self.center.x_m + (x_px - self.width_px / 2.0) * self.m_per_px,
            self.center.y_m - (y_px - self.height_px / 2.0) * self.m_per_px,
        )
    }

    /// The view moved so that the map follows a drag of `dx_px`, `dy_px`.
    pub fn panned(self, dx_px: f64, dy_px: f64) -> Self {
        if !(dx_px.is_finite() && dy_px.is_finite()) {
            return self;
        }
        Self {
            center: Xy::new(
                self.center.x_m - dx_px * self.m_per_px,
                self.center.y_m + dy_px * self.m_per_px,
            ),
            ..self
        }
    }

    /// The view zoomed in by `factor` (> 1 closer, < 1 farther) keeping the map point under
    /// the screen position `(x_px, y_px)` where it is, as a wheel or pinch expects.
    pub fn zoomed_at(self, factor: f64, x_px: f64, y_px: f64) -> Self {
        if !(factor.is_finite() && factor > 0.0 && x_px.is_finite() && y_px.is_finite()) {
            return self;
        }
        let anchor = self.from_screen(x_px, y_px);
        let m_per_px = clamp_scale(self.m_per_px / factor);
        let moved = Self { m_per_px, ..self };
        // Shift so that the anchor is back under the same screen position.
        let (ax, ay) = moved.to_screen(anchor);
        moved.panned(x_px - ax, y_px - ay)
    }

    /// The view zoomed about the centre of the screen area (buttons, keys).
    pub fn zoomed(self, factor: f64) -> Self {
        self.zoomed_at(factor, self.width_px / 2.0, self.height_px / 2.0)
    }

    /// How the screen image of this view moves to show `next` (the same plane and screen
    /// size): a point drawn at `(x, y)` px for this view is at `(k·x + tx, k·y + ty)` for
    /// `next`. Returns `(k, tx_px, ty_px)`: a gesture in progress is shown by moving the
    /// drawing with this, without drawing it again (see `ui::map::view_preview`).
    pub fn screen_change_to(&self, next: &Viewport) -> (f64, f64, f64) {
        let k = self.m_per_px / next.m_per_px;
        let tx =
            self.width_px / 2.0 * (1.0 - k) + (self.center.x_m - next.center.x_m) / next.m_per_px;
        let ty =
            self.height_px / 2.0 * (1.0 - k) - (self.center.y_m - next.center.y_m) / next.m_per_px;
        (k, tx, ty)
    }

    /// Whether the drawing made for this view, which reaches `margin_px` beyond the screen on
    /// every side, still covers the whole screen once moved (by [`Self::screen_change_to`])
    /// to show `next`: if not, a gesture's preview would show an undrawn strip at an edge.
    pub fn drawing_covers(&self, next: &Viewport, margin_px: f64) -> bool {
        let (k, tx, ty) = self.screen_change_to(next);
        let covers = |extent_px: f64, t: f64| {
            k * -margin_px + t <= 0.0 && k * (extent_px + margin_px) + t >= extent_px
        };
        covers(self.width_px, tx) && covers(self.height_px, ty)
    }

    /// Whether everything this view shows, and `margin_px` beyond the screen on every side,
    /// lies inside the projected box from `min` (south-west) to `max` (north-east): whether a
    /// drawing that covers only that box leaves no part of the map blank.
    pub fn shows_only_within(&self, min: Xy, max: Xy, margin_px: f64) -> bool {
        let half_w_m = (self.width_px / 2.0 + margin_px) * self.m_per_px;
        let half_h_m = (self.height_px / 2.0 + margin_px) * self.m_per_px;
        self.center.x_m - half_w_m >= min.x_m
            && self.center.x_m + half_w_m <= max.x_m
            && self.center.y_m - half_h_m >= min.y_m
            && self.center.y_m + half_h_m <= max.y_m
    }

    /// The view a fraction `t` (0 to 1) of the way from this one to `target` (the same plane
    /// and screen size): the centre moves in a straight line in the plane and the scale
    /// changes by the same factor for each equal step of `t`, so a zoom looks steady.
    pub fn towards(&self, target: &Viewport, t: f64) -> Viewport {
        let t = if t.is_finite() {
            t.clamp(0.0, 1.0)
        } else {
            1.0
        };
        if t == 1.0 {
            return *target;
        }
        let lerp = |a: f64, b: f64| a + (b - a) * t;
        Viewport {
            center: Xy::new(
                lerp(self.center.x_m, target.center.x_m),
                lerp(self.center.y_m, target.center.y_m),
            ),
            m_per_px: clamp_scale(self.m_per_px * (target.m_per_px / self.m_per_px).powf(t)),
            ..*target
        }
    }

    /// The SVG transform that maps path coordinates (km, y to the south) onto the screen.
    pub fn svg_transform(&self) -> String {
        let s = 1000.0 / self.m_per_px;
        let tx = self.width_px / 2.0 - self.center.x_m / self.m_per_px;
        let ty = self.height_px / 2.0 + self.center.y_m / self.m_per_px;
        format!("matrix({s} 0 0 {s} {tx} {ty})")
    }
}

/// How far along an eased move is at `t` (0 to 1) of its time: slow out, fast through the
/// middle, slow in (cubic ease-in-out), so the eye can follow where the map goes.
pub fn ease_in_out(t: f64) -> f64 {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        1.0
    };
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

fn clamp_scale(m_per_px: f64) -> f64 {
    if m_per_px.is_finite() {
        m_per_px.clamp(MIN_M_PER_PX, MAX_M_PER_PX)
    } else {
        MAX_M_PER_PX
    }
}
