//! Sources in words: a ring's heading, the attribution after a quote, a source with its date,
//! the table's row headings and the sources line under a picture.

use crate::lang::Lang;
use crate::model::{RangeClaim, Source};

impl Lang {
    /// A ring's heading in lists: "The Washington Times: Tomahawk Block IV, 900 mi";
    /// "The Washington Times：トマホーク ブロックIV、900マイル".
    pub fn ring_heading(self, outlet: &str, claim: &RangeClaim) -> String {
        let (system, figure) = (self.system_label(claim), self.printed_figure(claim));
        match self {
            Lang::En => format!("{outlet}: {system}, {figure}"),
            Lang::Ja => format!("{outlet}：{system}、{figure}"),
        }
    }

    /// Who said it and when, after a quote: "The Washington Times, Bill Gertz, about Jan
    /// 2026"; "ワシントン・タイムズ、Bill Gertz、2026年1月ごろ".
    pub fn attribution(self, outlet: &str, author: Option<&str>, date: &str) -> String {
        let sep = match self {
            Lang::En => ", ",
            Lang::Ja => "、",
        };
        match author {
            Some(a) => format!("{outlet}{sep}{a}{sep}{date}"),
            None => format!("{outlet}{sep}{date}"),
        }
    }

    /// A source with its date, in pickers and lists: "Kyodo News (Oct 2023)";
    /// "Kyodo News（2023年10月）".
    pub fn source_with_date(self, source: &Source) -> String {
        let date = self.source_date(source);
        match self {
            Lang::En => format!("{} ({date})", source.outlet),
            Lang::Ja => format!("{}（{date}）", source.outlet_ja),
        }
    }

    /// A claims-table row's heading, by the row's id (`data-row`); the id itself for an
    /// unknown row.
    pub fn table_row(self, id: &'static str) -> &'static str {
        let t = self.text();
        match id {
            "tomahawk-range" => t.row_tomahawk_range,
            "type12-current-range" => t.row_type12_current_range,
            "type12-upgraded-range" => t.row_type12_upgraded_range,
            "quantity" => t.row_quantity,
            "cost" => t.row_cost,
            "schedule" => t.row_schedule,
            "platform" => t.row_platform,
            other => other,
        }
    }

    /// The fold under a table cell with `n` further claims: "2 more"; "ほか2件".
    pub fn more_claims(self, n: usize) -> String {
        match self {
            Lang::En => format!("{n} more"),
            Lang::Ja => format!("ほか{n}件"),
        }
    }

    /// The sources line under an exported or still map: each outlet with its author (when
    /// the outlet is not the author's own name) and date: "Sources: The Washington Times
    /// (Bill Gertz, about Jan 2026); Kyodo News (Oct 2023)."; "出典：ワシントン・タイムズ
    /// （Bill Gertz、2026年1月ごろ）、共同通信（2023年10月）".
    pub fn source_list(self, sources: &[&Source]) -> String {
        let items: Vec<String> = sources
            .iter()
            .map(|s| {
                let outlet = s.outlet_in(self);
                let date = self.source_date(s);
                // A blog's outlet is its author's name already.
                let author = s.author.as_deref().filter(|a| !s.outlet.contains(*a));
                match (self, author) {
                    (Lang::En, Some(a)) => format!("{outlet} ({a}, {date})"),
                    (Lang::En, None) => format!("{outlet} ({date})"),
                    (Lang::Ja, Some(a)) => format!("{outlet}（{a}、{date}）"),
                    (Lang::Ja, None) => format!("{outlet}（{date}）"),
                }
            })
            .collect();
        let lead = self.still_text().export_sources;
        match self {
            Lang::En => format!("{lead}{}.", items.join("; ")),
            Lang::Ja => format!("{lead}{}", items.join("、")),
        }
    }
}
