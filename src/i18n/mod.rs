//! The page's languages: English and Japanese. Every string a reader reads comes from one
//! catalogue per language ([`en::TEXT`], [`ja::TEXT`]), and every sentence built from parts
//! (a figure with its qualifier, a date) is built per language here, in that language's word
//! order, not by gluing English fragments. Quotes are never translated: they stay as printed.
//!
//! The catalogue is a struct, so a string one language lacks does not compile; the native
//! tests check that no Japanese entry was left in English and no English entry in Japanese.
//!
//! One file per subject: [`catalogue`] (the strings), and the sentence builders on [`Lang`]
//! by what they speak of: figures, dates, places, sources, compare, story, pictures.

mod catalogue;
mod compare;
mod dates;
pub mod en;
mod figures;
pub mod ja;
mod pictures;
mod places;
mod sources;
mod story;

pub use crate::lang::{is_japanese_char, Lang};
pub(crate) use catalogue::catalogue;
pub use catalogue::{StillText, Text};
pub use dates::SourceMonth;
pub use story::StepAction;
