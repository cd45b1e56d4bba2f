//! The reader's choices as a URL query, read and written in one place, so a link restores the
//! view exactly. Pure: every parameter's parsing and every refusal is tested natively.
//!
//! Parameters: `source` (an id or `all`), `compare` (`ID,ID`), `site` (a site id, `chain`, or
//! `LAT,LON`), `proj` (`mercator` or `aeqd`), `unit` (`km`, `mi`, `nmi`), `theme` (`auto`,
//! `light`, `dark`), `view` (`LAT,LON,ZOOM`), `embed` (`1`), `lang` (`en`, `ja`), `story` (see
//! [`crate::story`]). Anything else, or a value that
//! does not parse, is ignored with a [`Ignored`] note saying why; the rest still applies.

use crate::added::{field_label, AddedClaim, ClaimField, ClaimProblem, MAX_ADDED};
use crate::i18n::Lang;
use crate::launch::{parse_lat_lon, CoordError, Launch, CHAIN_ID};
use crate::model::{DataSet, Unit};
use crate::projection::ProjectionKind;
use crate::rings::SourceChoice;
use crate::story::{Step, Story};
pub use crate::viewport::{m_per_px_at_zoom, zoom_at_m_per_px, UrlView};

mod story_param;
use crate::viewport::{MAX_M_PER_PX, MIN_M_PER_PX};
pub use story_param::{
    open_story, opening_step, parse_story, write_story, StepProblem, StoryError,
};

/// The colour theme: the system's, or one forced by the embedding page or reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The URL value and the `data-theme` attribute value.
    pub const fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything the URL holds.
#[derive(Debug, Clone, PartialEq)]
pub struct UrlState {
    /// Which sources are shown (`source`, or `compare`).
    pub sources: SourceChoice,
    /// The launch point (`site`).
    pub launch: Launch,
    /// The projection (`proj`).
    pub projection: ProjectionKind,
    /// The unit figures are converted to (`unit`).
    pub unit: Unit,
    /// The colour theme (`theme`).
    pub theme: Theme,
    /// The map view (`view`); `None` for the projection's home view.
    pub view: Option<UrlView>,
    /// Whether the page is embedded in another (`embed=1`): no page chrome.
    pub embed: bool,
    /// The story the page steps through (`story`), if any.
    pub story: Option<Story>,
    /// The interface's language (`lang`); `None` for the reader's browser's.
    pub lang: Option<Lang>,
    /// The sources the page offers, in the order its switcher lists them (`sources`, chosen
    /// by a newsroom in the editor); `None` for every source, in the data's order.
    pub offered: Option<Vec<String>>,
    /// The embedding page's own claims (`claims`, added in the editor), each checked.
    pub added: Vec<AddedClaim>,
}

impl UrlState {
    /// The state of a page opened with no query.
    pub fn default_for(data: &DataSet) -> Self {
        let home = Step::home(data);
        Self {
            sources: home.sources,
            launch: home.launch,
            projection: home.projection,
            unit: home.unit,
            theme: Theme::Auto,
            view: home.view,
            embed: false,
            story: None,
            lang: None,
            offered: None,
            added: Vec::new(),
        }
    }
}

/// A parameter that was ignored, and why, for the notice the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Ignored {
    /// The parameter's name, as given (shortened if long).
    pub param: String,
    /// Its value, as given (shortened if long).
    pub value: String,
    /// Why it was ignored; [`Refusal::message`] says it in the page's language.
    pub reason: Refusal,
}

