//! News sources and the range claims they make (`data/sources.json`).

use super::units::{group_thousands, Unit};
use super::{check_ids, check_japanese, check_text, parse_json, DataError};
use crate::lang::Lang;
use serde::Deserialize;

/// How precisely a source's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum DatePrecision {
    /// The day is known.
    Day,
    /// Only the month is known.
    Month,
    /// Inferred from what the text describes: shown with "about".
    About,
}

/// A news source whose claims the map compares.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id, used in URLs and `data-source` attributes.
    pub id: String,
    /// The outlet as the text shows it.
    pub outlet: String,
    /// The outlet in Japanese (its Japanese name, or the English name as Japanese papers
    /// write it), for the Japanese interface.
    pub outlet_ja: String,
    /// The author, where the text names one.
    pub author: Option<String>,
    /// The date as shown to readers ("Oct 2023", "about Jan 2026").
    pub date: String,
    /// How precisely the date is known.
    pub date_precision: DatePrecision,
    /// How the date (and, where needed, the outlet) was read off the text.
    pub dated_how: String,
    /// The source text's file name in `../shared/sources/` (not shipped).
    pub text_file: String,
    /// Whether the embedding page added this source (its own claim, typed in the editor and
    /// carried in the embed's address), not one of the map's checked sources. Never read from
    /// the data files.
    #[serde(skip)]
    pub added: bool,
    /// The article's address, for an added source (`https:` only, checked).
    #[serde(skip)]
    pub link: Option<String>,
}

impl Source {
    /// The outlet's name in `lang`.
    pub fn outlet_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.outlet,
            Lang::Ja => &self.outlet_ja,
        }
    }
}

/// Which missile a claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum System {
    /// The US Tomahawk cruise missile.
    Tomahawk,
    /// Japan's Type-12 surface-to-ship missile.
    #[serde(rename = "type-12")]
    Type12,
    /// Another missile, named by a newsroom's added claim (never in the data files: the
    /// name is the claim's own, see `RangeClaim::system_name`).
    #[serde(skip)]
    Other,
}

impl System {
    /// Stable id for `data-system`.
    pub const fn id(self) -> &'static str {
        match self {
            System::Tomahawk => "tomahawk",
            System::Type12 => "type-12",
            System::Other => "other",
        }
    }
    /// Name shown to readers.
    pub const fn label(self) -> &'static str {
        match self {
            System::Tomahawk => "Tomahawk",
            System::Type12 => "Type-12",
            System::Other => "",
        }
    }
}

/// Which version of the system a claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum Variant {
    /// Tomahawk Block IV.
    BlockIv,
    /// Tomahawk Block V.
    BlockV,
    /// A claim the source says covers Block IV and Block V alike.
    BlockIvAndV,
    /// The source does not say which version.
    Unspecified,
    /// Type-12 as fielded today.
    Current,
    /// The upgraded (stand-off) Type-12.
    Upgraded,
}

impl Variant {
    /// Stable id for `data-variant`.
    pub const fn id(self) -> &'static str {
        match self {
            Variant::BlockIv => "block-iv",
            Variant::BlockV => "block-v",
            Variant::BlockIvAndV => "block-iv-and-v",
            Variant::Unspecified => "unspecified",
            Variant::Current => "current",
            Variant::Upgraded => "upgraded",
        }
    }
    /// Name shown to readers (empty where the source names no version).
    pub const fn label(self) -> &'static str {
        match self {
            Variant::BlockIv => "Block IV",
            Variant::BlockV => "Block V",
            Variant::BlockIvAndV => "Block IV and V",
            Variant::Unspecified => "",
            Variant::Current => "today",
            Variant::Upgraded => "upgraded",
        }
    }
}

/// The qualifier a source prints with its figure; it decides how the ring is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// The figure as a plain number.
    Exact,
    /// "about": approximate.
    About,
    /// "over": a lower bound, open-ended.
    Over,
    /// "-plus": a lower bound, open-ended.
    Plus,
    /// "up to": an upper bound.
    UpTo,
    /// "maximum": an upper bound.
    Maximum,
    /// "from … to …": a range of two figures (a band).
    FromTo,
}

impl Qualifier {
    /// Stable id for `data-qualifier`.
    pub const fn id(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::Over => "over",
            Qualifier::Plus => "plus",
            Qualifier::UpTo => "up-to",
            Qualifier::Maximum => "maximum",
            Qualifier::FromTo => "from-to",
        }
    }
    /// Whether the figure is a lower bound with no stated end ("over", "-plus").
    pub const fn open_ended(self) -> bool {
        matches!(self, Qualifier::Over | Qualifier::Plus)
    }
    /// What the qualifier means for the ring, in words for the legend.
    pub const fn meaning(self) -> &'static str {
        match self {
            Qualifier::Exact => "stated as a single figure",
            Qualifier::About => "approximate",
            Qualifier::Over | Qualifier::Plus => {
                "a lower bound: the source says it reaches farther"
            }
            Qualifier::UpTo | Qualifier::Maximum => "an upper bound",
            Qualifier::FromTo => "a range: the band between the two figures",
        }
    }
}

