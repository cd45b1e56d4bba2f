//! The picture's frame: where the title, the subtitle, the map, the legend, the notes, the
//! sources and the credit go, for a picture `width_px` wide around a map `map_height_px`
//! tall. Paragraphs are broken into lines by [`super::lines::wrap`] with widths estimated
//! from the text ([`text_width_px`]), in px.

use super::lines::wrap;
use super::text::PictureText;
use super::PictureSize;

/// Margin around the text, in px.
pub const MARGIN_PX: f64 = 16.0;
/// Title font size, px.
const TITLE_FONT_PX: f64 = 20.0;
/// Subtitle font size, px.
const SUBTITLE_FONT_PX: f64 = 13.0;
/// Legend font size, px.
const LEGEND_FONT_PX: f64 = 12.5;
/// Notes, sources and credit font size, px.
const SMALL_FONT_PX: f64 = 11.5;
/// Length of a legend entry's line sample, px.
pub const SWATCH_PX: f64 = 28.0;
/// Where a legend entry's text starts, px from the left.
const LEGEND_TEXT_X_PX: f64 = MARGIN_PX + SWATCH_PX + 10.0;

/// What a line of text is, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Main text (`--fg`).
    Main,
    /// Secondary text (`--muted`).
    Muted,
}

/// One line of text placed on the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// Left end, px.
    pub x_px: f64,
    /// Baseline, px from the top.
    pub baseline_px: f64,
    /// Font size, px.
    pub font_px: f64,
    /// Bold (weight 700).
    pub bold: bool,
    /// Its colour.
    pub role: Role,
    /// A bold lead set before the rest (a legend entry's figure as printed), if any.
    pub lead: Option<String>,
    /// The text (after the lead).
    pub text: String,
}

/// A legend entry's line sample: the ring's colour, dash and (for a band) fill.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Swatch {
    /// Index of the legend entry (and of the ring).
    pub entry: usize,
    /// Left end, px.
    pub x_px: f64,
    /// Middle, px from the top.
    pub y_px: f64,
}

/// The picture laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The picture's width, px.
    pub width_px: f64,
    /// The picture's height, px.
    pub height_px: f64,
    /// The map's top edge, px (it spans the whole width).
    pub map_top_px: f64,
    /// The map's height, px.
    pub map_height_px: f64,
    /// Every line of text.
    pub lines: Vec<TextLine>,
    /// The legend's line samples.
    pub swatches: Vec<Swatch>,
    /// The rule above the sources, px from the top.
    pub rule_y_px: f64,
}

/// Estimated width of `text` at `font_px`, px: DejaVu Sans (the bundled font, and among the
/// widest sans-serifs a viewer may substitute) averages about 0.6 em a character in running
/// text, 0.68 in bold; kana and kanji are a full em. Running text has more narrow letters
/// than labels, so this is tighter than [`crate::render::label_width_px`].
pub fn text_width_px(text: &str, font_px: f64, bold: bool) -> f64 {
    crate::render::text_width_px(text, font_px, if bold { 0.68 } else { 0.6 })
}

/// Height of a line of `font_px` text, px.
fn line_height_px(font_px: f64) -> f64 {
    (font_px * 1.4).round()
}

/// Appends `text` broken into lines no wider than `max_px`, from `top_px` down; returns the
/// y under the last line.
fn paragraph(
    out: &mut Vec<TextLine>,
    text: &str,
    (x_px, max_px): (f64, f64),
    top_px: f64,
    (font_px, bold, role): (f64, bool, Role),
) -> f64 {
    let mut y = top_px;
    let step = line_height_px(font_px);
    for line in wrap(text, max_px, |t| text_width_px(t, font_px, bold)) {
        out.push(TextLine {
            x_px,
            baseline_px: y + step * 0.5 + font_px * 0.35,
            font_px,
            bold,
            role,
            lead: None,
            text: line,
        });
        y += step;
    }
    y
}

/// Lays out `words` around a map of `size`; `notes` says whether the reading notes (which
/// speak of Mercator's stretch) go under the legend.
pub fn lay_out(words: &PictureText<'_>, size: PictureSize, notes: bool) -> Frame {
    let width = size.width_px;
    let full = width - 2.0 * MARGIN_PX;
    let mut lines = Vec::new();
    let mut y = MARGIN_PX - 4.0;
    y = paragraph(
        &mut lines,
        &words.title,
        (MARGIN_PX, full),
        y,
        (TITLE_FONT_PX, true, Role::Main),
    );
    y = paragraph(
        &mut lines,
        &words.subtitle,
        (MARGIN_PX, full),
        y,
        (SUBTITLE_FONT_PX, false, Role::Muted),
    );
    let map_top_px = (y + 8.0).round();
    y = map_top_px + size.map_height_px + 10.0;

    let mut swatches = Vec::new();
    let legend_w = width - LEGEND_TEXT_X_PX - MARGIN_PX;
    let lang = words.lang;
    for (i, e) in words.legend.iter().enumerate() {
        let first = lines.len();
        let top = y;
        y = paragraph(
            &mut lines,
            &e.line(lang),
            (LEGEND_TEXT_X_PX, legend_w),
            y,
            (LEGEND_FONT_PX, false, Role::Main),
        );
        // The figure as printed opens the first line, in bold.
        if let Some(line) = lines.get_mut(first) {
            if let Some(rest) = line.text.strip_prefix(e.figure.as_str()) {
                line.text = rest.to_owned();
                line.lead = Some(e.figure.clone());
            }
        }
        swatches.push(Swatch {
            entry: i,
            x_px: MARGIN_PX,
            y_px: top + line_height_px(LEGEND_FONT_PX) * 0.5,
        });
        y += 3.0;
    }
    if words.legend.is_empty() {
        y = paragraph(
            &mut lines,
            &words.no_figure,
            (MARGIN_PX, full),
            y,
            (LEGEND_FONT_PX, false, Role::Main),
        );
    }
    if notes {
        y = paragraph(
            &mut lines,
            &words.notes,
            (MARGIN_PX, full),
            y + 4.0,
            (SMALL_FONT_PX, false, Role::Muted),
        );
    }
    let rule_y_px = (y + 6.0).round() + 0.5;
    y = rule_y_px + 6.0;
    y = paragraph(
        &mut lines,
        &words.sources,
        (MARGIN_PX, full),
        y,
        (SMALL_FONT_PX, false, Role::Main),
    );
    y = paragraph(
        &mut lines,
        &words.credit,
        (MARGIN_PX, full),
        y,
        (SMALL_FONT_PX, false, Role::Muted),
    );
    Frame {
        width_px: width,
        height_px: (y + MARGIN_PX - 4.0).ceil(),
        map_top_px,
        map_height_px: size.map_height_px,
        lines,
        swatches,
        rule_y_px,
    }
}