/// Why a URL parameter (or a story step's field) was refused: typed, so the notice says it
/// in the reader's language ([`Refusal::message`]); `Display` is the English.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The query is longer than the page reads.
    TooLong {
        /// How much of it was read, in bytes.
        read_bytes: usize,
    },
    /// The parameter came twice.
    GivenTwice,
    /// The map has no parameter of this name.
    NoSuchSetting,
    /// `source` names no source.
    NoSuchSource,
    /// `compare` names one source twice.
    CompareSameTwice,
    /// `compare` names a source that does not exist.
    CompareUnknown,
    /// `compare` is not two ids separated by a comma.
    CompareNotTwo,
    /// `source` given beside `compare`.
    SourceWithCompare,
    /// `sources` names a source that does not exist.
    OfferUnknown {
        /// The id, as given (shortened if long).
        id: String,
    },
    /// `sources` names a source twice.
    OfferTwice {
        /// The id given twice.
        id: String,
    },
    /// `sources` is empty.
    OfferEmpty,
    /// `claims` is not written as this map writes it (another version, or damaged).
    AddedUnreadable,
    /// `claims` holds more claims than an embed may add; the first are kept.
    AddedTooMany {
        /// How many are kept.
        max: usize,
    },
    /// An added claim fails a check: which (from 1), the field, and why.
    AddedClaim {
        /// The claim's place in the list, from 1.
        number: usize,
        /// The field at fault.
        field: ClaimField,
        /// What is wrong.
        problem: ClaimProblem,
    },
    /// `sources` leaves out a source the page is asked to show (`source` or `compare`).
    OfferMissesShown {
        /// The shown source's id.
        id: String,
    },
    /// `site` is no site id, nor `LAT,LON`.
    NoSuchSite,
    /// A latitude or longitude (of `site` or `view`) is wrong.
    Coord(CoordError),
    /// `view` is not `LAT,LON,ZOOM`.
    ViewNotThreeParts,
    /// The zoom of `view` is not a number.
    ZoomNotANumber,
    /// The zoom of `view` is outside what the map allows.
    ZoomOutOfRange {
        /// The smallest zoom allowed.
        min: f64,
        /// The largest zoom allowed.
        max: f64,
    },
    /// `proj` is not `mercator` or `aeqd`.
    Projection,
    /// `unit` is not `km`, `mi` or `nmi`.
    Unit,
    /// `lang` is not `en` or `ja`.
    Lang,
    /// `theme` is not `auto`, `light` or `dark`.
    Theme,
    /// `embed` is not `1` or `0`.
    Embed,
    /// pym.js's `childId` is not an element id.
    ChildId {
        /// The longest id accepted, in characters.
        max_chars: usize,
    },
    /// A written story is wrong: the step and what is wrong with it (its field names stay
    /// as written, the English words a newsroom writes).
    Story(Box<StoryError>),
}

