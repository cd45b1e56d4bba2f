//! Stories: ordered lists of map views an article steps through as it is read, each with an
//! optional caption. Pure: a story's limits, the built-in story and the step numbers a host
//! may send are all tested natively. The `story=` parameter is read and written with the
//! URL's other parameters, by their own value parsers (`url_state/story_param.rs`).
//!
//! In a URL a story is either the name of the built-in one ([`CLAIMS_OVER_TIME`]) or its steps
//! written out, compact and readable in the address bar:
//!
//! ```text
//! story=source:kyodo-2023;text:Kyodo,+Oct+2023~compare:kyodo-2023,iuvinale-2024;proj:aeqd
//! ```
//!
//! Steps are separated by `~`, a step's fields by `;`, and each field is `name:value` with the
//! names and values of the URL's own parameters (`source`, `compare`, `site`, `proj`, `unit`,
//! `view`), read by the same parsers, plus `text` for the caption, which comes last and runs to
//! the end of its step. A field a step leaves out has the value a page opened with no query has.
//! Steps are numbered from 1, as a host names them (`data-range-claims-step="1"`, `#step=1`).

use crate::i18n::Lang;
use crate::launch::Launch;
use crate::model::{DataSet, Unit};
use crate::projection::ProjectionKind;
use crate::rings::SourceChoice;
use crate::viewport::UrlView;

/// The name of the built-in story, "How the claims changed": the sources in order of
/// publication, one step each, captioned from the data.
pub const CLAIMS_OVER_TIME: &str = "claims-over-time";

/// The built-in story's title, as the Embed dialog offers it.
pub const CLAIMS_OVER_TIME_TITLE: &str = "How the claims changed";

/// Most steps a story may have.
pub const MAX_STEPS: usize = 12;

/// Longest caption, in characters.
pub const MAX_CAPTION_CHARS: usize = 200;

/// Separates steps in the `story` parameter.
pub const STEP_SEPARATOR: char = '~';
/// Separates a step's fields.
pub const FIELD_SEPARATOR: char = ';';
/// The caption's field name.
pub const CAPTION_FIELD: &str = "text";

/// One view of a story: what the URL's view parameters can say, and a caption.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Which sources are shown.
    pub sources: SourceChoice,
    /// The launch point.
    pub launch: Launch,
    /// The projection.
    pub projection: ProjectionKind,
    /// The unit figures are converted to.
    pub unit: Unit,
    /// The map view; `None` for the projection's home view.
    pub view: Option<UrlView>,
    /// What the frame shows above the map for this step.
    pub caption: Option<String>,
}

impl Step {
    /// The step a page opened with no query shows: every source from the default launch
    /// site ([`Launch::default_for`]), Mercator, kilometres, the projection's home view.
    pub fn home(data: &DataSet) -> Self {
        Self {
            sources: SourceChoice::All,
            launch: Launch::default_for(data),
            projection: ProjectionKind::Mercator,
            unit: Unit::Km,
            view: None,
            caption: None,
        }
    }

    /// Whether these are the choices this step sets (sources, launch point, projection, unit).
    pub fn sets(
        &self,
        sources: &SourceChoice,
        launch: &Launch,
        projection: ProjectionKind,
        unit: Unit,
    ) -> bool {
        self.sources == *sources
            && self.launch == *launch
            && self.projection == projection
            && self.unit == unit
    }
}

/// Where a story's steps come from: the built-in story, or steps written in the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryKind {
    /// [`CLAIMS_OVER_TIME`], made from the data.
    ClaimsOverTime,
    /// Steps written out in the `story` parameter.
    Written,
}

/// A story and its steps (at least one).
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// Where the steps come from (how the story is written back into a URL).
    pub kind: StoryKind,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

impl Story {
    /// A story of written-out steps (the Embed dialog's); `None` if there are none or too many.
    pub fn written(steps: Vec<Step>) -> Option<Self> {
        (!steps.is_empty() && steps.len() <= MAX_STEPS).then_some(Self {
            kind: StoryKind::Written,
            steps,
        })
    }

    /// Step `number` (from 1), if the story has it.
    pub fn step(&self, number: usize) -> Option<&Step> {
        number.checked_sub(1).and_then(|i| self.steps.get(i))
    }

