//! The page's languages: English and Japanese. Every string a reader reads comes from one
//! catalogue per language ([`en::TEXT`], [`ja::TEXT`]), and every sentence built from parts
//! (a figure with its qualifier, a date) is built per language here, in that language's word
//! order, not by gluing English fragments. Quotes are never translated: they stay as printed.
//!
//! The catalogue is a struct, so a string one language lacks does not compile; the native
//! tests check that no Japanese entry was left in English and no English entry in Japanese.

pub mod en;
pub mod ja;

use crate::model::{
    group_thousands, LonLat, Qualifier, RangeClaim, SiteGroup, Source, System, Unit, Variant,
};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Japanese.
    Ja,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The URL value (`lang=ja`) and the `<html lang>` value.
    pub const fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The language's name in itself, for the language switch.
    pub const fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
        }
    }

    /// The language a URL value names, if any.
    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The page prerendered in this language, beside the other in the built site:
    /// `index.html` (English) and `ja.html`. `public/boot.js` moves a reader to the page of
    /// the language the URL or the browser asks for before the first paint, and the live
    /// page starts in the language of the page it was served in (`<html lang>`).
    pub const fn page_file(self) -> &'static str {
        match self {
            Lang::En => "index.html",
            Lang::Ja => "ja.html",
        }
    }

    /// This language's catalogue.
    pub const fn text(self) -> &'static Text {
        match self {
            Lang::En => &en::TEXT,
            Lang::Ja => &ja::TEXT,
        }
    }

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

/// Whether `c` is a Japanese character: hiragana, katakana (with the prolonged sound mark),
/// a CJK ideograph, or Japanese punctuation and full-width forms.
pub fn is_japanese_char(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' // punctuation: 、。「」〜
        | '\u{3040}'..='\u{309F}' // hiragana
        | '\u{30A0}'..='\u{30FF}' // katakana
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms: （）：
    )
}

impl Lang {
    /// `text` in the language's round brackets: "(offline?)"; "（オフライン）".
    pub fn bracketed(self, text: &str) -> String {
        match self {
            Lang::En => format!("({text})"),
            Lang::Ja => format!("（{text}）"),
        }
    }

    /// A launch site marker's accessible name: "Launch site Sasebo"; "発射拠点 佐世保".
    pub fn launch_site_label(self, name: &str) -> String {
        match self {
            Lang::En => format!("Launch site {name}"),
            Lang::Ja => format!("発射拠点 {name}"),
        }
    }

    /// The island chain's accessible name: "First Island Chain, through Kyushu, Amami, …";
    /// "第1列島線（九州、奄美、…を通る）".
    pub fn chain_label(self, name: &str, through: &[&str]) -> String {
        match self {
            Lang::En => format!("{name}, through {}", through.join(", ")),
            Lang::Ja => format!("{name}（{}を通る）", through.join("、")),
        }
    }

    /// A point's latitude and longitude: "33.159°N, 129.723°E"; "北緯33.159°、東経129.723°".
    pub fn lat_lon(self, p: LonLat) -> String {
        match self {
            Lang::En => {
                let ns = if p.lat_deg < 0.0 { 'S' } else { 'N' };
                let ew = if p.lon_deg < 0.0 { 'W' } else { 'E' };
                format!("{:.3}°{ns}, {:.3}°{ew}", p.lat_deg.abs(), p.lon_deg.abs())
            }
            Lang::Ja => {
                let ns = if p.lat_deg < 0.0 { "南緯" } else { "北緯" };
                let ew = if p.lon_deg < 0.0 { "西経" } else { "東経" };
                format!("{ns}{:.3}°、{ew}{:.3}°", p.lat_deg.abs(), p.lon_deg.abs())
            }
        }
    }