impl Refusal {
    /// What the notice says, in `lang`. Parameter names and values stay as written: they are
    /// what the reader sees in the address.
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match self {
            Refusal::TooLong { read_bytes } if ja => {
                format!("アドレスが長すぎるため、最初の{read_bytes}文字だけを読みました")
            }
            Refusal::TooLong { read_bytes } => {
                format!("the address is too long; only its first {read_bytes} characters were read")
            }
            Refusal::GivenTwice if ja => "2回以上指定されています。最初のものを使います".into(),
            Refusal::GivenTwice => "given more than once; the first one applies".into(),
            Refusal::NoSuchSetting if ja => "この地図にはこの設定がありません".into(),
            Refusal::NoSuchSetting => "this map has no such setting".into(),
            Refusal::NoSuchSource if ja => "このIDの報道はありません".into(),
            Refusal::NoSuchSource => "no source has this id".into(),
            Refusal::CompareSameTwice if ja => "比較には異なる2つの報道が必要です".into(),
            Refusal::CompareSameTwice => "compare needs two different sources".into(),
            Refusal::CompareUnknown if ja => "どちらかのIDの報道がありません".into(),
            Refusal::CompareUnknown => "no source has one of these ids".into(),
            Refusal::CompareNotTwo if ja => "比較にはコンマで区切った2つの報道IDが必要です".into(),
            Refusal::CompareNotTwo => "compare needs two source ids separated by a comma".into(),
            Refusal::SourceWithCompare if ja => {
                "比較では2つの報道を示すため、sourceは使いません".into()
            }
            Refusal::SourceWithCompare => {
                "compare shows two sources, so source does not apply".into()
            }
            Refusal::OfferUnknown { id } if ja => {
                format!("「{id}」というIDの報道はありません。すべての報道を表示します")
            }
            Refusal::OfferUnknown { id } => {
                format!("no source has the id “{id}”; every source is offered")
            }
            Refusal::OfferTwice { id } if ja => {
                format!("「{id}」が2回あります。すべての報道を表示します")
            }
            Refusal::OfferTwice { id } => {
                format!("“{id}” is listed twice; every source is offered")
            }
            Refusal::OfferEmpty if ja => "報道のIDがありません。すべての報道を表示します".into(),
            Refusal::OfferEmpty => "no source id is listed; every source is offered".into(),
            Refusal::OfferMissesShown { id } if ja => {
                format!("表示する報道「{id}」が含まれていません。すべての報道を表示します")
            }
            Refusal::OfferMissesShown { id } => {
                format!("the source shown, “{id}”, is not in the list; every source is offered")
            }
            Refusal::AddedUnreadable if ja => {
                "追加された主張を読み取れません（アドレスが壊れているか、別の版です）".into()
            }
            Refusal::AddedUnreadable => {
                "the added claims cannot be read (the address is damaged, or of another version)"
                    .into()
            }
            Refusal::AddedTooMany { max } if ja => {
                format!("追加できる主張は{max}件までです。最初の{max}件を表示します")
            }
            Refusal::AddedTooMany { max } => {
                format!("an embed adds at most {max} claims; the first {max} are shown")
            }
            Refusal::AddedClaim {
                number,
                field,
                problem,
            } if ja => format!(
                "追加された主張{number}の{}：{}。この主張は表示しません",
                field_label(*field, lang),
                problem.message(lang)
            ),
            Refusal::AddedClaim {
                number,
                field,
                problem,
            } => format!(
                "added claim {number}, {}: {}; it is not shown",
                field_label(*field, lang),
                problem.message(lang)
            ),
            Refusal::NoSuchSite if ja => {
                "このIDの発射地点はありません（緯度,経度でも指定できます）".into()
            }
            Refusal::NoSuchSite => "no launch site has this id (or give LAT,LON)".into(),
            Refusal::Coord(e) => e.message(lang),
            Refusal::ViewNotThreeParts if ja => "viewは緯度,経度,ズームの形で指定します".into(),
            Refusal::ViewNotThreeParts => "view must be LAT,LON,ZOOM".into(),
            Refusal::ZoomNotANumber if ja => "ズームが数字ではありません".into(),
            Refusal::ZoomNotANumber => "the zoom is not a number".into(),
            Refusal::ZoomOutOfRange { min, max } if ja => {
                format!("ズームは{min:.1}から{max:.1}の間で指定します")
            }
            Refusal::ZoomOutOfRange { min, max } => {
                format!("the zoom must be between {min:.1} and {max:.1}")
            }
            Refusal::Projection if ja => "図法はmercatorかaeqdで指定します".into(),
            Refusal::Projection => "the projection must be mercator or aeqd".into(),
            Refusal::Unit if ja => "単位はkm、mi、nmiのいずれかで指定します".into(),
            Refusal::Unit => "the unit must be km, mi or nmi".into(),
            Refusal::Lang if ja => "言語はenかjaで指定します".into(),
            Refusal::Lang => "the language must be en or ja".into(),
            Refusal::Theme if ja => "配色はauto、light、darkのいずれかで指定します".into(),
            Refusal::Theme => "the theme must be auto, light or dark".into(),
            Refusal::Embed if ja => "embedは1（または0）で指定します".into(),
            Refusal::Embed => "embed must be 1 (or 0)".into(),
            Refusal::ChildId { max_chars } if ja => {
                format!("childIdは要素のIDで、{max_chars}文字以内の英数字と - _ : . で書きます")
            }
            Refusal::ChildId { max_chars } => format!(
                "childId must be an element id: up to {max_chars} letters, digits, -, _, : or ."
            ),
            Refusal::Story(why) if ja => {
                format!("ストーリーの書き方に誤りがあります：{}", why.message(lang))
            }
            Refusal::Story(why) => why.message(lang),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Longest name or value repeated back in a notice, in characters.
const MAX_ECHO_CHARS: usize = 40;

fn echo(text: &str) -> String {
    if text.chars().count() > MAX_ECHO_CHARS {
        let cut: String = text.chars().take(MAX_ECHO_CHARS).collect();
        format!("{cut}…")
    } else {
        text.to_owned()
    }
}

/// Longest query read, in bytes; the rest is ignored (a URL is not a place for megabytes).
/// Room for six added claims at every limit, with the view and its sources, in an address
/// common CDNs accept (8 KB).
pub const MAX_QUERY_BYTES: usize = 7_680;

/// Whether the map reads all of `query` (with or without its leading `?`): the Embed dialog
/// warns when a story's snippet would be cut.
pub fn query_fits(query: &str) -> bool {
    query.strip_prefix('?').unwrap_or(query).len() <= MAX_QUERY_BYTES
}

/// Reads a URL query (with or without its leading `?`) into the state it describes, starting
/// from the defaults; returns what was ignored and why.
pub fn parse_query(query: &str, data: &DataSet) -> (UrlState, Vec<Ignored>) {
    parse_query_on(query, data, today())
}

/// Today's date (year, month, day), for the added claims' dates: the browser's in the page,
/// the system's natively.
pub fn today() -> (i32, u32, u32) {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        (
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let days = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 86_400) as i64;
        civil_from_days(days)
    }
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's algorithm).
#[cfg(not(target_arch = "wasm32"))]
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// [`parse_query`] with added claims' dates checked against `today` (year, month, day).
pub fn parse_query_on(
    query: &str,
    data: &DataSet,
    today: (i32, u32, u32),
) -> (UrlState, Vec<Ignored>) {
    let mut state = UrlState::default_for(data);
    let mut ignored = Vec::new();
    let mut query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_BYTES {
        let mut cut = MAX_QUERY_BYTES;
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        query = &query[..cut];
        ignored.push(Ignored {
            param: "…".into(),
            value: String::new(),
            reason: Refusal::TooLong {
                read_bytes: MAX_QUERY_BYTES,
            },
        });
    }
    // The page's own claims first: a source choice or a story step may name one of them
    // (`added-1`), so the rest is read against the data with them added.
    let added_value = form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name.trim() == "claims")
        .map(|(_, value)| value.trim().to_owned());
    let with_added;
    let data = match &added_value {
        Some(value) => {
            let (claims, _) = parse_added(value, today);
            with_added = data.clone().with_added(&claims, today);
            &with_added
        }
        None => data,
    };
    let mut seen: Vec<String> = Vec::new();
    let mut source_param: Option<SourceChoice> = None;
    let mut compare_param: Option<SourceChoice> = None;
    let mut offer_param: Option<(String, Vec<String>)> = None;
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let (name, value) = (name.trim().to_owned(), value.trim().to_owned());
        if name.is_empty() && value.is_empty() {
            continue;
        }
        let refuse = |reason: Refusal| Ignored {
            param: echo(&name),
            value: echo(&value),
            reason,
        };
        if seen.contains(&name) {
            ignored.push(refuse(Refusal::GivenTwice));
            continue;
        }
        seen.push(name.clone());
        let outcome: Result<(), Option<Refusal>> = match name.as_str() {
            "source" => parse_source(&value, data)
                .map(|c| source_param = Some(c))
                .map_err(Some),
            "compare" => parse_compare(&value, data)
                .map(|c| compare_param = Some(c))
                .map_err(Some),
            "claims" => {
                let (claims, refusals) = parse_added(&value, today);
                state.added = claims;
                for reason in refusals {
                    ignored.push(Ignored {
                        param: "claims".into(),
                        value: String::new(),
                        reason,
                    });
                }
                Ok(())
            }
            "sources" => parse_offer(&value, data)
                .map(|ids| offer_param = Some((value.clone(), ids)))
                .map_err(Some),
            "site" => parse_site(&value, data)
                .map(|l| state.launch = l)
                .map_err(Some),
            "proj" => parse_projection(&value)
                .map(|p| state.projection = p)
                .map_err(Some),
            "unit" => parse_unit(&value).map(|u| state.unit = u).map_err(Some),
            "theme" => parse_theme(&value).map(|t| state.theme = t).map_err(Some),
            "view" => parse_view(&value)
                .map(|v| state.view = Some(v))
                .map_err(Some),
            "embed" => parse_embed(&value).map(|e| state.embed = e).map_err(Some),
            "story" => parse_story(&value, data)
                .map(|s| state.story = Some(s))
                .map_err(|why| Some(Refusal::Story(Box::new(why)))),
            "lang" => parse_lang(&value)
                .map(|l| state.lang = Some(l))
                .map_err(Some),
            // What a host page's embedding library adds (see [`HOST_PARAMS`]): taken
            // without a notice and never shown; a child id pym.js could not have made is
            // refused without repeating it.
            "childId" => parse_child_id(&value).map(|_| ()).map_err(|reason| {
                ignored.push(Ignored {
                    param: name.clone(),
                    value: String::new(),
                    reason,
                });
                None
            }),
            "initialWidth" | "parentTitle" | "parentUrl" => Ok(()),
            _ => Err(Some(Refusal::NoSuchSetting)),
        };
        // `None`: already noted, without its value.
        if let Err(Some(reason)) = outcome {
            ignored.push(refuse(reason));
        }
    }
    match (compare_param, source_param) {
        (Some(compare), source) => {
            state.sources = compare;
            if source.is_some() {
                ignored.push(Ignored {
                    param: "source".into(),
                    value: String::new(),
                    reason: Refusal::SourceWithCompare,
                });
            }
        }
        (None, Some(source)) => state.sources = source,
        (None, None) => {}
    }
    if let Some((value, ids)) = offer_param {
        // The list must hold what the page is asked to show; else it is set aside whole.
        let missing = match &state.sources {
            SourceChoice::All => None,
            SourceChoice::One(id) => (!ids.contains(id)).then(|| id.clone()),
            SourceChoice::Compare(a, b) => [a, b].into_iter().find(|id| !ids.contains(id)).cloned(),
        };
        match missing {
            Some(id) => ignored.push(Ignored {
                param: "sources".into(),
                value: echo(&value),
                reason: Refusal::OfferMissesShown { id: echo(&id) },
            }),
            None => state.offered = Some(ids),
        }
    }
    (state, ignored)
}

