//! The newsroom's editor (`editor.html`, its own wasm binary, `src/bin/editor.rs`): the embed's
//! opening view, the sources it offers, its story, the embed code for each kind of host page,
//! the still image and the downloads, beside a live preview of the reader's map in a frame.
//! The reader's map (`index.html`, `ja.html`) carries none of this: it only links here.
//!
//! What the editor sets is one [`EmbedSettings`] (pure, in [`crate::embed_settings`]); the
//! preview, the snippet and the downloads are all made from it.

mod add_claim;
mod downloads;
mod embed_code;
mod preview;
mod source_pick;
mod story_builder;
pub mod text;
mod view_form;

use crate::embed_settings::{EmbedSettings, OfferedSource};
use crate::i18n::Lang;
use crate::model::DataSet;
use crate::story::Step;
use crate::ui::language_switch::language_switch;
use crate::url_state::{parse_query, to_query, UrlState};
use leptos::prelude::*;
use story_builder::StoryDraft;
use text::{editor_text, EditorText};

/// The editor's state, in context: what the newsroom chose, and how it previews it.
#[derive(Debug, Clone, Copy)]
pub struct Editor {
    /// The data, loaded once.
    pub data: StoredValue<DataSet>,
    /// The editor's own language (its words; the embed's language is in `view`).
    pub ui_lang: RwSignal<Lang>,
    /// The view the embed opens on (see [`EmbedSettings::view`]).
    pub view: RwSignal<UrlState>,
    /// Every source, ticked if the embed offers it, in the switcher's order.
    pub offer: RwSignal<Vec<OfferedSource>>,
    /// The story being built.
    pub story: StoryDraft,
    /// The newsroom's own claims, each checked when added.
    pub added: RwSignal<Vec<crate::added::AddedClaim>>,
    /// The preview frame's width, CSS px.
    pub preview_width_px: RwSignal<u32>,
    /// The story step shown in the preview (from 1), or `None` for the embed's opening view.
    pub preview_step: RwSignal<Option<usize>>,
    /// Everything above as one value, the one source of the preview, snippet and downloads.
    pub settings: Memo<EmbedSettings>,
}

impl Editor {
    /// The editor on the map's view `url`, in `lang`.
    fn new(data: DataSet, url: UrlState, lang: Lang) -> Self {
        let start = EmbedSettings::from_url(url, &data, lang);
        let view = RwSignal::new(start.view.clone());
        let offer = RwSignal::new(start.offer.clone());
        let story = StoryDraft::new(start.story);
        let added = RwSignal::new(start.added);
        let data = StoredValue::new(data);
        let settings = Memo::new(move |_| {
            let mut s = EmbedSettings {
                view: view.get(),
                offer: offer.get(),
                story: story.steps(),
                added: added.get(),
            };
            data.with_value(|d| s.fit_view_to_offer(d));
            s
        });
        Self {
            data,
            ui_lang: RwSignal::new(lang),
            view,
            offer,
            story,
            added,
            preview_width_px: RwSignal::new(360),
            preview_step: RwSignal::new(None),
            settings,
        }
    }

    /// The editor's words, for a component being built (the page is rebuilt when the editor's
    /// language changes).
    pub fn text(&self) -> &'static EditorText {
        editor_text(self.ui_lang.get_untracked())
    }

    /// The story's steps now (untracked).
    pub fn steps_untracked(&self) -> Vec<Step> {
        self.settings.with_untracked(|s| s.story.clone())
    }
}

/// The editor's context.
pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}

/// Mounts the editor on `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    mount_to_body(EditorApp);
}

/// The language the editor opens in: the link's `lang`, else the reader's browser's
/// (Japanese when it comes before English), as the map chooses.
fn opening_lang(url: &UrlState) -> Lang {
    url.lang.unwrap_or_else(|| {
        let languages = window().navigator().languages();
        for tag in languages.iter().filter_map(|v| v.as_string()) {
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_lowercase();
            if let Some(lang) = Lang::from_id(&primary) {
                return lang;
            }
        }
        Lang::En
    })
}

/// The whole editor.
#[component]
pub fn EditorApp() -> impl IntoView {
    let data = match DataSet::load_embedded() {
        Ok(data) => data,
        Err(err) => {
            return view! {
                <main class="data-error" role="alert" data-testid="data-error">
                    <p>{err.to_string()}</p>
                </main>
            }
            .into_any()
        }
    };
    let query = window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_owned();
    // What the link asked for that the map would not take is left out here too: the notice
    // is the map's business; the editor only ever writes what the map reads.
    let (url, _ignored) = parse_query(&query, &data);
    let lang = opening_lang(&url);
    let editor = Editor::new(data, url, lang);
    provide_context(editor);
    keep_address(editor);
    // <html lang> and the title follow the editor's language.
    Effect::new(move |_| {
        let lang = editor.ui_lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.id());
        }
        document().set_title(editor_text(lang).title);
    });
    (move || {
        editor.ui_lang.track();
        untrack(editor_view)
    })
    .into_any()
}

/// Keeps the editor's address on what it edits, so a reload or a shared editor link opens on
/// the same settings.
fn keep_address(editor: Editor) {
    Effect::new(move |_| {
        let query = editor.settings.with(|s| {
            editor.data.with_value(|d| {
                // The view as set (with a story the embed leaves it out; the editor keeps it).
                let url = UrlState {
                    story: crate::story::Story::written(s.story.clone()),
                    offered: s.offered(d),
                    added: s.added.clone(),
                    ..s.view.clone()
                };
                to_query(&url, d)
            })
        });
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("?{query}")),
            );
        }
    });
}

/// The editor's markup in its language now.
fn editor_view() -> impl IntoView {
    let editor = use_editor();
    let et = editor.text();
    let back = move || {
        editor.settings.with(|s| {
            editor.data.with_value(|d| {
                let mut url = s.embed_url(d);
                url.embed = false;
                url.story = None;
                format!("./?{}", to_query(&url, d))
            })
        })
    };
    view! {
        <header class="page-header editor-header">
            <EditorLanguage />
            <h1>{et.title}</h1>
            <p class="lede">{et.intro}</p>
            <p><a href=back data-testid="back-to-map">{et.back_to_map}</a></p>
        </header>
        <main class="editor">
            <div class="editor-settings">
                <view_form::ViewForm />
                <source_pick::SourcePick />
                <add_claim::AddClaim />
                <story_builder::StoryBuilder />
                <embed_code::EmbedCode />
                <downloads::Downloads />
            </div>
            <preview::Preview />
        </main>
    }
}

/// English / 日本語 for the editor's own words.
#[component]
fn EditorLanguage() -> impl IntoView {
    let editor = use_editor();
    let et = editor.text();
    let now = editor.ui_lang.get_untracked();
    language_switch(et.editor_language, now, move |l| editor.ui_lang.set(l))
}
