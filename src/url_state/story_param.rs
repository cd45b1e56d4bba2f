//! The `story` parameter's syntax (see [`crate::story`] for what a story is): reading a
//! written story step by step with the URL's own value parsers, writing it back, and the
//! step a page opens on. It lives with the URL's other parameters so that a story's steps,
//! which are URL views, do not make the story model depend on the URL's parser.

use super::{
    parse_compare, parse_projection, parse_site, parse_source, parse_unit, parse_view,
    projection_value, site_value, view_value, Refusal, UrlState,
};
use crate::i18n::Lang;
use crate::model::DataSet;
use crate::rings::SourceChoice;
use crate::story::{
    clean_caption, parse_caption, step_from_fragment, CaptionProblem, Step, Story, StoryKind,
    CAPTION_FIELD, CLAIMS_OVER_TIME, FIELD_SEPARATOR, MAX_STEPS, STEP_SEPARATOR,
};

impl Step {
    /// The step that shows what `url` shows (its view choices; theme and embedding aside).
    pub fn from_url(url: &UrlState, caption: Option<String>) -> Self {
        Self {
            sources: url.sources.clone(),
            launch: url.launch.clone(),
            projection: url.projection,
            unit: url.unit,
            view: url.view,
            caption,
        }
    }

    /// `url` showing this step: its view choices replaced, its theme, embedding and story
    /// kept.
    pub fn applied_to(&self, url: &UrlState) -> UrlState {
        UrlState {
            sources: self.sources.clone(),
            launch: self.launch.clone(),
            projection: self.projection,
            unit: self.unit,
            view: self.view,
            ..url.clone()
        }
    }

    /// Whether `url` shows this step's choices, whatever its map view (a reader's pan does not
    /// leave the step; a new source does).
    pub fn choices_match(&self, url: &UrlState) -> bool {
        self.sets(&url.sources, &url.launch, url.projection, url.unit)
    }
}

/// Why a written story cannot be read. [`StoryError::message`] says it in the reader's
/// language; `Display` is the English. Field names and values stay as written: they are the
/// words in the address.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryError {
    /// More steps than [`MAX_STEPS`].
    TooManySteps {
        /// How many the story has.
        count: usize,
    },
    /// One step is wrong.
    Step {
        /// Its number, from 1.
        number: usize,
        /// What is wrong with it.
        problem: StepProblem,
    },
}

/// What is wrong with one written step.
#[derive(Debug, Clone, PartialEq)]
pub enum StepProblem {
    /// Nothing is written.
    Empty,
    /// A field without `name:` (the text, cut short).
    NotNameValue(String),
    /// A field given twice.
    Repeated(String),
    /// Both `source` and `compare`.
    SourceAndCompare,
    /// A setting's value is refused (the same reasons as the URL's own parameter).
    Setting {
        /// The field's name.
        name: String,
        /// Why its value is refused.
        why: Refusal,
    },
    /// A field the step does not have (its name, cut short).
    UnknownSetting(String),
    /// The caption is wrong.
    Caption(CaptionProblem),
}

/// The fields a step can have, for the message on an unknown one.
const STEP_FIELDS: &str = "source, compare, site, proj, unit, view, text";

impl StepProblem {
    /// What is wrong with the step, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match self {
            StepProblem::Empty if ja => {
                format!(
                    "何も書かれていません（少なくとも source:ID か {CAPTION_FIELD}:… を書きます）"
                )
            }
            StepProblem::Empty => {
                format!("it is empty (write at least source:ID or {CAPTION_FIELD}:…)")
            }
            StepProblem::NotNameValue(t) if ja => format!("「{t}」は 名前:値 の形ではありません"),
            StepProblem::NotNameValue(t) => format!("“{t}” is not name:value"),
            StepProblem::Repeated(name) if ja => format!("{name}が2回以上書かれています"),
            StepProblem::Repeated(name) => format!("{name} is given more than once"),
            StepProblem::SourceAndCompare if ja => {
                "1つの手順で示すのは1つの報道か比較する2つの報道のどちらかです".into()
            }
            StepProblem::SourceAndCompare => {
                "a step shows one source or a compared pair, not both".into()
            }
            StepProblem::Setting { name, why } if ja => format!("{name}：{}", why.message(lang)),
            StepProblem::Setting { name, why } => format!("{name}: {}", why.message(lang)),
            StepProblem::UnknownSetting(name) if ja => {
                format!("手順に「{name}」という設定はありません（{STEP_FIELDS}）")
            }
            StepProblem::UnknownSetting(name) => {
                format!("a step has no setting “{name}” ({STEP_FIELDS})")
            }
            StepProblem::Caption(c) => c.message(lang),
        }
    }
}

impl StoryError {
    /// What is wrong with the story, in `lang`: the step and the problem.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (StoryError::TooManySteps { count }, Lang::En) => {
                format!("a story has at most {MAX_STEPS} steps; this one has {count}")
            }
            (StoryError::TooManySteps { count }, Lang::Ja) => {
                format!("ストーリーの手順は{MAX_STEPS}個までです（この指定は{count}個）")
            }
            (StoryError::Step { number, problem }, Lang::En) => {
                format!("step {number}: {}", problem.message(lang))
            }
            (StoryError::Step { number, problem }, Lang::Ja) => {
                format!("手順{number}：{}", problem.message(lang))
            }
        }
    }
}

impl std::fmt::Display for StoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoryError {}