/// A range figure a source prints, kept as printed.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct RangeClaim {
    /// Stable id.
    pub id: String,
    /// The source's id.
    pub source: String,
    /// The missile.
    pub system: System,
    /// Its version.
    pub variant: Variant,
    /// The figures exactly as printed ("1,600"); one, or two for a from–to range.
    pub printed_figures: Vec<String>,
    /// The unit as printed.
    pub unit: Unit,
    /// The qualifier as printed.
    pub qualifier: Qualifier,
    /// The verbatim quote (one sentence or less) that contains every printed figure.
    pub quote: String,
    /// Context from the same source, if any.
    #[serde(default)]
    pub note: Option<String>,
    /// The same context in Japanese (required with `note`); a quote inside it stays as printed.
    #[serde(default)]
    pub note_ja: Option<String>,
    /// The missile's name as a newsroom typed it, for [`System::Other`] (an added claim's
    /// only: never read from the data files).
    #[serde(skip)]
    pub system_name: Option<String>,
}

impl RangeClaim {
    /// The claim's note in `lang`, if it has one.
    pub fn note_in(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => self.note.as_deref(),
            Lang::Ja => self.note_ja.as_deref(),
        }
    }

    /// The printed figures as numbers, in the printed unit.
    pub fn figures(&self) -> Vec<f64> {
        self.printed_figures
            .iter()
            .filter_map(|f| parse_figure(f))
            .collect()
    }

    /// The ring's inner and outer edges in kilometres (equal unless the claim is a band).
    pub fn km_bounds(&self) -> (f64, f64) {
        let figs = self.figures();
        let lo = figs.first().copied().unwrap_or(0.0);
        let hi = figs.last().copied().unwrap_or(lo);
        (self.unit.to_km(lo), self.unit.to_km(hi))
    }

    /// The figure as printed, with its qualifier ("about 1,600 km", "120–249 mi").
    pub fn printed_label(&self) -> String {
        let u = self.unit.symbol();
        let f = &self.printed_figures;
        let first = f.first().map(String::as_str).unwrap_or("");
        match self.qualifier {
            Qualifier::Exact => format!("{first} {u}"),
            Qualifier::About => format!("about {first} {u}"),
            Qualifier::Over => format!("over {first} {u}"),
            Qualifier::Plus => format!("{first}-{}-plus", self.unit.adjective()),
            Qualifier::UpTo => format!("up to {first} {u}"),
            Qualifier::Maximum => format!("maximum {first} {u}"),
            Qualifier::FromTo => {
                format!("{first}–{} {u}", f.get(1).map(String::as_str).unwrap_or(""))
            }
        }
    }

    /// The conversion shown beside the printed figure ("≈ 1,448 km"), in `unit`.
    pub fn converted_label(&self, unit: Unit) -> String {
        let (lo, hi) = self.km_bounds();
        let (lo, hi) = (unit.from_km(lo), unit.from_km(hi));
        if (hi - lo).abs() < 0.5 {
            format!("≈ {} {}", group_thousands(lo), unit.symbol())
        } else {
            format!(
                "≈ {}–{} {}",
                group_thousands(lo),
                group_thousands(hi),
                unit.symbol()
            )
        }
    }

    /// The unit to show this claim's conversion in when the reader has chosen `chosen`: theirs,
    /// or, if they chose the printed unit, kilometres (miles for a figure printed in km), so a
    /// conversion always sits beside the figure as printed.
    pub fn conversion_unit(&self, chosen: Unit) -> Unit {
        match (chosen == self.unit, self.unit) {
            (false, _) => chosen,
            (true, Unit::Km) => Unit::Mi,
            (true, _) => Unit::Km,
        }
    }

    /// The system and version in words ("Tomahawk Block IV", "Type-12 today").
    pub fn system_label(&self) -> String {
        if let Some(name) = &self.system_name {
            return name.clone();
        }
        match self.variant.label() {
            "" => self.system.label().to_owned(),
            v => format!("{} {v}", self.system.label()),
        }
    }
}

/// What a claim other than a range is about: the columns of the claims table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// How many missiles.
    Quantity,
    /// What they cost.
    Cost,
    /// When they are bought or delivered.
    Schedule,
    /// What launches them.
    Platform,
}

