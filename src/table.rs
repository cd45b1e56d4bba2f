//! The claims table: one row per kind of claim, one cell per source, and which cells disagree.
//!
//! Pure logic (no DOM), so what counts as a disagreement is tested natively. A range row
//! compares each source's figures as distances (so "over 1,000 mi" and "1,000-mile-plus"
//! agree); the other rows compare the `compare` headline figures the data marks.

use crate::model::{Claims, OtherClaim, RangeClaim, System, Topic, Variant};
use std::collections::HashMap;

/// One row of the claims table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// Stable slug for `data-row` (`tomahawk-range`, `quantity`).
    pub id: &'static str,
    /// The row heading shown to readers.
    pub label: &'static str,
    /// Whether the sources that speak to this row give different figures.
    pub differs: bool,
    /// One cell per source, in source order.
    pub cells: Vec<TableCell>,
}

/// What one source says for one row.
#[derive(Debug, Clone, PartialEq)]
pub struct TableCell {
    /// The source's id.
    pub source: String,
    /// The claim(s) the cell leads with; `None` when the source is silent on the row.
    pub headline: Option<Headline>,
    /// The source's further claims on the row's topic, shown folded.
    pub more: Vec<OtherClaim>,
    /// Whether this cell's figures differ from the row's most common figures.
    pub differs: bool,
}

impl TableCell {
    /// Whether the source gives nothing for this row ("no figure given").
    pub fn is_silent(&self) -> bool {
        self.headline.is_none()
    }
}

/// The claim(s) a cell leads with.
#[derive(Debug, Clone, PartialEq)]
pub enum Headline {
    /// Every range claim the source makes for the row's system and version, in file order.
    Ranges(Vec<RangeClaim>),
    /// The claim with `compare` figures, or else the source's first claim on the topic.
    Claim(OtherClaim),
}

/// What a row is about: which claims belong in it.
#[derive(Debug, Clone, Copy)]
enum RowKind {
    /// Range claims for a system, and for a version of it if given.
    Range(System, Option<Variant>),
    /// Other claims on a topic.
    Topic(Topic),
}

/// The rows in reading order: ranges first, then the purchase itself.
const ROWS: [(&str, &str, RowKind); 7] = [
    (
        "tomahawk-range",
        "Tomahawk range",
        RowKind::Range(System::Tomahawk, None),
    ),
    (
        "type12-current-range",
        "Type-12 range today",
        RowKind::Range(System::Type12, Some(Variant::Current)),
    ),
    (
        "type12-upgraded-range",
        "Type-12 range upgraded",
        RowKind::Range(System::Type12, Some(Variant::Upgraded)),
    ),
    (
        "quantity",
        "Number of missiles",
        RowKind::Topic(Topic::Quantity),
    ),
    ("cost", "Cost", RowKind::Topic(Topic::Cost)),
    ("schedule", "Schedule", RowKind::Topic(Topic::Schedule)),
    (
        "platform",
        "Launch platforms",
        RowKind::Topic(Topic::Platform),
    ),
];

/// What a cell is compared by: equal keys mean the sources agree.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum CompareKey {
    /// Each range as (inner km, outer km, open-ended), rounded to whole kilometres.
    Ranges(Vec<(i64, i64, bool)>),
    /// The normalised headline figures.
    Figures(Vec<String>),
}

/// Builds the claims table: seven rows, each with one cell per source in source order.
pub fn claims_table(claims: &Claims) -> Vec<TableRow> {
    ROWS.iter()
        .map(|&(id, label, kind)| build_row(claims, id, label, kind))
        .collect()
}

/// One row, with its cells marked where they differ.
fn build_row(claims: &Claims, id: &'static str, label: &'static str, kind: RowKind) -> TableRow {
    let mut cells: Vec<TableCell> = claims
        .sources
        .iter()
        .map(|s| build_cell(claims, &s.id, kind))
        .collect();
    let keys: Vec<Option<CompareKey>> = cells
        .iter()
        .map(|c| c.headline.as_ref().and_then(compare_key))
        .collect();
    let differing = differing_cells(&keys);
    for (cell, differs) in cells.iter_mut().zip(&differing) {
        cell.differs = *differs;
    }
    TableRow {
        id,
        label,
        differs: differing.iter().any(|d| *d),
        cells,
    }
}

