//! A newsroom's own claim: a range figure its article cites that the map did not ship, with
//! its verbatim quote, outlet, date and link, typed into the editor and carried in the embed's
//! address. Pure (validation and the figure's reading), so tested natively; the address's
//! encoding of a set of them is `url_state`'s. Such a claim is always marked as the embedding
//! page's own: it never takes a shipped source's id, colour or pattern.

use crate::model::{parse_printed_figure, FigureProblem, PrintedFigure, System, Variant};

/// The most claims one embed may add.
pub const MAX_ADDED: usize = 6;
/// The start of every added claim's source id (`added-1` …): no shipped source's id starts so
/// (the data's tests check it).
pub const ADDED_ID_PREFIX: &str = "added-";

/// Longest outlet, in characters.
pub const MAX_OUTLET_CHARS: usize = 40;
/// Longest author, in characters.
pub const MAX_AUTHOR_CHARS: usize = 30;
/// Longest link, in bytes (https, ASCII).
pub const MAX_LINK_BYTES: usize = 160;
/// Longest missile name (for "other"), in characters.
pub const MAX_OTHER_SYSTEM_CHARS: usize = 24;
/// Longest figure as printed, in characters.
pub const MAX_FIGURE_CHARS: usize = 30;
/// Longest quote, in characters: six claims at every limit, in Japanese, still fit an address
/// common CDNs accept (8 KB; `url_state`'s test).
pub const MAX_ADDED_QUOTE_CHARS: usize = 140;

/// The missile picker's values: the data's systems and variants, and `other`.
pub const SYSTEM_CHOICES: [&str; 8] = [
    "tomahawk",
    "tomahawk/block-iv",
    "tomahawk/block-v",
    "tomahawk/block-iv-and-v",
    "type-12",
    "type-12/current",
    "type-12/upgraded",
    "other",
];

/// A claim as the newsroom typed it: every field as text (empty for an optional one left out).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddedClaim {
    /// The outlet.
    pub outlet: String,
    /// The author (optional).
    pub author: String,
    /// The date: `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The article's address (optional, `https:` only).
    pub link: String,
    /// The missile: one of [`SYSTEM_CHOICES`].
    pub system: String,
    /// The missile's name, for `other`.
    pub other_system: String,
    /// The figure as printed.
    pub figure: String,
    /// The verbatim quote holding the figure.
    pub quote: String,
}

/// A field of the form (its `name`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimField {
    /// `outlet`.
    Outlet,
    /// `author`.
    Author,
    /// `date`.
    Date,
    /// `link`.
    Link,
    /// `system`.
    System,
    /// `other_system`.
    OtherSystem,
    /// `figure`.
    Figure,
    /// `quote`.
    Quote,
}

impl ClaimField {
    /// Every field, in the form's order.
    pub const ALL: [ClaimField; 8] = [
        Self::Outlet,
        Self::Author,
        Self::Date,
        Self::Link,
        Self::System,
        Self::OtherSystem,
        Self::Figure,
        Self::Quote,
    ];

    /// The form field's `name` (and `data-field` of its error).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Outlet => "outlet",
            Self::Author => "author",
            Self::Date => "date",
            Self::Link => "link",
            Self::System => "system",
            Self::OtherSystem => "other_system",
            Self::Figure => "figure",
            Self::Quote => "quote",
        }
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimProblem {
    /// A required field is empty.
    Missing,
    /// Longer than allowed.
    TooLong {
        /// The most allowed (characters, or bytes for a link).
        max: usize,
    },
    /// Control, direction-override or zero-width characters.
    HiddenCharacters,
    /// `<` or `>`: markup is never taken, even as text.
    Markup,
    /// A date not written `YYYY-MM` or `YYYY-MM-DD`, or no such day.
    DateForm,
    /// A date after today.
    DateInFuture,
    /// A link that is not `https:`.
    LinkNotHttps,
    /// A link that is not a web address.
    LinkForm,
    /// A missile the picker does not offer.
    UnknownSystem,
    /// The figure cannot be read or drawn.
    Figure(FigureProblem),
    /// The quote does not contain the figure as printed.
    FigureNotInQuote,
}

/// A problem and the field it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field.
    pub field: ClaimField,
    /// What is wrong.
    pub problem: ClaimProblem,
}

/// An added claim that passed every check: what the map draws.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedClaim {
    /// The claim as typed.
    pub typed: AddedClaim,
    /// The missile and version (for `other`, [`System::Other`] with [`Self::system_name`]).
    pub system: System,
    /// Its version.
    pub variant: Variant,
    /// The missile's name as typed, for `other`.
    pub system_name: Option<String>,
    /// The figure, read.
    pub figure: PrintedFigure,
}

/// Whether `c` may not appear in any field: control characters, direction overrides and
/// isolates, zero-width characters and the byte-order mark.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