    /// Step `number`'s caption in `lang`: a written step's as written (it is the author's
    /// own words), the built-in story's from the data ([`Lang::story_caption`]).
    pub fn caption(&self, number: usize, data: &DataSet, lang: Lang) -> Option<String> {
        let step = self.step(number)?;
        match (self.kind, &step.sources) {
            (StoryKind::Written, _) => step.caption.clone(),
            (StoryKind::ClaimsOverTime, SourceChoice::One(id)) => {
                let source = data.claims.source(id)?;
                let claims: Vec<&crate::model::RangeClaim> = data
                    .claims
                    .range_claims
                    .iter()
                    .filter(|c| &c.source == id)
                    .collect();
                Some(lang.story_caption(source, &claims))
            }
            (StoryKind::ClaimsOverTime, _) => None,
        }
    }

    /// The built-in story, "How the claims changed": each source that gives a range, oldest
    /// first, its rings alone around the default launch site, captioned (in the reader's
    /// language, by [`Self::caption`]) with its outlet, date and figures as printed.
    pub fn claims_over_time(data: &DataSet) -> Self {
        let mut sources: Vec<(usize, &crate::model::Source)> = data
            .claims
            .sources
            .iter()
            .enumerate()
            .filter(|(_, s)| data.claims.range_claims.iter().any(|c| c.source == s.id))
            .collect();
        // Undated sources go last, in data order. A handful of sources: an insertion sort, so
        // the page carries no general sort routine for it (~3 KB of wasm).
        let key = |(i, s): &(usize, &crate::model::Source)| {
            (publication_month(&s.date).unwrap_or((i32::MAX, 0)), *i)
        };
        for n in 1..sources.len() {
            let mut j = n;
            while j > 0 && key(&sources[j - 1]) > key(&sources[j]) {
                sources.swap(j - 1, j);
                j -= 1;
            }
        }
        let steps = sources
            .into_iter()
            .map(|(_, s)| Step {
                sources: SourceChoice::One(s.id.clone()),
                ..Step::home(data)
            })
            .collect();
        Self {
            kind: StoryKind::ClaimsOverTime,
            steps,
        }
    }
}

/// The year and month (1–12) of a source's date as the data writes it ("Oct 2023",
/// "about Jan 2026", "12 Dec 2022"); `None` if it names no month and year.
pub fn publication_month(date: &str) -> Option<(i32, u32)> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = date.split_whitespace().collect();
    let year: i32 = words.last()?.parse().ok()?;
    let month = words.iter().rev().skip(1).find_map(|w| {
        let w = w.to_ascii_lowercase();
        MONTHS
            .iter()
            .position(|m| w.starts_with(m))
            .map(|i| i as u32 + 1)
    })?;
    Some((year, month))
}

/// What is wrong with a caption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptionProblem {
    /// Longer than [`MAX_CAPTION_CHARS`].
    TooLong,
    /// It has a line break or another control character.
    NotOneLine,
}

impl CaptionProblem {
    /// Why the caption is refused, in `lang`.
    pub fn message(self, lang: Lang) -> String {
        match (self, lang) {
            (CaptionProblem::TooLong, Lang::En) => {
                format!("a caption has at most {MAX_CAPTION_CHARS} characters")
            }
            (CaptionProblem::TooLong, Lang::Ja) => {
                format!("説明文は{MAX_CAPTION_CHARS}文字以内です")
            }
            (CaptionProblem::NotOneLine, Lang::En) => "a caption is one line of plain text".into(),
            (CaptionProblem::NotOneLine, Lang::Ja) => "説明文は改行のない1行の文字列です".into(),
        }
    }
}

