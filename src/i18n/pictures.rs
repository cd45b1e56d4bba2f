//! The words of the chart and the still pictures: axis, summary, subtitles.

use crate::lang::Lang;
use crate::model::{Source, Unit};

impl Lang {
    /// The start of the range chart's text alternative, in `unit`.
    pub fn chart_summary_lead(self, unit: Unit) -> String {
        match self {
            Lang::En => format!(
                "Range figures by source on one distance axis in {}: ",
                unit.symbol()
            ),
            Lang::Ja => format!("報道別の射程の数字（距離の単位：{}）：", self.unit(unit)),
        }
    }

    /// The range chart's axis title: "Distance in kilometres (km)"; "距離（キロ）".
    pub fn chart_axis(self, unit: Unit) -> String {
        match self {
            Lang::En => {
                let name = match unit {
                    Unit::Km => "kilometres",
                    Unit::Mi => "miles",
                    Unit::Nmi => "nautical miles",
                };
                format!("Distance in {name} ({})", unit.symbol())
            }
            Lang::Ja => format!("距離（{}）", self.unit(unit)),
        }
    }

    /// The last line of a cut-short list: "and 3 more"; "ほか3件".
    pub fn and_more(self, n: usize) -> String {
        match self {
            Lang::En => format!("and {n} more"),
            Lang::Ja => format!("ほか{n}件"),
        }
    }

    /// The exported map's subtitle, from `site`: "Range rings from Sasebo, as each news
    /// source reports them"; "佐世保からの射程円（各報道の数字による）".
    pub fn export_subtitle(self, site: &str) -> String {
        match self {
            Lang::En => format!("Range rings from {site}, as each news source reports them"),
            Lang::Ja => format!("{site}からの射程円（各報道の数字による）"),
        }
    }

    /// The still image's subtitle: whose figures (`shown`, of `total` sources), from `site`:
    /// "Range figures cited by 5 news sources, drawn as geodesic rings from Sasebo";
    /// "5つの報道による射程の数字を、佐世保からの測地線の円で示す".
    pub fn still_subtitle(self, shown: &[&Source], total: usize, site: &str) -> String {
        let who = match shown {
            [one] => self.source_with_date(one),
            _ if shown.len() == total => match self {
                Lang::En => format!("{total} news sources"),
                Lang::Ja => format!("{total}つの報道"),
            },
            _ => {
                let names: Vec<&str> = shown.iter().map(|s| s.outlet_in(self)).collect();
                match self {
                    Lang::En => names.join(" and "),
                    Lang::Ja => names.join("と"),
                }
            }
        };
        match self {
            Lang::En => {
                format!("Range figures cited by {who}, drawn as geodesic rings from {site}")
            }
            Lang::Ja => format!("{who}による射程の数字を、{site}からの測地線の円で示す"),
        }
    }
}
