//! Reading a range figure as a newsroom prints it ("about 1,600 km", "over 1,000 miles",
//! "120 to 249 mi", "1,000-mile-plus", "約1,600キロ", "最大620マイル") into the parts the data
//! files give each claim: the figures as printed, the unit and the qualifier. The numbers are
//! read by [`parse_figure`], as the data files' are, so a figure typed into the editor is held
//! to the same reading as every shipped claim (a native test types each shipped one in).

use super::claims::{parse_figure, Qualifier, MAX_RANGE_KM};
use super::units::Unit;

/// A range figure, read.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedFigure {
    /// The numbers as printed ("1,600"): one, or two for a from–to range.
    pub figures: Vec<String>,
    /// The unit as printed.
    pub unit: Unit,
    /// The qualifier as printed.
    pub qualifier: Qualifier,
}

/// Why a figure could not be read; the editor says it in the newsroom's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FigureProblem {
    /// No number in it.
    NoNumber,
    /// More numbers than a from–to range has.
    TooManyNumbers,
    /// A number, but no unit after it.
    NoUnit,
    /// A unit the map does not know (as written).
    UnknownUnit(String),
    /// Zero, or not a number the map can draw.
    NotPositive,
    /// A from–to range whose second figure is not larger than its first.
    RangeBackwards,
    /// Farther than half the Earth's circumference (where a ring stops being one).
    TooFar,
}

/// The units a figure may be printed in: each spelling, longest first within a unit so
/// "kilometers" is not read as "km…". Japanese as Japanese papers print them.
const UNIT_WORDS: [(&str, Unit); 19] = [
    ("nautical miles", Unit::Nmi),
    ("nautical mile", Unit::Nmi),
    ("nautical-mile", Unit::Nmi),
    ("nmi", Unit::Nmi),
    ("海里", Unit::Nmi),
    ("kilometres", Unit::Km),
    ("kilometers", Unit::Km),
    ("kilometre", Unit::Km),
    ("kilometer", Unit::Km),
    ("キロメートル", Unit::Km),
    ("キロ", Unit::Km),
    ("km", Unit::Km),
    ("ｋｍ", Unit::Km),
    ("miles", Unit::Mi),
    ("mile", Unit::Mi),
    ("マイル", Unit::Mi),
    ("mi", Unit::Mi),
    ("nm", Unit::Nmi),
    ("ｍｉ", Unit::Mi),
];

/// Words before a figure that make it approximate.
const ABOUT_WORDS: [&str; 7] = [
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "約",
];
/// Words before a figure that make it a lower bound.
const OVER_WORDS: [&str; 4] = ["over", "more than", "above", "exceeding"];
/// Words before a figure that make it an upper bound ("up to").
const UP_TO_WORDS: [&str; 2] = ["up to", "as far as"];
/// Words before a figure that make it a maximum.
const MAXIMUM_WORDS: [&str; 3] = ["maximum", "max", "最大"];

/// Whether `text` holds `words` as whole words (Japanese words anywhere: they are not spaced).
fn has_words(text: &str, words: &str) -> bool {
    if !words.chars().any(|c| c.is_ascii_alphabetic()) {
        return text.contains(words);
    }
    text.match_indices(words).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + words.len()..].chars().next();
        before.is_none_or(|c| !c.is_ascii_alphanumeric())
            && (words.ends_with([' ', '.']) || after.is_none_or(|c| !c.is_ascii_alphanumeric()))
    })
}

/// Where each number printed in `text` starts and ends (byte offsets).
fn numbers_in(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (matches!(bytes[i], b',' | b'.')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            found.push((start, i));
        } else {
            i += 1;
        }
    }
    found
}

/// The unit printed right after a number (`rest` starts after it), if any: skips a space or
/// a hyphen ("1,000-mile-plus", "120-mile").
fn unit_after(rest: &str) -> Option<(Unit, usize)> {
    let trimmed = rest.trim_start_matches([' ', '-', '\u{a0}']);
    let skipped = rest.len() - trimmed.len();
    let lower = trimmed.to_ascii_lowercase();
    UNIT_WORDS.into_iter().find_map(|(word, unit)| {
        // A Latin unit must end at a word's end ("mi" is not the start of "minutes").
        let after = lower.strip_prefix(word)?.chars().next();
        let ends = word.chars().all(|c| !c.is_ascii_alphabetic())
            || after.is_none_or(|c| !c.is_ascii_alphanumeric());
        ends.then_some((unit, skipped + word.len()))
    })
}