/// Reads the `sources` parameter's value: source ids separated by commas, each once, in the
/// order the switcher lists them.
pub fn parse_offer(value: &str, data: &DataSet) -> Result<Vec<String>, Refusal> {
    let mut ids: Vec<String> = Vec::new();
    for id in value.split(',').map(str::trim) {
        if id.is_empty() {
            continue;
        }
        if !source_exists(id, data) {
            return Err(Refusal::OfferUnknown { id: echo(id) });
        }
        if ids.iter().any(|seen| seen == id) {
            return Err(Refusal::OfferTwice { id: id.to_owned() });
        }
        ids.push(id.to_owned());
    }
    if ids.is_empty() {
        return Err(Refusal::OfferEmpty);
    }
    Ok(ids)
}

/// Writes the `sources` parameter's value for a list of source ids.
pub fn offer_value(ids: &[String]) -> String {
    ids.join(",")
}

/// Reads the `projection` parameter's value (also a story step's field of that name).
pub(crate) fn parse_projection(value: &str) -> Result<ProjectionKind, Refusal> {
    match value {
        "mercator" => Ok(ProjectionKind::Mercator),
        "aeqd" => Ok(ProjectionKind::TrueDistance),
        _ => Err(Refusal::Projection),
    }
}

/// Reads the `unit` parameter's value (also a story step's field of that name).
pub(crate) fn parse_unit(value: &str) -> Result<Unit, Refusal> {
    [Unit::Km, Unit::Mi, Unit::Nmi]
        .into_iter()
        .find(|u| u.symbol() == value)
        .ok_or(Refusal::Unit)
}

