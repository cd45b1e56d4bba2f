//! Helpers the native test files share: the shipped data, and a claim of it by id.
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

use range_claims::model::{DataSet, RangeClaim};

/// The data compiled into the page (`data/*.json` as `build.rs` validated it).
pub fn data() -> DataSet {
    DataSet::load_embedded().expect("embedded data loads")
}

/// The range claim `id` of `d`; panics, naming nothing more, if the data lacks it.
pub fn claim(d: &DataSet, id: &str) -> RangeClaim {
    d.claims
        .range_claim(id)
        .expect("the data has this claim")
        .clone()
}
