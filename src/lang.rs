//! The interface's languages, as values: which one, its URL and `<html lang>` id, its page.
//! Everything they say is in [`crate::i18n`]; this module says nothing and depends on
//! nothing, so the data model can name a language without reaching the sentences.

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Japanese.
    Ja,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The URL value (`lang=ja`) and the `<html lang>` value.
    pub const fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The language's name in itself, for the language switch.
    pub const fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
        }
    }

    /// The language a URL value names, if any.
    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The page prerendered in this language, beside the other in the built site:
    /// `index.html` (English) and `ja.html`. `public/boot.js` moves a reader to the page of
    /// the language the URL or the browser asks for before the first paint, and the live
    /// page starts in the language of the page it was served in (`<html lang>`).
    pub const fn page_file(self) -> &'static str {
        match self {
            Lang::En => "index.html",
            Lang::Ja => "ja.html",
        }
    }
}

/// Whether `c` is a Japanese character: hiragana, katakana (with the prolonged sound mark),
/// a CJK ideograph, or Japanese punctuation and full-width forms.
pub fn is_japanese_char(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' // punctuation: 、。「」〜
        | '\u{3040}'..='\u{309F}' // hiragana
        | '\u{30A0}'..='\u{30FF}' // katakana
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms: （）：
    )
}