    /// A launch-site group's heading.
    pub const fn site_group(self, group: SiteGroup) -> &'static str {
        let t = self.text();
        match group {
            SiteGroup::AegisPort => t.group_aegis_ports,
            SiteGroup::Mainland => t.group_mainland,
            SiteGroup::SouthwestIslands => t.group_southwest_islands,
        }
    }

    /// The note under the coordinate form for a point outside the detailed region.
    pub fn outside_region(self, p: LonLat) -> String {
        let at = self.lat_lon(p);
        match self {
            Lang::En => format!(
                "{at} is outside East Asia, the region this map is drawn for: rings and distances \
                 are exact, but the coastlines there are coarse."
            ),
            Lang::Ja => format!(
                "{at}は、この地図が詳しく描いている東アジアの外です。射程円と距離は正確ですが、\
                 その付近の海岸線は粗く描かれています。"
            ),
        }
    }

    /// What the chain as a launch point means, naming its `sites`.
    pub fn chain_detail(self, sites: &[&str]) -> String {
        let n = sites.len();
        match self {
            Lang::En => format!(
                "Each ring is the coverage of all {n} sites together ({}): everything within \
                 range of at least one of them. Distances in the lists are from the nearest site.",
                sites.join(", ")
            ),
            Lang::Ja => format!(
                "各円は{n}か所の拠点（{}）を合わせた範囲で、少なくとも1か所から射程内にある\
                 地域すべてです。一覧の距離は最も近い拠点からのものです。",
                sites.join("、")
            ),
        }
    }

    /// What the prerendered view says while the map loads when a link asks for another view
    /// than the one it shows (every source from `site`).
    pub fn boot_view(self, site: &str) -> String {
        match self {
            Lang::En => format!(
                "Until the map is ready it shows every source from {site}; the view your link \
                 asks for follows."
            ),
            Lang::Ja => format!(
                "地図の準備ができるまでは、{site}からのすべての報道の射程を表示しています。\
                 リンクの表示はまもなく続きます。"
            ),
        }
    }

    /// The reach list's heading: "Within range of Sasebo"; "佐世保からの射程内".
    pub fn within_range_of(self, launch: &str) -> String {
        match self {
            Lang::En => format!("Within range of {launch}"),
            Lang::Ja => format!("{launch}からの射程内"),
        }
    }

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

    /// Two compared sources, as a story step names them: "Kyodo News vs The Washington
    /// Times"; "共同通信とワシントン・タイムズを比較".
    pub fn compared(self, first: &str, second: &str) -> String {
        match self {
            Lang::En => format!("{first} vs {second}"),
            Lang::Ja => format!("{first}と{second}を比較"),
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
        let lead = self.text().export_sources;
        match self {
            Lang::En => format!("{lead}{}.", items.join("; ")),
            Lang::Ja => format!("{lead}{}", items.join("、")),
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

/// Defines [`Text`] from a list of documented field names, with [`Text::entries`] listing
/// them all: the catalogue tests walk every entry of both languages through it, so a field
/// added here is checked without a test to update.
macro_rules! catalogue {
    ($($(#[doc = $doc:expr])* $name:ident,)*) => {
        /// Every string of the interface in one language. A field's doc says where it is
        /// shown; sentences with parts are functions on [`Lang`].
        #[derive(Debug)]
        pub struct Text {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        impl Text {
            /// Every entry as (field name, text), in the order they are declared.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }
        }
    };
}

catalogue! {
    /// The page's title (also the embed's heading and the document title).
    title,
    /// The paragraph under the title.
    lede,
    /// The page's `<meta name="description">`: what a link preview or a search result says.
    description,
    /// Said when a reader picks a source or site before the map is live (the prerendered
    /// view's controls; the choice applies when the map takes over).
    boot_status,
    /// The page without JavaScript: what the still view cannot do.
    noscript_note,
    /// The language switch's accessible name.
    language,
    /// The source switcher's accessible name.
    source_switcher,
    /// The switcher's "All sources" button, and the line under it.
    all_sources,
    /// Under "All sources".
    all_sources_detail,
    /// The switcher's "Compare two" button.
    compare_two,
    /// Under "Compare two".
    compare_two_detail,
    /// The legend's heading (and accessible name).
    legend_heading,
    /// A shown source with no range figure, in the legend.
    legend_no_figure,
    /// Qualifier meaning: a single figure.
    qualifier_exact,
    /// Qualifier meaning: approximate.
    qualifier_about,
    /// Qualifier meaning: a lower bound ("over", "-plus").
    qualifier_lower_bound,
    /// Qualifier meaning: an upper bound ("up to", "maximum").
    qualifier_upper_bound,
    /// Qualifier meaning: a band between two figures.
    qualifier_band,
    /// The zoom buttons' group name.
    zoom,
    /// Zoom-in button.
    zoom_in,
    /// Zoom-out button.
    zoom_out,
    /// Reset-view button.
    reset_view,
    /// The projection buttons' group name.
    projection,
    /// The Mercator view's button.
    mercator,
    /// The true-distance view's button.
    true_distance,
    /// The unit buttons' group name.
    units,
    /// The kilometre button's full name.
    unit_km,
    /// The statute-mile button's full name.
    unit_mi,
    /// The nautical-mile button's full name.
    unit_nmi,
    /// The reset button's text.
    reset,
    /// Under the map in the Mercator view: why its rings look lopsided.
    mercator_note,
    /// Under the map in the true-distance view.
    true_distance_note,
    /// The credits: base map, method, the chain, the sites.
    credits,
    /// The theme switch's label.
    theme,
    /// The theme switch's accessible name.
    theme_group,
    /// Theme: follow the system.
    theme_auto,
    /// Theme: light.
    theme_light,
    /// Theme: dark.
    theme_dark,
    /// The Southwest Islands sites launching together, as a launch point's name.
    chain_launch,
    /// The reach list's accessible name.
    reach_list,
    /// The compare bar's accessible name.
    compare_group,
    /// Before the first picker ("Compare").
    compare_lead,
    /// The first picker's name.
    compare_first,
    /// Between the pickers ("with").
    compare_with,
    /// The second picker's name.
    compare_second,
    /// After the second picker (empty in English; "を比較" in Japanese).
    compare_tail,
    /// Two compared rings that coincide.
    compare_equal,
    /// The compare section's heading.
    compare_changes,
    /// The compare section's accessible name.
    compare_changes_label,
    /// The claims table's heading.
    table_heading,
    /// How to read the claims table.
    table_note,
    /// The claims table's caption.
    table_caption,
    /// Marks a row whose sources give different figures.
    sources_differ,
    /// Marks a cell that departs from the most common figure.
    differs,
    /// A cell whose source gives no figure.
    no_figure,
    /// Table row: Tomahawk range.
    row_tomahawk_range,
    /// Table row: Type-12 range today.
    row_type12_current_range,
    /// Table row: Type-12 range upgraded.
    row_type12_upgraded_range,
    /// Table row: number of missiles.
    row_quantity,
    /// Table row: cost.
    row_cost,
    /// Table row: schedule.
    row_schedule,
    /// Table row: launch platforms.
    row_platform,
    /// The copy-link button.
    copy_link,
    /// Said once the link is on the clipboard.
    link_copied,
    /// Before the link to copy by hand.
    copy_by_hand,
    /// The link from the map to the newsroom's editor (embed code, story, downloads).
    embed,
    /// How every claim an embedding page added is marked: not one of the map's sources.
    added_by_page,
    /// The same, short, for a switcher button and a legend line.
    added_short,
    /// Before an added claim's link.
    added_link,
    /// The embed dialog's heading.
    embed_heading,
    /// What the embed dialog is for.
    embed_intro,
    /// The host picker's label.
    embed_host,
    /// The snippet's label.
    embed_code,
    /// Host: the map's own frame and script.
    host_ours,
    /// Host: a frame alone.
    host_plain,
    /// How the map's own script fits the frame.
    host_note_ours,
    /// What a plain frame does about its height.
    host_note_plain,
    /// How pym.js fits the frame.
    host_note_pym,
    /// How AMP fits the frame.
    host_note_amp,
    /// The still image's heading.
    still_heading,
    /// When to use the still image.
    still_intro,
    /// The still image's text alternative.
    still_alt,
    /// The still image's download link.
    still_download,
    /// Closes a dialog.
    close,
    /// The story builder's heading.
    story_heading,
    /// How stories work.
    story_intro,
    /// Adds the current view as a story step.
    story_add,
    /// Starts from the built-in story.
    story_builtin,
    /// A step caption's placeholder.
    story_caption,
    /// After a source's name on a chart row with no range figure.
    chart_no_figure,
    /// The chart's summary when no source gives a figure.
    chart_no_figures,
    /// Before the reason the chart could not be drawn.
    chart_failed,
    /// The chart's caption heading.
    chart_heading,
    /// Above the chart when the drawing for the reader's unit could not be fetched.
    chart_not_loaded,
    /// Above the claims table when the table in the reader's language could not be fetched.
    table_not_loaded,
    /// Above the legend when the legend in the reader's language could not be fetched.
    legend_not_loaded,
    /// How to read the chart.
    chart_caption,
    /// Under the map when the detailed coastlines could not be fetched.
    detail_failed,
    /// Under the map when the true-distance view's coastlines could not be fetched.
    overview_failed,
    /// The map's accessible name and how to use it.
    map_label,
    /// The embed's fold with the reach list.
    embed_reach,
    /// The embed's link to the full page.
    open_full_map,
    /// The embed's credit line.
    embed_credit,
    /// Over the list of URL settings that were ignored.
    url_ignored,
    /// A notice's dismiss button.
    dismiss,
    /// The story bar's accessible name.
    story,
    /// The story's previous-step button.
    story_prev,
    /// The story's next-step button.
    story_next,
    /// The export buttons: the SVG download.
    download_svg,
    /// The PNG download.
    download_png,
    /// The GeoJSON download.
    download_geojson,
    /// Said when a download has started: after the format's name ("SVG downloaded.").
    downloaded,
    /// Before the reason an export failed.
    export_failed,
    /// After the reason an export failed.
    export_failed_hint,
    /// The launch panel's heading.
    launch_point,
    /// Site group heading: the Aegis destroyers' home ports.
    group_aegis_ports,
    /// Site group heading: bases on the main islands.
    group_mainland,
    /// Site group heading: the Southwest Islands.
    group_southwest_islands,
    /// The button that launches from every Southwest Islands site together.
    whole_chain,
    /// The coordinate form's heading.
    own_point,
    /// How to set one's own point.
    own_point_help,
    /// The latitude field's label.
    latitude,
    /// The longitude field's label.
    longitude,
    /// The coordinate form's button.
    go,
    /// Before a site's coordinate source.
    coordinates_from,
    /// A reader's own launch point, as a heading.
    your_point,
    /// What the rings show from a reader's own point.
    your_point_detail,
    /// The chain as a launch point, as a heading.
    chain_heading,
    /// The island chain's name on the map.
    island_chain,
    /// Before the list of sources under an exported map.
    export_sources,
    /// The credit line under an exported map.
    export_credit,
    /// In the Embed dialog, when a story's snippet is longer than the map reads.
    story_too_long,
    /// A story step whose view has its own zoom and centre, in the Embed dialog.
    own_map_view,
    /// A picture's legend when the chosen source gives no range figure.
    still_no_figure,
    /// How to read a picture's rings, under its legend (Mercator only: it speaks of its stretch).
    still_notes,
    /// A broken data file's heading.
    data_error,
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
