//! A source's date in each language: "Oct 2023", "2023年10月".

use crate::lang::Lang;
use crate::model::Source;

impl Lang {
    /// A source's date as a reader of this language writes it: "Oct 2023", "about Jan
    /// 2026"; "2023年10月", "2026年1月ごろ". Falls back to the date as given in the data if
    /// it is not in the data's `Mon YYYY` form (which the data tests check).
    pub fn source_date(self, source: &Source) -> String {
        match (self, SourceMonth::parse(&source.date)) {
            (Lang::Ja, Some(m)) => {
                let about = if m.about { "ごろ" } else { "" };
                format!("{}年{}月{about}", m.year, m.month)
            }
            _ => source.date.clone(),
        }
    }
}

/// A source's month as the data gives it ("Oct 2023", "about Jan 2026").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceMonth {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// Whether the date is inferred ("about").
    pub about: bool,
}

/// English month abbreviations as the data writes them.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl SourceMonth {
    /// Reads `Mon YYYY` or `about Mon YYYY`; `None` for anything else.
    pub fn parse(date: &str) -> Option<SourceMonth> {
        let (about, rest) = match date.strip_prefix("about ") {
            Some(rest) => (true, rest),
            None => (false, date),
        };
        let (mon, year) = rest.split_once(' ')?;
        let month = MONTHS.iter().position(|m| *m == mon)? as u8 + 1;
        let year: u16 = year.parse().ok().filter(|y| (1900..=2100).contains(y))?;
        Some(SourceMonth { year, month, about })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_months_read_as_the_data_writes_them() {
        assert_eq!(
            SourceMonth::parse("Oct 2023"),
            Some(SourceMonth {
                year: 2023,
                month: 10,
                about: false
            })
        );
        assert_eq!(
            SourceMonth::parse("about Jan 2026"),
            Some(SourceMonth {
                year: 2026,
                month: 1,
                about: true
            })
        );
        assert_eq!(SourceMonth::parse("October 2023"), None);
        assert_eq!(SourceMonth::parse("Oct"), None);
        assert_eq!(SourceMonth::parse("Oct 23"), None);
    }
}