/// Reads the `story` parameter's value: the built-in story's name, or steps written out (see
/// the module's documentation). An error names the step and what is wrong.
pub fn parse_story(value: &str, data: &DataSet) -> Result<Story, StoryError> {
    if value == CLAIMS_OVER_TIME {
        return Ok(Story::claims_over_time(data));
    }
    let written: Vec<&str> = value.split(STEP_SEPARATOR).collect();
    if written.len() > MAX_STEPS {
        return Err(StoryError::TooManySteps {
            count: written.len(),
        });
    }
    let steps = written
        .iter()
        .enumerate()
        .map(|(i, text)| {
            parse_step(text, data).map_err(|problem| StoryError::Step {
                number: i + 1,
                problem,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Story {
        kind: StoryKind::Written,
        steps,
    })
}

/// Reads one written step.
fn parse_step(text: &str, data: &DataSet) -> Result<Step, StepProblem> {
    let mut step = Step::home(data);
    let mut rest = text.trim();
    if rest.is_empty() {
        return Err(StepProblem::Empty);
    }
    let mut seen: Vec<&str> = Vec::new();
    let mut sources_given = false;
    while !rest.is_empty() {
        let (name, after) = rest
            .split_once(':')
            .ok_or_else(|| StepProblem::NotNameValue(echo(rest)))?;
        let name = name.trim();
        if seen.contains(&name) {
            return Err(StepProblem::Repeated(name.to_owned()));
        }
        seen.push(name);
        if name == CAPTION_FIELD {
            step.caption = parse_caption(after).map_err(StepProblem::Caption)?;
            break;
        }
        let (value, next) = after.split_once(FIELD_SEPARATOR).unwrap_or((after, ""));
        let value = value.trim();
        rest = next.trim_start();
        let problem = |why: Refusal| StepProblem::Setting {
            name: name.to_owned(),
            why,
        };
        match name {
            "source" | "compare" if sources_given => return Err(StepProblem::SourceAndCompare),
            "source" => {
                step.sources = parse_source(value, data).map_err(problem)?;
                sources_given = true;
            }
            "compare" => {
                step.sources = parse_compare(value, data).map_err(problem)?;
                sources_given = true;
            }
            "site" => step.launch = parse_site(value, data).map_err(problem)?,
            "proj" => step.projection = parse_projection(value).map_err(problem)?,
            "unit" => step.unit = parse_unit(value).map_err(problem)?,
            "view" => step.view = Some(parse_view(value).map_err(problem)?),
            _ => return Err(StepProblem::UnknownSetting(echo(name))),
        }
    }
    Ok(step)
}

fn echo(text: &str) -> String {
    const MAX: usize = 24;
    if text.chars().count() > MAX {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    } else {
        text.to_owned()
    }
}

/// The `story` parameter's value for `story` (before URL encoding): its name if built in, else
/// its steps written out, each field left out where it has the default value, except the
/// source, so no step is empty.
pub fn write_story(story: &Story, data: &DataSet) -> String {
    match story.kind {
        StoryKind::ClaimsOverTime => CLAIMS_OVER_TIME.to_owned(),
        StoryKind::Written => story
            .steps
            .iter()
            .map(|s| write_step(s, data))
            .collect::<Vec<_>>()
            .join(&STEP_SEPARATOR.to_string()),
    }
}

fn write_step(step: &Step, data: &DataSet) -> String {
    let defaults = Step::home(data);
    let mut fields = vec![match &step.sources {
        SourceChoice::All => "source:all".to_owned(),
        SourceChoice::One(id) => format!("source:{id}"),
        SourceChoice::Compare(a, b) => format!("compare:{a},{b}"),
    }];
    if step.launch != defaults.launch {
        fields.push(format!("site:{}", site_value(&step.launch)));
    }
    if step.projection != defaults.projection {
        fields.push(format!("proj:{}", projection_value(step.projection)));
    }
    if step.unit != defaults.unit {
        fields.push(format!("unit:{}", step.unit.symbol()));
    }
    if let Some(v) = step.view {
        fields.push(format!("view:{}", view_value(v)));
    }
    if let Some(c) = &step.caption {
        fields.push(format!("{CAPTION_FIELD}:{}", clean_caption(c)));
    }
    fields.join(&FIELD_SEPARATOR.to_string())
}

/// The step a page with a story opens on: the one its fragment names (`#step=N`); else, if
/// the URL asks for a view of its own (a frame's address the map has written its view into),
/// the first step showing those choices, or none (the URL's view is shown); else the first.
/// `None` without a story.
pub fn opening_step(url: &UrlState, fragment: &str, data: &DataSet) -> Option<usize> {
    let story = url.story.as_ref()?;
    if let Some(n) = step_from_fragment(fragment, story.steps.len()) {
        return Some(n);
    }
    let own_view = url.view.is_some() || !Step::home(data).choices_match(url);
    if !own_view {
        return Some(1);
    }
    story
        .steps
        .iter()
        .position(|s| s.choices_match(url))
        .map(|i| i + 1)
}

/// The state a page opens on for `url` and its fragment, and the story step that is (see
/// [`opening_step`]): the step's choices and view applied, unless the URL already shows that
/// step's choices with a view of its own (the map wrote the reader's view into its address),
/// which stays.
pub fn open_story(url: UrlState, fragment: &str, data: &DataSet) -> (UrlState, Option<usize>) {
    let opening = opening_step(&url, fragment, data);
    let step = opening.and_then(|n| url.story.as_ref()?.step(n));
    let url = match step {
        Some(step) if !(step.choices_match(&url) && url.view.is_some()) => step.applied_to(&url),
        _ => url,
    };
    (url, opening)
}
