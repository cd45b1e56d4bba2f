//! Text in the PNG, drawn glyph by glyph with ab_glyph. plotters 0.3.7's own bitmap text puts
//! each glyph's outline at the pen position without its left side bearing, so a narrow glyph
//! sits at the left of its advance and leaves a gap after it: barely seen in Latin, but
//! Japanese kana and ideographs share one full-width advance, and there "ミサイル" reads
//! "ミ サイル". This element places each outline at pen + bearing, as a text renderer does,
//! and blends its coverage into the bitmap. The SVG keeps plotters' `<text>`, which the
//! viewer lays out itself.

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use plotters::element::{Drawable, PointCollection};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, DrawingBackend, DrawingErrorKind};

/// One line of text for a bitmap.
pub struct GlyphRun<'a> {
    /// The text.
    pub text: &'a str,
    /// The anchor point, in pixels.
    pub at: BackendCoord,
    /// Where the anchor is on the text's box: left, centre; top, centre.
    pub anchor: Pos,
    /// The face to draw with.
    pub face: FontRef<'static>,
    /// The font size in pixels: the height from descender to ascender, as plotters sizes it.
    pub size_px: f32,
    /// The colour, with its opacity.
    pub colour: BackendColor,
}

impl GlyphRun<'_> {
    /// The run's width in pixels: the glyphs' advances and kerning, as plotters measures it.
    pub fn width_px(&self) -> f32 {
        let font = self.face.as_scaled(PxScale::from(self.size_px));
        let mut prev = None;
        let mut width = 0.0;
        for c in self.text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = prev {
                width += font.kern(p, id);
            }
            width += font.h_advance(id);
            prev = Some(id);
        }
        width
    }
}

impl<'a> PointCollection<'a, BackendCoord> for &'a GlyphRun<'_> {
    type Point = &'a BackendCoord;
    type IntoIter = std::iter::Once<&'a BackendCoord>;
    fn point_iter(self) -> Self::IntoIter {
        std::iter::once(&self.at)
    }
}

impl<DB: DrawingBackend> Drawable<DB> for GlyphRun<'_> {
    fn draw<I: Iterator<Item = BackendCoord>>(
        &self,
        mut points: I,
        backend: &mut DB,
        _parent_dim: (u32, u32),
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let (w, h) = backend.get_size();
        let Some((x0, y0)) = points.next() else {
            return Ok(());
        };
        let font = self.face.as_scaled(PxScale::from(self.size_px));
        let left = match self.anchor.h_pos {
            HPos::Left => x0 as f32,
            HPos::Center => x0 as f32 - self.width_px() / 2.0,
            HPos::Right => x0 as f32 - self.width_px(),
        };
        // The baseline: the ascender at the anchor (top), or the ascender–descender band
        // centred on it (descent is negative).
        let baseline = match self.anchor.v_pos {
            VPos::Top => y0 as f32 + font.ascent(),
            VPos::Center => y0 as f32 + (font.ascent() + font.descent()) / 2.0,
            VPos::Bottom => y0 as f32 + font.descent(),
        };
        let mut pen = left;
        let mut prev = None;
        let mut pixels: Vec<(i32, i32, f32)> = Vec::new();
        for c in self.text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = prev {
                pen += font.kern(p, id);
            }
            prev = Some(id);
            let glyph = id.with_scale_and_position(font.scale(), ab_glyph::point(pen, baseline));
            if let Some(outline) = font.outline_glyph(glyph) {
                let b = outline.px_bounds();
                outline.draw(|x, y, coverage| {
                    pixels.push((
                        b.min.x as i32 + x as i32,
                        b.min.y as i32 + y as i32,
                        coverage,
                    ));
                });
            }
            pen += font.h_advance(id);
        }
        for (x, y, coverage) in pixels {
            if x >= 0 && y >= 0 && (x as u32) < w && (y as u32) < h && coverage > 0.0 {
                let colour = BackendColor {
                    alpha: self.colour.alpha * f64::from(coverage.min(1.0)),
                    rgb: self.colour.rgb,
                };
                backend.draw_pixel((x, y), colour)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::GlyphRun;
    use crate::i18n::Lang;
    use ab_glyph::{Font, PxScale, ScaleFont};
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    use plotters_backend::BackendColor;

    /// The first column with ink when `text` is drawn from x = 10 px, left-aligned.
    fn first_ink_column(text: &str, size_px: f32) -> usize {
        let (w, h) = (200_usize, 60_usize);
        let mut rgb = vec![255u8; w * h * 3];
        {
            let root =
                BitMapBackend::with_buffer(&mut rgb, (w as u32, h as u32)).into_drawing_area();
            root.draw(&GlyphRun {
                text,
                at: (10, 10),
                anchor: Pos::new(HPos::Left, VPos::Top),
                face: crate::static_map::fonts::face(Lang::Ja, false).expect("the font parses"),
                size_px,
                colour: BackendColor {
                    alpha: 1.0,
                    rgb: (0, 0, 0),
                },
            })
            .expect("drawn");
        }
        (0..w)
            .find(|&x| (0..h).any(|y| rgb[(y * w + x) * 3] < 128))
            .expect("some ink")
    }

    #[test]
    fn a_glyph_starts_at_its_left_side_bearing() {
        // ト sits well inside its full-width box: its outline starts one side bearing after
        // the pen (the font's own metric), not at the pen as plotters' bitmap text has it.
        let face = crate::static_map::fonts::face(Lang::Ja, false).expect("the font parses");
        let font = face.as_scaled(PxScale::from(40.0));
        let bearing_px = font.h_side_bearing(font.glyph_id('ト'));
        assert!(bearing_px > 2.0, "a bearing to see: {bearing_px}");
        let expected = 10.0 + bearing_px;
        let got = first_ink_column("ト", 40.0) as f32;
        assert!(
            (got - expected).abs() <= 1.0,
            "ink from {got} px, bearing puts it at {expected}"
        );
    }
}