/// What one source says for one row (its `differs` is set by the row).
fn build_cell(claims: &Claims, source_id: &str, kind: RowKind) -> TableCell {
    let (headline, more) = match kind {
        RowKind::Range(system, variant) => {
            let ranges: Vec<RangeClaim> = claims
                .ranges_of(source_id)
                .filter(|c| c.system == system && variant.is_none_or(|v| c.variant == v))
                .cloned()
                .collect();
            (
                (!ranges.is_empty()).then_some(Headline::Ranges(ranges)),
                vec![],
            )
        }
        RowKind::Topic(topic) => {
            let mut on_topic: Vec<OtherClaim> = claims
                .other_claims
                .iter()
                .filter(|c| c.source == source_id && c.topic == topic)
                .cloned()
                .collect();
            // The headline is the claim the data marks for comparison, else the first.
            let lead = on_topic
                .iter()
                .position(|c| !c.compare.is_empty())
                .unwrap_or(0);
            let headline = (!on_topic.is_empty()).then(|| Headline::Claim(on_topic.remove(lead)));
            (headline, on_topic)
        }
    };
    TableCell {
        source: source_id.to_owned(),
        headline,
        more,
        differs: false,
    }
}

/// The key a cell is compared by; `None` when it has nothing to compare (no `compare`).
fn compare_key(headline: &Headline) -> Option<CompareKey> {
    match headline {
        Headline::Ranges(ranges) => {
            let mut key: Vec<(i64, i64, bool)> = ranges
                .iter()
                .map(|r| {
                    let (min_km, max_km) = r.km_bounds();
                    (
                        min_km.round() as i64,
                        max_km.round() as i64,
                        r.qualifier.open_ended(),
                    )
                })
                .collect();
            // A set: the order the file lists a source's claims in is no disagreement.
            key.sort_unstable();
            key.dedup();
            Some(CompareKey::Ranges(key))
        }
        Headline::Claim(c) if c.compare.is_empty() => None,
        Headline::Claim(c) => Some(CompareKey::Figures(
            c.compare.iter().map(|f| normalise_figure(f)).collect(),
        )),
    }
}

/// A printed figure in a form where equal amounts compare equal: lower case, no "US" before
/// "$", no thousands commas, single spaces ("US$1,700 Million" → "$1700 million").
pub fn normalise_figure(printed: &str) -> String {
    // ASCII case folding: figures are printed in ASCII, and full Unicode case mapping would
    // add its tables to the page's wasm.
    let lower = printed.trim().to_ascii_lowercase();
    let lower = lower
        .strip_prefix("us")
        .filter(|r| r.starts_with('$'))
        .unwrap_or(&lower);
    let chars: Vec<char> = lower.chars().collect();
    let mut out = String::with_capacity(lower.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c == ',' && between_digits {
            continue;
        }
        out.push(c);
    }
    out.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which cells differ, given each cell's key (`None`: nothing to compare). When the keys
/// present are not all equal, every cell whose key is not the single most common one differs;
/// with no single most common key (all unique, or a tie) every keyed cell differs.
fn differing_cells(keys: &[Option<CompareKey>]) -> Vec<bool> {
    let mut counts: HashMap<&CompareKey, usize> = HashMap::new();
    for key in keys.iter().flatten() {
        *counts.entry(key).or_default() += 1;
    }
    if counts.len() < 2 {
        return vec![false; keys.len()];
    }
    let top = counts.values().copied().max().unwrap_or(0);
    let mut leaders = counts.iter().filter(|(_, n)| **n == top);
    let majority = match (leaders.next(), leaders.next()) {
        (Some((key, _)), None) => Some(*key),
        _ => None,
    };
    keys.iter()
        .map(|k| k.as_ref().is_some_and(|k| Some(k) != majority))
        .collect()
}