fn parse_lang(value: &str) -> Result<Lang, Refusal> {
    Lang::from_id(value).ok_or(Refusal::Lang)
}

fn parse_theme(value: &str) -> Result<Theme, Refusal> {
    [Theme::Auto, Theme::Light, Theme::Dark]
        .into_iter()
        .find(|t| t.id() == value)
        .ok_or(Refusal::Theme)
}

/// The parameters embedding libraries add to the frame's URL: pym.js's `Parent` adds all four
/// (`childId` names the frame in its height messages). They are known, so they raise no
/// notice; they are not choices of the map, so shared links and the embed snippet leave them
/// out, while the frame's own address keeps them ([`host_query`]).
pub const HOST_PARAMS: [&str; 4] = ["childId", "initialWidth", "parentTitle", "parentUrl"];

/// Longest pym.js child id accepted, in characters (it is an element id on the host page).
const MAX_CHILD_ID_CHARS: usize = 64;

fn parse_child_id(value: &str) -> Result<String, Refusal> {
    let ok = !value.is_empty()
        && value.chars().count() <= MAX_CHILD_ID_CHARS
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'));
    if ok {
        Ok(value.to_owned())
    } else {
        Err(Refusal::ChildId {
            max_chars: MAX_CHILD_ID_CHARS,
        })
    }
}

/// pym.js's child id in a query (with or without its `?`), if it has a valid one: the frame
/// then also reports its height the way pym.js's `Parent` reads it.
pub fn pym_child_id(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "childId")
        .and_then(|(_, value)| parse_child_id(value.trim()).ok())
}

/// The host parameters of a query (see [`HOST_PARAMS`]), the first of each, encoded as a
/// query of their own (empty if there are none): what the frame keeps in its address when it
/// writes the reader's choices there, so a reload still speaks to its host.
pub fn host_query(query: &str) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut out = form_urlencoded::Serializer::new(String::new());
    for name in HOST_PARAMS {
        if let Some((_, value)) = form_urlencoded::parse(query.as_bytes()).find(|(n, _)| n == name)
        {
            out.append_pair(name, &value);
        }
    }
    out.finish()
}

