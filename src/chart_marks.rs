//! Where a range claim's marks go on the range chart: the distance axis of a drawing and, for
//! one claim, its marks by qualifier and where its printed figure sits. One layout for both
//! drawings of the chart: the build's, with plotters ([`crate::chart`], the map's sources),
//! and the page's rows for an embedding page's own claims (`ui::panels::chart`), which only the page
//! knows. Pure, so the page carries no plotters and both agree to the pixel.

use crate::i18n::Lang;
use crate::model::{Claims, Qualifier, RangeClaim, Unit};

/// Left margin of the plot inside the chart's SVG, px (labels start here).
pub const LEFT_PX: i32 = 14;
/// Right margin: room for half of the last tick's label, centred on its tick.
pub const RIGHT_PX: i32 = 22;
/// Room each tick label needs: "3,000" at the tick font plus a gap.
const TICK_SPACING_PX: f64 = 56.0;
/// The axis ends at a round number at least this much beyond the largest figure, leaving room
/// for arrows and figure labels.
const HEADROOM: f64 = 1.2;
/// Marker radius, px.
pub const MARKER_PX: i32 = 6;
/// Length of the open-ended ("over", "-plus") arrow, px.
pub const ARROW_PX: i32 = 34;
/// Half the length of the "about" whisker, px.
pub const WHISKER_PX: i32 = 14;
/// The figure label's font size, CSS px.
pub const FIGURE_FONT_PX: f64 = 14.0;
/// A bold character's average advance in ems: the chart lays text out without a browser, so
/// widths are estimated, generously.
pub const CHAR_EM: f64 = 0.62;

/// The distance axis of one drawing of the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartAxis {
    /// The drawing's width, px.
    pub width_px: u32,
    /// The value at the axis's right end, in the drawing's unit.
    pub axis_max: f64,
    /// The distance between ticks, in the drawing's unit.
    pub tick_step: f64,
}

impl ChartAxis {
    /// The axis the build draws for the map's sources in `unit` at `width_px`: a round end
    /// beyond the largest shipped figure, and fewer ticks on a narrow drawing so their labels
    /// never collide. An embedding page's own claims do not move it (the drawing is made
    /// before any page adds one).
    pub fn for_claims(claims: &Claims, unit: Unit, width_px: u32) -> Self {
        let largest = claims
            .range_claims
            .iter()
            .filter(|c| !claims.source(&c.source).is_some_and(|s| s.added))
            .map(|c| unit.from_km(c.km_bounds().1))
            .fold(0.0, f64::max);
        let max_intervals = (plot_width_px(width_px) / TICK_SPACING_PX)
            .floor()
            .clamp(2.0, 7.0);
        let (axis_max, tick_step) = round_axis(largest * HEADROOM, max_intervals);
        Self {
            width_px,
            axis_max,
            tick_step,
        }
    }

    /// The x pixel of a distance in the axis's unit.
    pub fn x_px(&self, value: f64) -> i32 {
        LEFT_PX + (value / self.axis_max * plot_width_px(self.width_px)).round() as i32
    }

    /// The right edge of the plot, px.
    pub fn right_px(&self) -> i32 {
        self.width_px as i32 - RIGHT_PX
    }
}

/// The plot's width inside an SVG `width_px` wide.
pub fn plot_width_px(width_px: u32) -> f64 {
    f64::from(width_px) - f64::from(LEFT_PX + RIGHT_PX)
}

/// A round axis end at or above `target` and a tick step giving at most `max_intervals`.
fn round_axis(target: f64, max_intervals: f64) -> (f64, f64) {
    let target = target.max(1.0);
    let mut magnitude = 10f64.powi(target.log10().floor() as i32 - 1);
    loop {
        for m in [1.0, 2.0, 2.5, 5.0] {
            let step = m * magnitude;
            let intervals = (target / step).ceil();
            if intervals <= max_intervals {
                return (intervals * step, step);
            }
        }
        magnitude *= 10.0;
    }
}

/// One mark of a claim's row, at x pixels on the row's centre line.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// The source's marker: filled for a figure, an outline for "about".
    Dot {
        /// Its centre.
        x_px: i32,
        /// Filled, or an outline.
        filled: bool,
    },
    /// "About": a short whisker with end caps either side of `x_px`.
    Whisker {
        /// Its centre.
        x_px: i32,
    },
    /// "From … to …": a band between two edges.
    Band {
        /// Its left edge.
        lo_px: i32,
        /// Its right edge.
        hi_px: i32,
    },
    /// "Over", "-plus", or a figure beyond the axis: an arrow pointing right from `x_px`.
    Arrow {
        /// Where it starts (the marker's centre).
        x_px: i32,
    },
    /// "Up to", "maximum": a bar across the marker, a ceiling.
    Bar {
        /// Its x.
        x_px: i32,
    },
    /// The figure as printed, beside the marks.
    Figure {
        /// Where the text is anchored.
        x_px: i32,
        /// Anchored at its end (left of the marks) rather than its start.
        end_anchored: bool,
        /// The figure as printed, in the drawing's language.
        text: String,
    },
}

