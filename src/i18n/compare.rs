//! The compare view's sentences: two sources' figures side by side, and what one reaches that
//! the other does not.

use crate::lang::Lang;
use crate::model::RangeClaim;

impl Lang {
    /// Two compared sources that share no missile.
    pub fn compare_none(self, first: &str, second: &str) -> String {
        match self {
            Lang::En => format!(
                "{first} and {second} give no range figures for the same missile, so there is \
                 nothing to compare."
            ),
            Lang::Ja => format!(
                "{first}と{second}は同じミサイルについての射程の数字がないため、比較できません。"
            ),
        }
    }

    /// A compared pair's heading: "Tomahawk: Kyodo News about 1,600 km vs The Washington
    /// Post 1,000-mile-plus".
    pub fn compare_title(
        self,
        first: &RangeClaim,
        first_outlet: &str,
        second: &RangeClaim,
        second_outlet: &str,
    ) -> String {
        let system = self.system_label(first);
        let (a, b) = (self.printed_figure(first), self.printed_figure(second));
        match self {
            Lang::En => format!("{system}: {first_outlet} {a} vs {second_outlet} {b}"),
            Lang::Ja => format!("{system}：{first_outlet} {a} 対 {second_outlet} {b}"),
        }
    }

    /// What the farther of two compared rings reaches that the nearer does not: the lead of
    /// the place list (`some`), or the sentence saying no place is gained.
    pub fn compare_gained(
        self,
        far: &RangeClaim,
        far_outlet: &str,
        near: &RangeClaim,
        near_outlet: &str,
        some: bool,
    ) -> String {
        let (f, n) = (self.printed_figure(far), self.printed_figure(near));
        match (self, some) {
            (Lang::En, true) => {
                format!("In range under {far_outlet} ({f}) but not {near_outlet} ({n}):")
            }
            (Lang::En, false) => format!(
                "In range under {far_outlet} ({f}) but not {near_outlet} ({n}): no reference place."
            ),
            (Lang::Ja, true) => {
                format!("{far_outlet}（{f}）では射程内、{near_outlet}（{n}）では射程外の地点：")
            }
            (Lang::Ja, false) => format!(
                "{far_outlet}（{f}）では射程内で{near_outlet}（{n}）では射程外となる参照地点は\
                 ありません。"
            ),
        }
    }

    /// Two compared sources, as a story step names them: "Kyodo News vs The Washington
    /// Times"; "共同通信とワシントン・タイムズを比較".
    pub fn compared(self, first: &str, second: &str) -> String {
        match self {
            Lang::En => format!("{first} vs {second}"),
            Lang::Ja => format!("{first}と{second}を比較"),
        }
    }
}
