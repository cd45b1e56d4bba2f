//! The panels under the map that the build draws or the page lists: the range chart, the
//! claims table, the legend and the places within reach, and how the drawn ones are fetched
//! and kept ([`drawn`]).

pub(crate) mod chart;
pub(crate) mod claims_table;
pub(crate) mod drawn;
pub(crate) mod legend;
pub(crate) mod reach;
