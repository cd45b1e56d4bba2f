//! A story's words: its steps' controls, the story bar's count, a step's caption and view.

use crate::lang::Lang;
use crate::model::{RangeClaim, Source, Unit};

impl Lang {
    /// A story step's control, for its accessible name: "Move step 2 up"; "手順2を上へ".
    pub fn step_action(self, action: StepAction, step: usize) -> String {
        match (self, action) {
            (Lang::En, StepAction::Caption) => format!("Caption of step {step}"),
            (Lang::En, StepAction::Up) => format!("Move step {step} up"),
            (Lang::En, StepAction::Down) => format!("Move step {step} down"),
            (Lang::En, StepAction::Remove) => format!("Remove step {step}"),
            (Lang::Ja, StepAction::Caption) => format!("手順{step}の説明文"),
            (Lang::Ja, StepAction::Up) => format!("手順{step}を上へ"),
            (Lang::Ja, StepAction::Down) => format!("手順{step}を下へ"),
            (Lang::Ja, StepAction::Remove) => format!("手順{step}を削除"),
        }
    }

    /// The story bar's count: where the reader is in a story of `count` steps (`at`, and
    /// whether the map still shows that step).
    pub fn story_count(self, at: Option<usize>, still_shown: bool, count: usize) -> String {
        match (self, at, still_shown) {
            (Lang::En, Some(n), true) => format!("Step {n} of {count}"),
            (Lang::En, Some(n), false) => format!("Step {n} of {count}, changed"),
            (Lang::En, None, _) => format!("A story in {count} steps"),
            (Lang::Ja, Some(n), true) => format!("手順{n}／{count}"),
            (Lang::Ja, Some(n), false) => format!("手順{n}／{count}（変更あり）"),
            (Lang::Ja, None, _) => format!("{count}つの手順のストーリー"),
        }
    }

    /// The built-in story's caption for a source's step: its outlet, date and figures as
    /// printed, each with its missile: "Kyodo News, Oct 2023: Tomahawk Block IV and V about
    /// 1,600 km"; "共同通信（2023年10月）：トマホーク ブロックIV・V 約1,600キロ".
    pub fn story_caption(self, source: &Source, claims: &[&RangeClaim]) -> String {
        let figures: Vec<String> = claims
            .iter()
            .map(|c| format!("{} {}", self.system_label(c), self.printed_figure(c)))
            .collect();
        let date = self.source_date(source);
        match self {
            Lang::En => format!("{}, {date}: {}", source.outlet, figures.join("; ")),
            Lang::Ja => format!("{}（{date}）：{}", source.outlet_ja, figures.join("、")),
        }
    }

    /// How the Embed dialog names a story step's view, from its parts: the sources shown
    /// (`sources`, already named), the launch point, the projection's name, and where not the
    /// defaults the unit and an own zoom: "Kyodo News · from Sasebo · Mercator · mi";
    /// "共同通信／佐世保から／メルカトル／マイル".
    pub fn step_view(
        self,
        sources: &str,
        launch: &str,
        projection: &str,
        unit: Option<Unit>,
        own_view: bool,
    ) -> String {
        let mut parts = vec![sources.to_owned()];
        parts.push(match self {
            Lang::En => format!("from {launch}"),
            Lang::Ja => format!("{launch}から"),
        });
        parts.push(projection.to_owned());
        if let Some(u) = unit {
            parts.push(self.unit(u).to_owned());
        }
        if own_view {
            parts.push(self.text().own_map_view.to_owned());
        }
        match self {
            Lang::En => parts.join(" · "),
            Lang::Ja => parts.join("／"),
        }
    }
}

/// What a story step's control does (see [`Lang::step_action`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepAction {
    /// Its caption field.
    Caption,
    /// Move it up.
    Up,
    /// Move it down.
    Down,
    /// Remove it.
    Remove,
}