fn parse_embed(value: &str) -> Result<bool, Refusal> {
    match value {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(Refusal::Embed),
    }
}

fn source_exists(id: &str, data: &DataSet) -> bool {
    data.claims.source(id).is_some()
}

/// Reads the `source` parameter's value (also a story step's field of that name).
pub(crate) fn parse_source(value: &str, data: &DataSet) -> Result<SourceChoice, Refusal> {
    if value == "all" {
        Ok(SourceChoice::All)
    } else if source_exists(value, data) {
        Ok(SourceChoice::One(value.to_owned()))
    } else {
        Err(Refusal::NoSuchSource)
    }
}

/// Reads the `compare` parameter's value (also a story step's field of that name).
pub(crate) fn parse_compare(value: &str, data: &DataSet) -> Result<SourceChoice, Refusal> {
    let ids: Vec<&str> = value.split(',').map(str::trim).collect();
    match ids.as_slice() {
        [a, b] if a == b => Err(Refusal::CompareSameTwice),
        [a, b] if source_exists(a, data) && source_exists(b, data) => {
            Ok(SourceChoice::Compare((*a).to_owned(), (*b).to_owned()))
        }
        [_, _] => Err(Refusal::CompareUnknown),
        _ => Err(Refusal::CompareNotTwo),
    }
}

/// Reads the `site` parameter's value (also a story step's field of that name).
pub(crate) fn parse_site(value: &str, data: &DataSet) -> Result<Launch, Refusal> {
    if value == CHAIN_ID {
        return Ok(Launch::Chain);
    }
    if data.site(value).is_some() {
        return Ok(Launch::Site(value.to_owned()));
    }
    match value.split_once(',') {
        Some((lat, lon)) => parse_lat_lon(lat, lon)
            .map(Launch::Custom)
            .map_err(Refusal::Coord),
        None => Err(Refusal::NoSuchSite),
    }
}

/// Reads the `view` parameter's value (also a story step's field of that name).
pub(crate) fn parse_view(value: &str) -> Result<UrlView, Refusal> {
    let parts: Vec<&str> = value.split(',').map(str::trim).collect();
    let [lat, lon, zoom] = parts.as_slice() else {
        return Err(Refusal::ViewNotThreeParts);
    };
    let center = parse_lat_lon(lat, lon).map_err(Refusal::Coord)?;
    let zoom: f64 = zoom
        .parse()
        .ok()
        .filter(|z: &f64| z.is_finite())
        .ok_or(Refusal::ZoomNotANumber)?;
    let (lo, hi) = (
        zoom_at_m_per_px(MAX_M_PER_PX),
        zoom_at_m_per_px(MIN_M_PER_PX),
    );
    if !(lo..=hi).contains(&zoom) {
        return Err(Refusal::ZoomOutOfRange { min: lo, max: hi });
    }
    Ok(UrlView { center, zoom })
}

/// Writes the state as a URL query (without `?`), leaving out every default so links stay
/// short; parsing it back gives the same state.
pub fn to_query(state: &UrlState, data: &DataSet) -> String {
    let defaults = UrlState::default_for(data);
    let mut q = form_urlencoded::Serializer::new(String::new());
    match &state.sources {
        SourceChoice::All => {}
        SourceChoice::One(id) => {
            q.append_pair("source", id);
        }
        SourceChoice::Compare(a, b) => {
            q.append_pair("compare", &format!("{a},{b}"));
        }
    }
    if let Some(ids) = &state.offered {
        q.append_pair("sources", &offer_value(ids));
    }
    if !state.added.is_empty() {
        q.append_pair("claims", &write_added(&state.added));
    }
    if state.launch != defaults.launch {
        q.append_pair("site", &site_value(&state.launch));
    }
    if state.projection == ProjectionKind::TrueDistance {
        q.append_pair("proj", projection_value(state.projection));
    }
    if state.unit != defaults.unit {
        q.append_pair("unit", state.unit.symbol());
    }
    if state.theme != Theme::Auto {
        q.append_pair("theme", state.theme.id());
    }
    if let Some(v) = state.view {
        q.append_pair("view", &view_value(v));
    }
    if state.embed {
        q.append_pair("embed", "1");
    }
    if let Some(lang) = state.lang {
        q.append_pair("lang", lang.id());
    }
    if let Some(story) = &state.story {
        q.append_pair("story", &write_story(story, data));
    }
    // These are safe in a query (only `&`, `=`, `+` and `%` mean something to its parser)
    // and far easier to read in a shared link, above all in a story's steps.
    q.finish()
        .replace("%2C", ",")
        .replace("%3A", ":")
        .replace("%3B", ";")
        .replace("%7E", "~")
}

