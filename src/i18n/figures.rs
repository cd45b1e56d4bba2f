//! Distances and a claim's figures, as each language writes them: units, conversions, the
//! qualifier's word order ("about 1,600 km", "約1,600キロ"), a missile's name.

use crate::lang::Lang;
use crate::model::{group_thousands, Qualifier, RangeClaim, System, Unit, Variant};

impl Lang {
    /// A distance unit's symbol after a figure: "km", "mi", "nmi"; "キロ", "マイル", "海里".
    pub const fn unit(self, unit: Unit) -> &'static str {
        match (self, unit) {
            (Lang::En, u) => u.symbol(),
            (Lang::Ja, Unit::Km) => "キロ",
            (Lang::Ja, Unit::Mi) => "マイル",
            (Lang::Ja, Unit::Nmi) => "海里",
        }
    }

    /// A distance with its unit: "1,448 km"; "1,448キロ".
    pub fn distance(self, value: f64, unit: Unit) -> String {
        self.amount(&group_thousands(value), unit)
    }

    /// A figure (already written out, as printed or grouped) with its unit: "1,600 km";
    /// "1,600キロ" (no space in Japanese).
    fn amount(self, figure: &str, unit: Unit) -> String {
        match self {
            Lang::En => format!("{figure} {}", unit.symbol()),
            Lang::Ja => format!("{figure}{}", self.unit(unit)),
        }
    }

    /// A claim's figure as printed, with its qualifier in this language's word order:
    /// "about 1,600 km", "1,000-mile-plus", "120–249 mi"; "約1,600キロ", "1,000マイル以上",
    /// "120〜249マイル". The figures themselves are kept exactly as printed.
    pub fn printed_figure(self, claim: &RangeClaim) -> String {
        let f = &claim.printed_figures;
        let first = f.first().map(String::as_str).unwrap_or("");
        let second = f.get(1).map(String::as_str).unwrap_or("");
        let unit = claim.unit;
        match self {
            Lang::En => claim.printed_label(),
            Lang::Ja => {
                let amount = self.amount(first, unit);
                match claim.qualifier {
                    Qualifier::Exact => amount,
                    Qualifier::About => format!("約{amount}"),
                    Qualifier::Over => format!("{amount}超"),
                    Qualifier::Plus => format!("{amount}以上"),
                    Qualifier::UpTo => format!("最大{amount}"),
                    Qualifier::Maximum => format!("最大{amount}"),
                    Qualifier::FromTo => format!("{first}〜{}", self.amount(second, unit)),
                }
            }
        }
    }

    /// The conversion shown beside a claim's printed figure, in `unit`: "≈ 1,448 km",
    /// "≈ 193–401 km"; "≈1,448キロ", "≈193〜401キロ".
    pub fn converted_figure(self, claim: &RangeClaim, unit: Unit) -> String {
        if self == Lang::En {
            return claim.converted_label(unit);
        }
        let (lo_km, hi_km) = claim.km_bounds();
        let (lo, hi) = (unit.from_km(lo_km), unit.from_km(hi_km));
        if (hi - lo).abs() < 0.5 {
            format!("≈{}", self.distance(lo, unit))
        } else {
            format!("≈{}〜{}", group_thousands(lo), self.distance(hi, unit))
        }
    }

    /// What a claim's qualifier means for its ring, for the legend.
    pub const fn qualifier_meaning(self, q: Qualifier) -> &'static str {
        let t = self.text();
        match q {
            Qualifier::Exact => t.qualifier_exact,
            Qualifier::About => t.qualifier_about,
            Qualifier::Over | Qualifier::Plus => t.qualifier_lower_bound,
            Qualifier::UpTo | Qualifier::Maximum => t.qualifier_upper_bound,
            Qualifier::FromTo => t.qualifier_band,
        }
    }

    /// A missile and its version in words: "Tomahawk Block IV", "Type-12 today";
    /// "トマホーク ブロックIV", "12式（現行型）".
    pub fn system_label(self, claim: &RangeClaim) -> String {
        match self {
            Lang::En => claim.system_label(),
            Lang::Ja => {
                let system = match (claim.system, &claim.system_name) {
                    (_, Some(name)) => return name.clone(),
                    (System::Tomahawk, _) => "トマホーク",
                    (System::Type12, _) => "12式地対艦誘導弾",
                    (System::Other, None) => "",
                };
                match claim.variant {
                    Variant::BlockIv => format!("{system} ブロックIV"),
                    Variant::BlockV => format!("{system} ブロックV"),
                    Variant::BlockIvAndV => format!("{system} ブロックIV・V"),
                    Variant::Unspecified => system.to_owned(),
                    Variant::Current => format!("{system}（現行型）"),
                    Variant::Upgraded => format!("{system}（能力向上型）"),
                }
            }
        }
    }

    /// A claim's missile and its figure converted to the other unit, for a legend line:
    /// "Tomahawk Block IV · ≈ 1,448 km"; "トマホーク ブロックIV、≈1,448キロ".
    pub fn system_and_conversion(self, claim: &RangeClaim) -> String {
        let system = self.system_label(claim);
        let converted = self.converted_figure(claim, claim.conversion_unit(claim.unit));
        match self {
            Lang::En => format!("{system} · {converted}"),
            Lang::Ja => format!("{system}、{converted}"),
        }
    }

    /// `text` in the language's round brackets: "(offline?)"; "（オフライン）".
    pub fn bracketed(self, text: &str) -> String {
        match self {
            Lang::En => format!("({text})"),
            Lang::Ja => format!("（{text}）"),
        }
    }
}
