//! Distance units as news sources print them, and exact conversion to kilometres.

use serde::Deserialize;

/// A distance unit printed in a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Kilometres.
    Km,
    /// Statute miles (the "miles" of US newspapers): exactly 1.609344 km.
    Mi,
    /// Nautical miles: exactly 1.852 km.
    Nmi,
}

impl Unit {
    /// Every unit, in the order the unit switch offers them.
    pub const ALL: [Unit; 3] = [Unit::Km, Unit::Mi, Unit::Nmi];

    /// Millimetres in one of this unit: whole numbers, so conversion of a printed figure is
    /// one exact product and one correctly rounded division.
    const fn mm_per_unit(self) -> f64 {
        match self {
            Unit::Km => 1_000_000.0,
            Unit::Mi => 1_609_344.0,
            Unit::Nmi => 1_852_000.0,
        }
    }

    /// Converts a distance in this unit to kilometres (900 mi is exactly 1,448.4096 km).
    pub fn to_km(self, value: f64) -> f64 {
        value * self.mm_per_unit() / 1_000_000.0
    }

    /// Converts a distance in kilometres to this unit.
    pub fn from_km(self, km: f64) -> f64 {
        km * 1_000_000.0 / self.mm_per_unit()
    }

    /// The abbreviation shown after a figure ("km", "mi", "nmi").
    pub const fn symbol(self) -> &'static str {
        match self {
            Unit::Km => "km",
            Unit::Mi => "mi",
            Unit::Nmi => "nmi",
        }
    }

    /// The word used in compound adjectives as printed ("1,000-mile-plus").
    pub const fn adjective(self) -> &'static str {
        match self {
            Unit::Km => "kilometer",
            Unit::Mi => "mile",
            Unit::Nmi => "nautical-mile",
        }
    }
}

/// Formats a number with thousands separators and no decimals ("1,448").
pub fn group_thousands(value: f64) -> String {
    let rounded = value.round() as i64;
    let digits = rounded.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0 {
        out.insert(0, '-');
    }
    out
}