/// Checks a text field: present if `required`, at most `max_chars`, no hidden characters, no
/// markup.
fn check_text(text: &str, required: bool, max_chars: usize) -> Option<ClaimProblem> {
    if text.chars().any(hidden) {
        return Some(ClaimProblem::HiddenCharacters);
    }
    if text.trim().is_empty() {
        return required.then_some(ClaimProblem::Missing);
    }
    if text.chars().count() > max_chars {
        return Some(ClaimProblem::TooLong { max: max_chars });
    }
    if text.contains(['<', '>']) {
        return Some(ClaimProblem::Markup);
    }
    None
}

/// Days in `month` of `year`.
fn days_in(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Reads `YYYY-MM` or `YYYY-MM-DD` as (year, month, day or 0).
pub fn parse_claim_date(text: &str) -> Option<(i32, u32, u32)> {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (year, month, day) = match parts.as_slice() {
        [y, m] => (number(y, 4)?, number(m, 2)?, 0),
        [y, m, d] => (number(y, 4)?, number(m, 2)?, number(d, 2)?),
        _ => return None,
    };
    let year = i32::try_from(year).ok()?;
    let ok = (1900..=9999).contains(&year)
        && (1..=12).contains(&month)
        && (parts.len() == 2 || (1..=days_in(year, month)).contains(&day));
    ok.then_some((year, month, day))
}

/// Checks a link: empty, or an `https:` address of a host, ASCII, without spaces.
fn check_link(link: &str) -> Option<ClaimProblem> {
    if link.is_empty() {
        return None;
    }
    if link.chars().any(hidden) {
        return Some(ClaimProblem::HiddenCharacters);
    }
    if link.len() > MAX_LINK_BYTES {
        return Some(ClaimProblem::TooLong {
            max: MAX_LINK_BYTES,
        });
    }
    let Some(rest) = link.strip_prefix("https://") else {
        return Some(ClaimProblem::LinkNotHttps);
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = !host.is_empty()
        && host.contains('.')
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    let rest_ok = link
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\'));
    (!(host_ok && rest_ok)).then_some(ClaimProblem::LinkForm)
}

/// The host of a checked link ("www.example.com"), shown beside the outlet so a reader sees
/// where the link goes.
pub fn link_host(link: &str) -> Option<&str> {
    let rest = link.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
    (!host.is_empty()).then_some(host)
}

impl AddedClaim {
    /// Checks every field against `today` (year, month, day); the claim ready to draw, or
    /// every problem found, field by field in the form's order.
    pub fn check(&self, today: (i32, u32, u32)) -> Result<CheckedClaim, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let mut note = |field, problem: Option<ClaimProblem>| {
            if let Some(problem) = problem {
                problems.push(FieldProblem { field, problem });
            }
        };
        note(
            ClaimField::Outlet,
            check_text(&self.outlet, true, MAX_OUTLET_CHARS),
        );
        note(
            ClaimField::Author,
            check_text(&self.author, false, MAX_AUTHOR_CHARS),
        );
        note(
            ClaimField::Date,
            match parse_claim_date(&self.date) {
                _ if self.date.trim().is_empty() => Some(ClaimProblem::Missing),
                None => Some(ClaimProblem::DateForm),
                Some((y, m, d)) => {
                    let (ty, tm, td) = today;
                    // A month-only date is in the future only once its month is.
                    ((y, m, d.max(1)) > (ty, tm, if d == 0 { 31 } else { td }))
                        .then_some(ClaimProblem::DateInFuture)
                }
            },
        );
        note(ClaimField::Link, check_link(&self.link));
        let system = match self.system.as_str() {
            "other" => Some((System::Other, Variant::Unspecified)),
            s => {
                let (system, variant) = s.split_once('/').unwrap_or((s, "unspecified"));
                let system = [System::Tomahawk, System::Type12]
                    .into_iter()
                    .find(|x| x.id() == system);
                let variant = [
                    Variant::BlockIv,
                    Variant::BlockV,
                    Variant::BlockIvAndV,
                    Variant::Unspecified,
                    Variant::Current,
                    Variant::Upgraded,
                ]
                .into_iter()
                .find(|v| v.id() == variant);
                match (system, variant) {
                    (Some(s), Some(v)) if SYSTEM_CHOICES.contains(&self.system.as_str()) => {
                        Some((s, v))
                    }
                    _ => None,
                }
            }
        };
        note(
            ClaimField::System,
            system.is_none().then_some(ClaimProblem::UnknownSystem),
        );
        let other = system.is_some_and(|(s, _)| s == System::Other);
        note(
            ClaimField::OtherSystem,
            if other {
                check_text(&self.other_system, true, MAX_OTHER_SYSTEM_CHARS)
            } else {
                check_text(&self.other_system, false, MAX_OTHER_SYSTEM_CHARS)
            },
        );
        let figure_text = check_text(&self.figure, true, MAX_FIGURE_CHARS);
        let figure = match figure_text {
            Some(p) => Err(p),
            None => parse_printed_figure(&self.figure).map_err(ClaimProblem::Figure),
        };
        note(ClaimField::Figure, figure.as_ref().err().cloned());
        note(
            ClaimField::Quote,
            check_text(&self.quote, true, MAX_ADDED_QUOTE_CHARS).or_else(|| {
                (figure.is_ok() && !self.quote.contains(self.figure.trim()))
                    .then_some(ClaimProblem::FigureNotInQuote)
            }),
        );
        match (problems.is_empty(), figure, system) {
            (true, Ok(figure), Some((system, variant))) => Ok(CheckedClaim {
                typed: self.clone(),
                system,
                variant,
                system_name: other.then(|| self.other_system.trim().to_owned()),
                figure,
            }),
            _ => Err(problems),
        }
    }

    /// The fields in the order the address writes them.
    pub fn fields(&self) -> [&str; 8] {
        [
            &self.outlet,
            &self.author,
            &self.date,
            &self.link,
            &self.system,
            &self.other_system,
            &self.figure,
            &self.quote,
        ]
    }

    /// A claim from its fields in that order; `None` if there are not eight.
    pub fn from_fields(fields: &[&str]) -> Option<Self> {
        let [outlet, author, date, link, system, other_system, figure, quote] = fields else {
            return None;
        };
        Some(Self {
            outlet: (*outlet).to_owned(),
            author: (*author).to_owned(),
            date: (*date).to_owned(),
            link: (*link).to_owned(),
            system: (*system).to_owned(),
            other_system: (*other_system).to_owned(),
            figure: (*figure).to_owned(),
            quote: (*quote).to_owned(),
        })
    }
}

impl ClaimProblem {
    /// What to fix, in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Lang;
        let ja = lang == Lang::Ja;
        match self {
            Self::Missing if ja => "入力してください".into(),
            Self::Missing => "fill this in".into(),
            Self::TooLong { max } if ja => format!("長すぎます（{max}文字まで）"),
            Self::TooLong { max } => format!("too long: at most {max} characters"),
            Self::HiddenCharacters if ja => {
                "制御文字・書字方向の上書き・ゼロ幅の文字は使えません".into()
            }
            Self::HiddenCharacters => {
                "remove the control, direction-override or zero-width characters".into()
            }
            Self::Markup if ja => "< と > は使えません（タグは受け付けません）".into(),
            Self::Markup => "remove < and >: markup is not taken".into(),
            Self::DateForm if ja => "日付は2026-11または2026-11-03の形で入力してください".into(),
            Self::DateForm => "write the date as 2026-11 or 2026-11-03".into(),
            Self::DateInFuture if ja => "未来の日付です".into(),
            Self::DateInFuture => "the date is in the future".into(),
            Self::LinkNotHttps if ja => "リンクはhttps://で始まるアドレスにしてください".into(),
            Self::LinkNotHttps => "the link must be an https:// address".into(),
            Self::LinkForm if ja => "リンクがウェブのアドレスではありません".into(),
            Self::LinkForm => "the link is not a web address".into(),
            Self::UnknownSystem if ja => "一覧からミサイルを選んでください".into(),
            Self::UnknownSystem => "pick a missile from the list".into(),
            Self::Figure(p) => figure_message(p, lang),
            Self::FigureNotInQuote if ja => {
                "引用文に、数字が書かれたとおりに含まれていません".into()
            }
            Self::FigureNotInQuote => "the quote does not contain the figure as printed".into(),
        }
    }
}