/// A claim about quantity, cost, schedule or platforms, with its verbatim quote.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct OtherClaim {
    /// Stable id.
    pub id: String,
    /// The source's id.
    pub source: String,
    /// What the claim is about.
    pub topic: Topic,
    /// Figures exactly as printed; each must appear in the quote (may be empty).
    pub printed_figures: Vec<String>,
    /// The verbatim quote, one sentence or less.
    pub quote: String,
    /// The claim in a few plain words (ours, not the source's).
    pub summary: String,
    /// The same in Japanese, for the Japanese interface.
    pub summary_ja: String,
    /// The headline figure(s) the claims table compares across sources on this topic, each one
    /// of `printed_figures`; empty for every claim but (at most) one per source and topic.
    #[serde(default)]
    pub compare: Vec<String>,
}

impl OtherClaim {
    /// The claim's plain summary in `lang`.
    pub fn summary_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.summary,
            Lang::Ja => &self.summary_ja,
        }
    }
}

/// A verbatim quote ready to be shown inside quotation marks: the straight double quotes the
/// source itself used (`"Tomahawk" cruise missiles`) become single curly ones
/// (`‘Tomahawk’ cruise missiles`), as a quote within a quote is printed, so that the page
/// never shows `“"Tomahawk"…”`. Only the marks change; the words are the source's.
pub fn quote_for_display(quote: &str) -> String {
    let mut out = String::with_capacity(quote.len() + 8);
    let mut before: Option<char> = None;
    for c in quote.chars() {
        if c == '"' {
            // Opening at the start or after a space or an opening bracket; closing elsewhere.
            let opening =
                before.is_none_or(|b| b.is_whitespace() || "([{\u{2014}\u{2013}".contains(b));
            out.push(if opening { '\u{2018}' } else { '\u{2019}' });
        } else {
            out.push(c);
        }
        before = Some(c);
    }
    out
}

/// Reads a printed figure ("1,600") as a number.
pub fn parse_figure(printed: &str) -> Option<f64> {
    let digits: String = printed.chars().filter(|c| *c != ',').collect();
    digits
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v > 0.0)
}

/// The sources and their range claims.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Claims {
    #[allow(dead_code)]
    #[serde(default)]
    about: String,
    /// Every source, in the order the switcher shows them.
    pub sources: Vec<Source>,
    /// Every range claim.
    pub range_claims: Vec<RangeClaim>,
    /// Every claim about quantity, cost, schedule or platforms.
    #[serde(default)]
    pub other_claims: Vec<OtherClaim>,
}

/// Longest quote, in characters: the product ships short quotes, never passages.
pub const MAX_QUOTE_CHARS: usize = 200;

/// Longest distance a range ring may have, in kilometres (half the Earth's girth).
pub const MAX_RANGE_KM: f64 = 20_000.0;

impl Claims {
    /// How many of the sources are the map's own (the rest, after them, are an embedding
    /// page's added claims).
    pub fn shipped_count(&self) -> usize {
        self.sources.iter().filter(|s| !s.added).count()
    }