/// The word printed right after a number where a unit should be (for the notice).
fn word_after(rest: &str) -> String {
    rest.trim_start_matches([' ', '-', '\u{a0}'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .take(20)
        .collect()
}

/// Reads a range figure as printed. The numbers are the data files' ([`parse_figure`]), the
/// unit and qualifier are read from the words around them.
pub fn parse_printed_figure(text: &str) -> Result<PrintedFigure, FigureProblem> {
    let text = text.trim();
    let spans = numbers_in(text);
    let (first, second) = match spans.as_slice() {
        [] => return Err(FigureProblem::NoNumber),
        [one] => (*one, None),
        [one, two] => (*one, Some(*two)),
        _ => return Err(FigureProblem::TooManyNumbers),
    };
    // A minus sign before the number (not a hyphen joining words): a ring is never negative.
    let mut back = text[..first.0].chars().rev();
    if matches!(back.next(), Some('-' | '−' | '－'))
        && back.next().is_none_or(|c| !c.is_ascii_alphanumeric())
    {
        return Err(FigureProblem::NotPositive);
    }
    let printed = |(s, e): (usize, usize)| text[s..e].to_owned();
    let value = |span| parse_figure(&printed(span)).ok_or(FigureProblem::NotPositive);
    let lo = value(first)?;
    // The unit: after the last number, or after the first ("120-mile to 249-mile", "120 mi to
    // 249"); the same for both where each has one.
    let last = second.unwrap_or(first);
    let unit = match unit_after(&text[last.1..]).or_else(|| unit_after(&text[first.1..])) {
        Some((unit, _)) => unit,
        None => {
            let word = word_after(&text[last.1..]);
            return Err(
                if word.is_empty() || word.chars().all(|c| c.is_ascii_digit()) {
                    FigureProblem::NoUnit
                } else {
                    FigureProblem::UnknownUnit(word)
                },
            );
        }
    };
    let before = text[..first.0].to_ascii_lowercase();
    let after_unit = {
        let end = unit_after(&text[last.1..]).map_or(last.1, |(_, n)| last.1 + n);
        text[end..].to_ascii_lowercase()
    };
    let qualifier = if let Some(two) = second {
        // Two numbers make a range only when joined as one ("120 to 249", "120-mile to
        // 249-mile", "120–249", "120〜249"): "1e999" is not a range.
        let between = &text[first.1..two.0];
        let between = unit_after(between).map_or(between, |(_, n)| &between[n..]);
        let joiner = between.trim_matches([' ', '\u{a0}']).to_ascii_lowercase();
        let joined = ["to", "-", "–", "—", "〜", "～", "~", "から", "and"]
            .iter()
            .any(|j| joiner == *j || joiner.trim_matches('-') == *j);
        if !joined {
            return Err(FigureProblem::TooManyNumbers);
        }
        let hi = value(two)?;
        if hi <= lo {
            return Err(FigureProblem::RangeBackwards);
        }
        Qualifier::FromTo
    } else if after_unit.trim_start().starts_with("-plus")
        || after_unit.trim_start().starts_with("plus")
    {
        Qualifier::Plus
    } else if after_unit.trim_start().starts_with('超')
        || after_unit.trim_start().starts_with("以上")
        || OVER_WORDS.iter().any(|w| has_words(&before, w))
    {
        Qualifier::Over
    } else if UP_TO_WORDS.iter().any(|w| has_words(&before, w)) {
        Qualifier::UpTo
    } else if MAXIMUM_WORDS.iter().any(|w| has_words(&before, w)) {
        Qualifier::Maximum
    } else if ABOUT_WORDS.iter().any(|w| has_words(&before, w)) {
        Qualifier::About
    } else {
        Qualifier::Exact
    };
    let figures = match second {
        Some(two) => vec![printed(first), printed(two)],
        None => vec![printed(first)],
    };
    let hi = figures.last().and_then(|f| parse_figure(f)).unwrap_or(lo);
    if unit.to_km(hi) > MAX_RANGE_KM {
        return Err(FigureProblem::TooFar);
    }
    Ok(PrintedFigure {
        figures,
        unit,
        qualifier,
    })
}