/// What is wrong with a figure, in `lang`.
fn figure_message(problem: &FigureProblem, lang: crate::i18n::Lang) -> String {
    let ja = lang == crate::i18n::Lang::Ja;
    match problem {
        FigureProblem::NoNumber if ja => "数字がありません".into(),
        FigureProblem::NoNumber => "there is no number in it".into(),
        FigureProblem::TooManyNumbers if ja => "数字は1つ、または範囲の2つまでです".into(),
        FigureProblem::TooManyNumbers => "one number, or two for a from–to range".into(),
        FigureProblem::NoUnit if ja => "単位（キロ、マイル、海里）がありません".into(),
        FigureProblem::NoUnit => "give the unit: km, miles or nautical miles".into(),
        FigureProblem::UnknownUnit(u) if ja => {
            format!("「{u}」は地図が扱う単位ではありません（キロ、マイル、海里）")
        }
        FigureProblem::UnknownUnit(u) => {
            format!("“{u}” is not a unit the map knows (km, miles, nautical miles)")
        }
        FigureProblem::NotPositive if ja => "射程は0より大きい数字にしてください".into(),
        FigureProblem::NotPositive => "a range must be more than zero".into(),
        FigureProblem::RangeBackwards if ja => {
            "範囲の2つ目の数字は1つ目より大きくしてください".into()
        }
        FigureProblem::RangeBackwards => "the second figure of a range must be the larger".into(),
        FigureProblem::TooFar if ja => "地球の半周（20,000キロ）を超える射程です".into(),
        FigureProblem::TooFar => "farther than half the Earth's circumference (20,000 km)".into(),
    }
}

