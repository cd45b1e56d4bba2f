//! The fonts the still image is drawn with, one family per language, bundled in
//! `tools/fonts/` with their licences and registered with plotters: DejaVu Sans for English,
//! and for Japanese a subset of Noto Sans CJK JP (its Latin letters too, so outlet names
//! match the Japanese around them). The subset holds only the characters the Japanese images
//! draw (`tools/fonts/subset-cjk.sh` cuts it); [`missing_glyphs`] is how the tests find a
//! character that a new string needs and the subset lacks. Native only: the page uses the
//! reader's own fonts.

use crate::i18n::Lang;
use ab_glyph::{Font, FontRef};
use plotters::style::FontStyle;
use std::sync::Once;

/// The family the English image's text is set in; written as is into the SVG's
/// `font-family`, where it lets the viewer's own sans-serif stand in.
const FAMILY_EN: &str = "sans-serif";
/// The family of the Japanese image's text: in an SVG, the viewer's Noto Sans CJK JP if it
/// has one, else its sans-serif.
const FAMILY_JA: &str = "Noto Sans CJK JP, sans-serif";

/// DejaVu Sans, regular and bold.
const DEJAVU: [&[u8]; 2] = [
    include_bytes!("../../tools/fonts/DejaVuSans.ttf"),
    include_bytes!("../../tools/fonts/DejaVuSans-Bold.ttf"),
];
/// Noto Sans CJK JP, regular and bold, cut to the characters the Japanese images draw.
const NOTO_JP: [&[u8]; 2] = [
    include_bytes!("../../tools/fonts/NotoSansCJKjp-Regular-subset.otf"),
    include_bytes!("../../tools/fonts/NotoSansCJKjp-Bold-subset.otf"),
];

/// The font family `lang`'s image is set in (registered by [`register`]).
pub fn family(lang: Lang) -> &'static str {
    match lang {
        Lang::En => FAMILY_EN,
        Lang::Ja => FAMILY_JA,
    }
}

/// The regular and bold font files of `lang`'s family.
fn files(lang: Lang) -> [&'static [u8]; 2] {
    match lang {
        Lang::En => DEJAVU,
        Lang::Ja => NOTO_JP,
    }
}

/// `lang`'s face, regular or bold, for drawing glyph by glyph (`raster`); `None` only if the
/// bundled file does not parse, which the tests rule out.
pub fn face(lang: Lang, bold: bool) -> Option<FontRef<'static>> {
    let [regular, heavy] = files(lang);
    FontRef::try_from_slice(if bold { heavy } else { regular }).ok()
}

/// Registers every language's family (regular and bold) with plotters, once.
pub fn register() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        for lang in Lang::ALL {
            let [regular, bold] = files(lang);
            // The bytes are the repository's own files, which the tests parse: they always do.
            let _ = plotters::style::register_font(family(lang), FontStyle::Normal, regular);
            let _ = plotters::style::register_font(family(lang), FontStyle::Bold, bold);
        }
    });
}

/// The characters of `text` that `lang`'s family (regular or bold) has no glyph for, each
/// once, in order; spaces and line ends are never missing. A file that does not parse has
/// no glyph at all, so every character is reported.
pub fn missing_glyphs(lang: Lang, text: &str) -> Vec<char> {
    let fonts: Vec<Option<FontRef<'static>>> = files(lang)
        .into_iter()
        .map(|bytes| FontRef::try_from_slice(bytes).ok())
        .collect();
    let mut missing: Vec<char> = Vec::new();
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        let drawn = fonts
            .iter()
            .all(|f| f.as_ref().is_some_and(|f| f.glyph_id(c).0 != 0));
        if !drawn && !missing.contains(&c) {
            missing.push(c);
        }
    }
    missing
}
