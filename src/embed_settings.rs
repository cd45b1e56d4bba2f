//! What a newsroom chose in the editor for its embed (the view it opens on, the sources it
//! offers and in what order, its story), and the map's address that says it. Pure, so tested
//! natively: every snippet the editor makes reads back through the map's own parser.

use crate::added::AddedClaim;
use crate::i18n::Lang;
use crate::model::DataSet;
use crate::rings::{Offer, SourceChoice};
use crate::snippet::{embed_snippet, story_steps_hint, EmbedHost};
use crate::story::{Step, Story, StoryKind};
use crate::url_state::{to_query, UrlState};

/// One source in the editor's list: its id and whether the embed offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferedSource {
    /// The source's id in `data/sources.json`.
    pub id: String,
    /// Whether the embed offers it.
    pub ticked: bool,
}

/// Everything the editor sets for an embed.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedSettings {
    /// The view the embed opens on: sources shown, launch point, projection, unit, map view,
    /// theme and language (its `embed`, `story` and `offered` are set from the rest).
    pub view: UrlState,
    /// Every source, in the order the embed's switcher lists them, ticked if offered.
    pub offer: Vec<OfferedSource>,
    /// The story's steps, with their captions (none: no story).
    pub story: Vec<Step>,
    /// The newsroom's own claims (each checked by the editor before it is added).
    pub added: Vec<AddedClaim>,
}

impl EmbedSettings {
    /// The settings for the map's view `url` (as the map's "Embed or download" link carries
    /// it): its sources list first, in its order, then the rest unticked; a written story's
    /// steps as they are, the built-in story's with its captions in `lang`.
    pub fn from_url(url: UrlState, data: &DataSet, lang: Lang) -> Self {
        let mut offer: Vec<OfferedSource> = match &url.offered {
            Some(ids) => ids
                .iter()
                .map(|id| OfferedSource {
                    id: id.clone(),
                    ticked: true,
                })
                .collect(),
            None => Vec::new(),
        };
        for s in &data.claims.sources {
            if !offer.iter().any(|o| o.id == s.id) {
                offer.push(OfferedSource {
                    id: s.id.clone(),
                    ticked: url.offered.is_none(),
                });
            }
        }
        let story = match &url.story {
            Some(story) if story.kind == StoryKind::ClaimsOverTime => (1..=story.steps.len())
                .filter_map(|n| {
                    let step = story.step(n)?;
                    Some(Step {
                        caption: story.caption(n, data, lang),
                        ..step.clone()
                    })
                })
                .collect(),
            Some(story) => story.steps.clone(),
            None => Vec::new(),
        };
        let added = url.added.clone();
        let view = UrlState {
            embed: false,
            story: None,
            offered: None,
            added: Vec::new(),
            lang: Some(url.lang.unwrap_or(lang)),
            ..url
        };
        let mut settings = Self {
            view,
            offer,
            story,
            added,
        };
        settings.fit_view_to_offer(data);
        settings
    }

    /// The ids of the ticked sources, in order; `None` when that is every source in the data's
    /// order (the map's default, left out of the address) or none at all (the map then offers
    /// every source, as the editor says).
    pub fn offered(&self, data: &DataSet) -> Option<Vec<String>> {
        let ids: Vec<String> = self
            .offer
            .iter()
            .filter(|o| o.ticked)
            .map(|o| o.id.clone())
            .collect();
        let every = ids.len() == data.claims.sources.len()
            && data
                .claims
                .sources
                .iter()
                .zip(&ids)
                .all(|(s, id)| &s.id == id);
        (!ids.is_empty() && !every).then_some(ids)
    }

    /// The offer as the map reads it.
    pub fn offer(&self, data: &DataSet) -> Offer {
        Offer(self.offered(data))
    }

    /// Makes the opening view one the offer allows: a source no longer offered gives way to
    /// "All sources", and so does a comparison once fewer than two of its sources are offered.
    /// Story steps showing a source no longer offered show "All sources" too.
    pub fn fit_view_to_offer(&mut self, data: &DataSet) {
        let offer = self.offer(data);
        let added = self.added.len();
        let names = |id: &str| {
            data.claims.source(id).is_some()
                || (1..=added).any(|n| crate::added::added_source_id(n) == id)
        };
        let fits = |choice: &SourceChoice| match choice {
            SourceChoice::All => true,
            SourceChoice::One(id) => offer.includes(id) && names(id),
            SourceChoice::Compare(a, b) => {
                offer.includes(a) && offer.includes(b) && names(a) && names(b)
            }
        };
        if !fits(&self.view.sources) {
            self.view.sources = SourceChoice::All;
        }
        for step in &mut self.story {
            if !fits(&step.sources) {
                step.sources = SourceChoice::All;
            }
        }
    }

    /// The embed's own state: the view, framed, with the offer, and with a story its steps
    /// (the frame then opens on the first; of the view only the theme and language stay).
    pub fn embed_url(&self, data: &DataSet) -> UrlState {
        let offered = self.offered(data);
        match Story::written(self.story.clone()) {
            Some(story) => UrlState {
                theme: self.view.theme,
                lang: self.view.lang,
                embed: true,
                story: Some(story),
                offered,
                added: self.added.clone(),
                ..UrlState::default_for(data)
            },
            None => UrlState {
                embed: true,
                story: None,
                offered,
                added: self.added.clone(),
                ..self.view.clone()
            },
        }
    }

    /// The embed's query (without `?`).
    pub fn embed_query(&self, data: &DataSet) -> String {
        to_query(&self.embed_url(data), data)
    }

    /// The embed code for `host`, for the map served at `page_url` (the directory of the map's
    /// pages, ending in `/`), in the embed's language.
    pub fn snippet(&self, host: EmbedHost, page_url: &str, data: &DataSet) -> String {
        let lang = self.view.lang.unwrap_or(Lang::En);
        let code = embed_snippet(host, page_url, &self.embed_query(data), lang);
        match (host, Story::written(self.story.clone())) {
            (EmbedHost::Ours, Some(story)) => {
                format!("{code}\n{}", story_steps_hint(story.steps.len(), lang))
            }
            _ => code,
        }
    }
}