impl Mark {
    /// The mark's name, as the drawings' `data-mark` says it.
    pub fn name(&self) -> &'static str {
        match self {
            Mark::Dot { .. } => "dot",
            Mark::Whisker { .. } => "whisker",
            Mark::Band { .. } => "band",
            Mark::Arrow { .. } => "arrow",
            Mark::Bar { .. } => "bar",
            Mark::Figure { .. } => "figure",
        }
    }
}

/// The marks of `claim` on `axis` in `unit`, in drawing order, its printed figure (in
/// `lang`) last. A figure beyond the axis (only an embedding page's own claim can be) is
/// drawn at the axis's end with an arrow pointing on, its printed figure saying how far.
pub fn claim_marks(axis: &ChartAxis, claim: &RangeClaim, unit: Unit, lang: Lang) -> Vec<Mark> {
    let (lo_km, hi_km) = claim.km_bounds();
    let beyond = unit.from_km(hi_km) > axis.axis_max;
    // Room for the arrow before the plot's end, so it stays inside the drawing.
    let last_px = axis.right_px() - ARROW_PX;
    let x = |km: f64| {
        let x = axis.x_px(unit.from_km(km));
        if beyond {
            x.min(last_px)
        } else {
            x
        }
    };
    let (lo, hi) = (x(lo_km), x(hi_km));
    let mut marks = Vec::new();
    // How far the figure label keeps from the marks: (left of `lo`, right of `hi`).
    let mut gaps_px = (MARKER_PX + 6, MARKER_PX + 6);
    match claim.qualifier {
        Qualifier::Exact => marks.push(Mark::Dot {
            x_px: hi,
            filled: true,
        }),
        Qualifier::About => {
            marks.push(Mark::Whisker { x_px: hi });
            marks.push(Mark::Dot {
                x_px: hi,
                filled: false,
            });
            gaps_px = (WHISKER_PX + 6, WHISKER_PX + 6);
        }
        Qualifier::FromTo => {
            marks.push(Mark::Band {
                lo_px: lo,
                hi_px: hi,
            });
            marks.push(Mark::Dot {
                x_px: lo,
                filled: true,
            });
            marks.push(Mark::Dot {
                x_px: hi,
                filled: true,
            });
        }
        Qualifier::Over | Qualifier::Plus => {
            marks.push(Mark::Dot {
                x_px: hi,
                filled: true,
            });
            marks.push(Mark::Arrow { x_px: hi });
            gaps_px.1 = ARROW_PX + 8;
        }
        Qualifier::UpTo | Qualifier::Maximum => {
            marks.push(Mark::Dot {
                x_px: hi,
                filled: true,
            });
            marks.push(Mark::Bar { x_px: hi });
        }
    }
    if beyond && !matches!(claim.qualifier, Qualifier::Over | Qualifier::Plus) {
        marks.push(Mark::Arrow { x_px: hi });
        gaps_px.1 = ARROW_PX + 8;
    }
    let text = lang.printed_figure(claim);
    // A generous width estimate: SVG text is measured by the browser, not here.
    let width_px = crate::render::label_width_px(&text, FIGURE_FONT_PX, false)
        .max(text.chars().count() as f64 * FIGURE_FONT_PX * CHAR_EM)
        .ceil() as i32;
    let (left_gap_px, right_gap_px) = gaps_px;
    let figure = if !beyond && hi + right_gap_px + width_px <= axis.right_px() {
        Mark::Figure {
            x_px: hi + right_gap_px,
            end_anchored: false,
            text,
        }
    } else {
        Mark::Figure {
            x_px: lo - left_gap_px,
            end_anchored: true,
            text,
        }
    };
    marks.push(figure);
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_end_on_round_numbers_with_few_enough_ticks() {
        // Hand-worked: 2,500 km × 1.2 = 3,000; at most 7 intervals: 500 km steps.
        assert_eq!(round_axis(3000.0, 7.0), (3000.0, 500.0));
        // 1,553.4 mi × 1.2 = 1,864.1; 250 mi steps make 8 intervals, so 500 mi steps make 4.
        assert_eq!(round_axis(1864.1, 7.0), (2000.0, 500.0));
        // A phone's drawing: at most 4 intervals.
        assert_eq!(round_axis(3000.0, 4.0), (3000.0, 1000.0));
    }
}
