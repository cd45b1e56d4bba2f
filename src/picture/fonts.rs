//! The fonts pictures are drawn with outside a browser, bundled in `tools/fonts/` with their
//! licences: DejaVu Sans for English, and for Japanese a subset of Noto Sans CJK JP (its
//! Latin letters too, so outlet names match the Japanese around them). The subset holds only
//! the characters the Japanese pictures draw (`tools/fonts/subset-cjk.sh` cuts it);
//! [`missing_glyphs`] is how the tests find a character that a new string needs and the
//! subset lacks. Native only: in a browser the SVG's `font-family` list falls back to the
//! reader's own fonts.

use crate::i18n::Lang;
use ab_glyph::{Font, FontRef};

/// DejaVu Sans, regular and bold.
const DEJAVU: [&[u8]; 2] = [
    include_bytes!("../../tools/fonts/DejaVuSans.ttf"),
    include_bytes!("../../tools/fonts/DejaVuSans-Bold.ttf"),
];
/// Noto Sans CJK JP, regular and bold, cut to the characters the Japanese pictures draw.
const NOTO_JP: [&[u8]; 2] = [
    include_bytes!("../../tools/fonts/NotoSansCJKjp-Regular-subset.otf"),
    include_bytes!("../../tools/fonts/NotoSansCJKjp-Bold-subset.otf"),
];

/// The regular and bold font files of `lang`'s family.
fn files(lang: Lang) -> [&'static [u8]; 2] {
    match lang {
        Lang::En => DEJAVU,
        Lang::Ja => NOTO_JP,
    }
}

/// Every bundled font file (both families, regular and bold), for a rasteriser's font
/// database.
pub fn bundled_font_files() -> impl Iterator<Item = &'static [u8]> {
    DEJAVU.into_iter().chain(NOTO_JP)
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
