//! What the page needs to know of the range chart without drawing it: the widths it is drawn
//! at ahead of time, the file each drawing is in, and its height (for the room it takes
//! before it arrives).
//!
//! The chart depends only on the shipped data, the language, the unit and its width, so the
//! build draws it natively ([`crate::chart`], plotters) for every language and unit at each
//! of [`DRAWN_WIDTHS_PX`], into `charts/` beside the page; the page fetches the one it shows.
//! Its text is laid out for the width it is drawn at, so each width step is small: the page
//! shows the widest drawing that fits its column, scaled up by less than [`WIDTH_STEP`].

use crate::i18n::Lang;
use crate::model::{Claims, Unit};

/// Height of one claim's row, CSS px: its label line above its marks.
pub const ROW_HEIGHT_PX: u32 = 48;
/// Space above the first row, CSS px.
pub const TOP_PX: u32 = 8;
/// Space below the last row for the axis, its tick labels and its title, CSS px.
pub const AXIS_HEIGHT_PX: u32 = 52;

/// The widths, CSS px, at which the build draws the chart: from a 360 px phone's column
/// (300 px) to the widest the page shows it (1,140 px), each about [`WIDTH_STEP`] times the
/// one before.
pub const DRAWN_WIDTHS_PX: [u32; 15] = [
    300, 330, 360, 400, 440, 480, 530, 580, 640, 700, 770, 850, 940, 1040, 1140,
];

/// The largest ratio between two neighbouring drawn widths: how much larger than drawn the
/// chart's text may be shown.
pub const WIDTH_STEP: f64 = 1.12;

/// The directory, beside the page, that holds the drawn charts.
pub const CHARTS_DIR: &str = "charts";

/// The drawn width to show in a column `available_px` wide: the widest that fits, or the
/// narrowest where none does (the column then scrolls it sideways).
pub fn drawn_width_px(available_px: u32) -> u32 {
    DRAWN_WIDTHS_PX
        .iter()
        .rev()
        .copied()
        .find(|&w| w <= available_px)
        .unwrap_or(DRAWN_WIDTHS_PX[0])
}

/// The path, from the page, of the chart drawn in `lang` and `unit` at `width_px`:
/// `charts/en-km-1140.svg`.
pub fn chart_file(lang: Lang, unit: Unit, width_px: u32) -> String {
    format!(
        "{CHARTS_DIR}/{}-{}-{width_px}.svg",
        lang.id(),
        unit.symbol()
    )
}

/// The unit and width of a chart file's drawing, read back from its path
/// ([`chart_file`]): `charts/en-km-1140.svg` → (km, 1140); `None` for any other path.
pub fn chart_file_parts(file: &str) -> Option<(Unit, u32)> {
    let name = file.strip_prefix(CHARTS_DIR)?.strip_prefix('/')?;
    let name = name.strip_suffix(".svg")?;
    let mut parts = name.splitn(3, '-');
    let (_lang, unit, width) = (parts.next()?, parts.next()?, parts.next()?);
    let unit = Unit::ALL.into_iter().find(|u| u.symbol() == unit)?;
    Some((unit, width.parse().ok()?))
}

/// How many rows the chart of `claims` has: one per range claim, and one for each source that
/// gives no range figure (it says so).
pub fn row_count(claims: &Claims) -> u32 {
    claims
        .sources
        .iter()
        .map(|s| claims.ranges_of(&s.id).count().max(1) as u32)
        .sum()
}

/// A natural height for the chart of `claims`, CSS px, at any width.
pub fn chart_height_px(claims: &Claims) -> u32 {
    TOP_PX + row_count(claims) * ROW_HEIGHT_PX + AXIS_HEIGHT_PX
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widest_drawing_that_fits_is_shown() {
        assert_eq!(drawn_width_px(1140), 1140);
        assert_eq!(drawn_width_px(5000), 1140);
        assert_eq!(drawn_width_px(1139), 1040);
        // A 360 px phone's column (360 less the page's 58 px of gutters).
        assert_eq!(drawn_width_px(302), 300);
        assert_eq!(drawn_width_px(120), 300);
    }

    #[test]
    fn no_drawing_is_shown_more_than_one_step_larger_than_drawn() {
        for pair in DRAWN_WIDTHS_PX.windows(2) {
            assert!(pair[0] < pair[1]);
            let ratio = f64::from(pair[1]) / f64::from(pair[0]);
            assert!(
                ratio <= WIDTH_STEP,
                "{} → {}: ×{ratio:.3}",
                pair[0],
                pair[1]
            );
            // Just short of the next width, the narrower drawing is scaled up by under a step.
            assert_eq!(drawn_width_px(pair[1] - 1), pair[0]);
        }
    }

    #[test]
    fn a_drawings_unit_and_width_read_back_from_its_file() {
        for lang in Lang::ALL {
            for unit in Unit::ALL {
                for width in DRAWN_WIDTHS_PX {
                    let file = chart_file(lang, unit, width);
                    assert_eq!(chart_file_parts(&file), Some((unit, width)), "{file}");
                }
            }
        }
        assert_eq!(chart_file_parts("charts/en-ft-300.svg"), None);
        assert_eq!(chart_file_parts("tables/en.html"), None);
        assert_eq!(chart_file_parts("charts/en-km-wide.svg"), None);
    }

    #[test]
    fn each_drawing_has_its_own_file() {
        assert_eq!(
            chart_file(Lang::En, Unit::Km, 1140),
            "charts/en-km-1140.svg"
        );
        assert_eq!(
            chart_file(Lang::Ja, Unit::Nmi, 300),
            "charts/ja-nmi-300.svg"
        );
    }
}