/// The field's name as the form labels it, in `lang`, for notices.
pub fn field_label(field: ClaimField, lang: crate::i18n::Lang) -> &'static str {
    let ja = lang == crate::i18n::Lang::Ja;
    match field {
        ClaimField::Outlet if ja => "媒体",
        ClaimField::Outlet => "outlet",
        ClaimField::Author if ja => "筆者",
        ClaimField::Author => "author",
        ClaimField::Date if ja => "日付",
        ClaimField::Date => "date",
        ClaimField::Link if ja => "リンク",
        ClaimField::Link => "link",
        ClaimField::System if ja => "ミサイル",
        ClaimField::System => "missile",
        ClaimField::OtherSystem if ja => "ミサイル名",
        ClaimField::OtherSystem => "missile's name",
        ClaimField::Figure if ja => "数字",
        ClaimField::Figure => "figure",
        ClaimField::Quote if ja => "引用",
        ClaimField::Quote => "quote",
    }
}

/// English month abbreviations, as the data files date things ("Oct 2023").
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A checked `YYYY-MM` or `YYYY-MM-DD` written as the data files date their sources ("Nov
/// 2026", "3 Nov 2026"), which every date line of the page reads.
pub fn data_date(date: &str) -> String {
    match parse_claim_date(date) {
        Some((y, m, 0)) => format!("{} {y}", MONTHS[(m - 1) as usize]),
        Some((y, m, d)) => format!("{d} {} {y}", MONTHS[(m - 1) as usize]),
        None => date.to_owned(),
    }
}

/// The source id of the `n`th added claim (from 1).
pub fn added_source_id(n: usize) -> String {
    format!("{ADDED_ID_PREFIX}{n}")
}

impl crate::model::DataSet {
    /// The data with the embedding page's own claims appended, each as a source of its own
    /// (`added-1` …, marked [`crate::model::Source::added`]) with its one range claim, after
    /// every shipped source, so no shipped source's place (its colour and pattern) moves.
    /// Claims that fail their checks against `today` are left out.
    pub fn with_added(mut self, claims: &[AddedClaim], today: (i32, u32, u32)) -> Self {
        use crate::model::{DatePrecision, RangeClaim, Source};
        let checked = claims
            .iter()
            .take(MAX_ADDED)
            .filter_map(|c| c.check(today).ok());
        for (i, c) in checked.enumerate() {
            let id = added_source_id(i + 1);
            let t = &c.typed;
            let author = t.author.trim();
            let precision = match parse_claim_date(&t.date) {
                Some((_, _, 0)) => DatePrecision::Month,
                _ => DatePrecision::Day,
            };
            self.claims.sources.push(Source {
                id: id.clone(),
                outlet: t.outlet.trim().to_owned(),
                outlet_ja: t.outlet.trim().to_owned(),
                author: (!author.is_empty()).then(|| author.to_owned()),
                date: data_date(&t.date),
                date_precision: precision,
                dated_how: String::new(),
                text_file: String::new(),
                added: true,
                link: (!t.link.is_empty()).then(|| t.link.clone()),
            });
            self.claims.range_claims.push(RangeClaim {
                id: format!("{id}-range"),
                source: id,
                system: c.system,
                variant: c.variant,
                printed_figures: c.figure.figures,
                unit: c.figure.unit,
                qualifier: c.figure.qualifier,
                quote: t.quote.trim().to_owned(),
                note: None,
                note_ja: None,
                system_name: c.system_name,
            });
        }
        self
    }
}

impl crate::model::Source {
    /// The link's host, for an added source with a link.
    pub fn link_host(&self) -> Option<&str> {
        self.link.as_deref().and_then(link_host)
    }

    /// The outlet in `lang` as readers see it: an added source's with its link's host beside it
    /// ("The Example Times (news.example)"), so a reader sees where the link goes.
    pub fn outlet_with_host(&self, lang: crate::i18n::Lang) -> String {
        match self.link_host() {
            Some(host) => format!("{} ({host})", self.outlet_in(lang)),
            None => self.outlet_in(lang).to_owned(),
        }
    }
}

impl crate::model::Claims {
    /// Whether an embedding page added claims of its own to these.
    pub fn has_added(&self) -> bool {
        self.sources.iter().any(|s| s.added)
    }
}