/// A caption as the reader will see it, or why it cannot be one; `None` if blank.
pub fn parse_caption(text: &str) -> Result<Option<String>, CaptionProblem> {
    let text = text.trim();
    if text.chars().count() > MAX_CAPTION_CHARS {
        return Err(CaptionProblem::TooLong);
    }
    if text.chars().any(char::is_control) {
        return Err(CaptionProblem::NotOneLine);
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

/// A caption typed in the Embed dialog, made fit for a story: one line, the step separator
/// replaced, cut to [`MAX_CAPTION_CHARS`].
pub fn clean_caption(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            STEP_SEPARATOR => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .take(MAX_CAPTION_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Longest step number read, in characters.
const MAX_STEP_DIGITS: usize = 3;

/// A step number written as text (`#step=N`, or a message's `step` given as a string): digits
/// only, from 1 to `count`.
pub fn parse_step_number(text: &str, count: usize) -> Result<usize, String> {
    let text = text.trim();
    if text.is_empty() || text.len() > MAX_STEP_DIGITS || !text.bytes().all(|b| b.is_ascii_digit())
    {
        return Err("the step must be a whole number".into());
    }
    let n: usize = text
        .parse()
        .map_err(|_| "the step must be a whole number")?;
    if (1..=count).contains(&n) {
        Ok(n)
    } else {
        Err(format!("the story has steps 1 to {count}"))
    }
}

/// A step number given as a JavaScript number (a message's `step`): a whole number from 1 to
/// `count`.
pub fn step_from_number(n: f64, count: usize) -> Result<usize, String> {
    if !(n.is_finite() && n.fract() == 0.0) {
        return Err("the step must be a whole number".into());
    }
    if n >= 1.0 && n <= count as f64 {
        Ok(n as usize)
    } else {
        Err(format!("the story has steps 1 to {count}"))
    }
}

/// The step a fragment asks for (`#step=N`, beside others such as AMP's `#amp=1`); `None` if
/// it asks for none the story has.
pub fn step_from_fragment(fragment: &str, count: usize) -> Option<usize> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > 256 {
        return None;
    }
    form_urlencoded::parse(fragment.as_bytes())
        .find(|(name, _)| name == "step")
        .and_then(|(_, value)| parse_step_number(&value, count).ok())
}

/// The `type` of the message a host sends to show a step: `{type, step}`.
pub const STEP_MESSAGE_TYPE: &str = "range-claims:step";

/// Most fields a step message may have: `type` and `step`, nothing else.
pub const MAX_MESSAGE_FIELDS: usize = 2;

/// A message's `step` field as it arrived.
#[derive(Debug, Clone, PartialEq)]
pub enum StepField {
    /// A number.
    Number(f64),
    /// A string (up to a few characters are read).
    Text(String),
    /// Missing, or anything else (an object, `null`, a boolean).
    Other,
}

/// The step a message asks for, if it is a well-formed step message for a story of `count`
/// steps: `type` is [`STEP_MESSAGE_TYPE`], it has no fields but those two, and
/// `step` is a step the story has. Anything else is `None`: the frame ignores it.
pub fn step_of_message(
    kind: Option<&str>,
    fields: usize,
    step: &StepField,
    count: usize,
) -> Option<usize> {
    if kind != Some(STEP_MESSAGE_TYPE) || fields > MAX_MESSAGE_FIELDS {
        return None;
    }
    match step {
        StepField::Number(n) => step_from_number(*n, count).ok(),
        StepField::Text(t) if t.len() <= MAX_STEP_DIGITS => parse_step_number(t, count).ok(),
        _ => None,
    }
}

/// How the Embed dialog names a step's view in `lang`: sources, launch point, projection and,
/// where not the defaults, unit and zoom ("Kyodo News · from Sasebo · Mercator").
pub fn describe_step(step: &Step, data: &DataSet, lang: Lang) -> String {
    let t = lang.text();
    let outlet = |id: &str| data.claims.outlet_of_in(id, lang);
    let sources = match &step.sources {
        SourceChoice::All => t.all_sources.to_owned(),
        SourceChoice::One(id) => outlet(id),
        SourceChoice::Compare(a, b) => lang.compared(&outlet(a), &outlet(b)),
    };
    let projection = match step.projection {
        ProjectionKind::Mercator => t.mercator,
        ProjectionKind::TrueDistance => t.true_distance,
    };
    lang.step_view(
        &sources,
        &step.launch.name_in(data, lang),
        projection,
        (step.unit != Unit::Km).then_some(step.unit),
        step.view.is_some(),
    )
}