/// The `site` parameter's value for a launch point: its id, or `LAT,LON` to four decimals
/// (about 10 m).
pub(crate) fn site_value(launch: &Launch) -> String {
    match launch {
        Launch::Custom(p) => format!("{:.4},{:.4}", p.lat_deg, p.lon_deg),
        other => other.id().to_owned(),
    }
}

/// The `proj` parameter's value for a projection.
pub(crate) fn projection_value(kind: ProjectionKind) -> &'static str {
    match kind {
        ProjectionKind::Mercator => "mercator",
        ProjectionKind::TrueDistance => "aeqd",
    }
}

/// The `view` parameter's value: `LAT,LON,ZOOM`, the centre to four decimals (about 10 m)
/// and the zoom to two.
pub(crate) fn view_value(v: UrlView) -> String {
    format!(
        "{:.4},{:.4},{:.2}",
        v.center.lat_deg, v.center.lon_deg, v.zoom
    )
}

/// The version written first in `claims`, before a `.`: a map that reads another version says
/// so rather than guess.
const ADDED_VERSION: &str = "1";
/// Between one claim's fields, in the encoded text (a control character: no field holds one).
const FIELD_SEPARATOR: char = '\u{1F}';
/// Between claims, in the encoded text.
const CLAIM_SEPARATOR: char = '\u{1E}';

/// The `claims` parameter's value: the version, a `.`, and the claims' fields as UTF-8 in
/// base64url (4 bytes a Japanese character, where percent-encoding takes 9).
pub fn write_added(claims: &[AddedClaim]) -> String {
    let text: Vec<String> = claims
        .iter()
        .map(|c| c.fields().join(&FIELD_SEPARATOR.to_string()))
        .collect();
    let text = text.join(&CLAIM_SEPARATOR.to_string());
    format!("{ADDED_VERSION}.{}", base64url(text.as_bytes()))
}

/// Reads the `claims` parameter's value against `today`: the claims that pass every check,
/// and a refusal for each that does not (or for the whole value, if it cannot be read).
pub fn parse_added(value: &str, today: (i32, u32, u32)) -> (Vec<AddedClaim>, Vec<Refusal>) {
    let text = value
        .split_once('.')
        .filter(|(version, _)| *version == ADDED_VERSION)
        .and_then(|(_, data)| unbase64url(data))
        .and_then(|bytes| String::from_utf8(bytes).ok());
    let Some(text) = text else {
        return (Vec::new(), vec![Refusal::AddedUnreadable]);
    };
    let mut refusals = Vec::new();
    let mut claims = Vec::new();
    let written: Vec<&str> = text.split(CLAIM_SEPARATOR).collect();
    if written.len() > MAX_ADDED {
        refusals.push(Refusal::AddedTooMany { max: MAX_ADDED });
    }
    for (i, one) in written.iter().take(MAX_ADDED).enumerate() {
        let fields: Vec<&str> = one.split(FIELD_SEPARATOR).collect();
        let Some(claim) = AddedClaim::from_fields(&fields) else {
            refusals.push(Refusal::AddedUnreadable);
            continue;
        };
        match claim.check(today) {
            Ok(_) => claims.push(claim),
            Err(problems) => {
                if let Some(first) = problems.into_iter().next() {
                    refusals.push(Refusal::AddedClaim {
                        number: i + 1,
                        field: first.field,
                        problem: first.problem,
                    });
                }
            }
        }
    }
    (claims, refusals)
}

/// The base64url alphabet (RFC 4648 §5): safe in a query as it is.
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url, without padding.
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(B64[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes of base64url text without padding; `None` if it is not such text.
fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let values: Option<Vec<u32>> = text
        .bytes()
        .map(|c| B64.iter().position(|b| *b == c).map(|v| v as u32))
        .collect();
    let values = values?;
    if values.len() % 4 == 1 {
        return None;
    }
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 0xFF) as u8);
        }
    }
    Some(out)
}