    /// Parses and validates `data/sources.json`.
    pub fn parse(file: &str, text: &str) -> Result<Self, DataError> {
        let claims: Claims = parse_json(file, text)?;
        check_ids(
            file,
            "sources",
            claims.sources.iter().map(|s| s.id.as_str()),
        )?;
        check_ids(
            file,
            "range_claims",
            claims.range_claims.iter().map(|c| c.id.as_str()),
        )?;
        for (i, s) in claims.sources.iter().enumerate() {
            check_text(file, format!("sources[{i}].outlet"), &s.outlet)?;
            check_text(file, format!("sources[{i}].date"), &s.date)?;
            check_japanese(file, format!("sources[{i}].outlet_ja"), &s.outlet_ja)?;
            if s.date_precision == DatePrecision::About && !s.date.starts_with("about") {
                return Err(DataError::invalid(
                    file,
                    format!("sources[{i}].date"),
                    "an inferred date must say \"about\"",
                ));
            }
        }
        for (i, c) in claims.range_claims.iter().enumerate() {
            let field = |name: &str| format!("range_claims[{i}].{name}");
            claims.check_attribution(file, &format!("range_claims[{i}]"), &c.source, &c.quote)?;
            match (&c.note, &c.note_ja) {
                (Some(_), None) => {
                    return Err(DataError::invalid(
                        file,
                        field("note_ja"),
                        "a note needs its Japanese form",
                    ))
                }
                (_, Some(ja)) => check_japanese(file, field("note_ja"), ja)?,
                (None, None) => {}
            }
            let wanted = if c.qualifier == Qualifier::FromTo {
                2
            } else {
                1
            };
            if c.printed_figures.len() != wanted {
                return Err(DataError::invalid(
                    file,
                    field("printed_figures"),
                    format!(
                        "needs {wanted} figure(s) for the qualifier {:?}",
                        c.qualifier.id()
                    ),
                ));
            }
            for (j, f) in c.printed_figures.iter().enumerate() {
                let fig_field = format!("range_claims[{i}].printed_figures[{j}]");
                let Some(value) = parse_figure(f) else {
                    return Err(DataError::invalid(
                        file,
                        fig_field,
                        format!("{f:?} is not a positive number"),
                    ));
                };
                if !c.quote.contains(f.as_str()) {
                    return Err(DataError::invalid(
                        file,
                        fig_field,
                        format!("{f:?} does not appear in the quote"),
                    ));
                }
                if c.unit.to_km(value) > MAX_RANGE_KM {
                    return Err(DataError::invalid(
                        file,
                        fig_field,
                        format!("{f} {} is farther than half the globe", c.unit.symbol()),
                    ));
                }
            }
            let figs = c.figures();
            if figs.windows(2).any(|w| w[0] >= w[1]) {
                return Err(DataError::invalid(
                    file,
                    field("printed_figures"),
                    "a range must go from the smaller figure to the larger",
                ));
            }
        }
        check_ids(
            file,
            "other_claims",
            claims.other_claims.iter().map(|c| c.id.as_str()),
        )?;
        for (i, c) in claims.other_claims.iter().enumerate() {
            claims.check_attribution(file, &format!("other_claims[{i}]"), &c.source, &c.quote)?;
            check_text(file, format!("other_claims[{i}].summary"), &c.summary)?;
            check_japanese(file, format!("other_claims[{i}].summary_ja"), &c.summary_ja)?;
            for (j, f) in c.printed_figures.iter().enumerate() {
                if !c.quote.contains(f.as_str()) {
                    return Err(DataError::invalid(
                        file,
                        format!("other_claims[{i}].printed_figures[{j}]"),
                        format!("{f:?} does not appear in the quote"),
                    ));
                }
            }
        }
        claims.check_compare(file)?;
        Ok(claims)
    }

    /// Checks every `compare` figure is one of its claim's printed figures (the table never
    /// shows a figure its quote lacks) and that each source has at most one headline per topic
    /// (so the table knows which claim to compare).
    fn check_compare(&self, file: &str) -> Result<(), DataError> {
        let mut headlines = std::collections::HashMap::new();
        for (i, c) in self.other_claims.iter().enumerate() {
            for (j, f) in c.compare.iter().enumerate() {
                if !c.printed_figures.contains(f) {
                    return Err(DataError::invalid(
                        file,
                        format!("other_claims[{i}].compare[{j}]"),
                        format!("{f:?} is not one of the claim's printed_figures"),
                    ));
                }
            }
            if c.compare.is_empty() {
                continue;
            }
            if let Some(first) = headlines.insert((c.source.as_str(), c.topic), &c.id) {
                return Err(DataError::invalid(
                    file,
                    format!("other_claims[{i}].compare"),
                    format!(
                        "{:?} already has a headline for this topic ({first:?}): one per source",
                        c.source
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Checks a claim's source exists and its quote is present and short; `record` names the
    /// claim in the file (`range_claims[3]`).
    fn check_attribution(
        &self,
        file: &str,
        record: &str,
        source: &str,
        quote: &str,
    ) -> Result<(), DataError> {
        if !self.sources.iter().any(|s| s.id == source) {
            return Err(DataError::invalid(
                file,
                format!("{record}.source"),
                format!("no source has the id {source:?}"),
            ));
        }
        check_text(file, format!("{record}.quote"), quote)?;
        if quote.chars().count() > MAX_QUOTE_CHARS {
            return Err(DataError::invalid(
                file,
                format!("{record}.quote"),
                format!("is longer than {MAX_QUOTE_CHARS} characters: quote less"),
            ));
        }
        Ok(())
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The outlet's name for a source id (empty if there is no such source; ids are
    /// validated on load, so only a caller's own mistake gets there).
    pub fn outlet_of(&self, source_id: &str) -> String {
        self.outlet_of_in(source_id, Lang::En)
    }

    /// The range claim with id `id`, if any.
    pub fn range_claim(&self, id: &str) -> Option<&RangeClaim> {
        self.range_claims.iter().find(|c| c.id == id)
    }

    /// [`Self::outlet_of`] in `lang`.
    pub fn outlet_of_in(&self, source_id: &str, lang: Lang) -> String {
        self.source(source_id)
            .map(|s| s.outlet_in(lang).to_owned())
            .unwrap_or_default()
    }

    /// The range claims of one source, in file order.
    pub fn ranges_of<'a>(
        &'a self,
        source_id: &'a str,
    ) -> impl Iterator<Item = &'a RangeClaim> + 'a {
        self.range_claims
            .iter()
            .filter(move |c| c.source == source_id)
    }
}
