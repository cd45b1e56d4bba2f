//! Sharing the current view: a "Copy link" button (the URL already holds every choice), and
//! an "Embed" dialog with the copy-paste snippet for a newsroom's article.

use super::use_text;
use crate::i18n::{Lang, StepAction, Text};
use crate::rings::SourceChoice;
use crate::snippet::{embed_snippet, story_steps_hint, EmbedHost};
use crate::state::MapState;
use crate::story::{clean_caption, describe_step, Step, Story, MAX_CAPTION_CHARS, MAX_STEPS};
use crate::url_state::{query_fits, to_query, UrlState};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What happened to the last copy.
#[derive(Debug, Clone, PartialEq)]
enum Copied {
    /// Nothing copied yet.
    Idle,
    /// The link is on the clipboard.
    Done,
    /// The clipboard refused (no permission, insecure page): the link is shown to copy by hand.
    ByHand(String),
}

/// Copies the page's address, which holds every choice on the map, to the clipboard.
#[component]
pub fn CopyLink() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let copied = RwSignal::new(Copied::Idle);
    let writes = use_context::<super::url_sync::UrlWrites>();
    let copy = move |_| {
        // A shared link opens in the language it was shared in, whatever the browser's.
        if state.chosen_lang.get_untracked().is_none() {
            state.chosen_lang.set(Some(state.lang_untracked()));
        }
        // Queued behind the URL's own effect, so the address has the language by then.
        spawn_local(async move {
            // The address must hold the latest choice, even one made in the last frame.
            if let Some(w) = writes {
                w.flush();
            }
            let href = window().location().href().unwrap_or_default();
            let promise = window().navigator().clipboard().write_text(&href);
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => copied.set(Copied::Done),
                Err(_) => copied.set(Copied::ByHand(href)),
            }
        });
    };
    view! {
        <div class="share">
            <button type="button" data-testid="copy-link" on:click=copy>{t.copy_link}</button>
            <EmbedDialog />
            <super::export::ExportButtons />
            <span class="share-status" role="status" data-testid="copy-status">
                {move || match copied.get() {
                    Copied::Idle => None,
                    Copied::Done => Some(view! { {t.link_copied} }.into_any()),
                    Copied::ByHand(href) => Some(view! {
                        <label>
                            {t.copy_by_hand}
                            <input type="text" readonly data-testid="copy-fallback" prop:value=href
                                on:focus=move |ev| {
                                    use wasm_bindgen::JsCast;
                                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                        input.select();
                                    }
                                } />
                        </label>
                    }.into_any()),
                }}
            </span>
        </div>
    }
}

/// The build-made still image for a source choice in `lang`: one per source, all sources
/// otherwise; English in `static/`, Japanese in `static/ja/` (`scripts/static-images.sh`).
fn static_image_name(choice: &SourceChoice, lang: Lang) -> String {
    let dir = match lang {
        Lang::En => "static/",
        Lang::Ja => "static/ja/",
    };
    match choice {
        SourceChoice::One(id) => format!("{dir}map-{id}.png"),
        _ => format!("{dir}map-all.png"),
    }
}

/// What the dialog says under each host's snippet: how the frame gets its height.
fn host_note(t: &'static Text, host: EmbedHost) -> &'static str {
    match host {
        EmbedHost::Ours => t.host_note_ours,
        EmbedHost::PlainFrame => t.host_note_plain,
        EmbedHost::Pym => t.host_note_pym,
        EmbedHost::Amp => t.host_note_amp,
    }
}

/// A host's name in the dialog's picker.
fn host_label(t: &'static Text, host: EmbedHost) -> &'static str {
    match host {
        EmbedHost::Ours => t.host_ours,
        EmbedHost::PlainFrame => t.host_plain,
        EmbedHost::Pym | EmbedHost::Amp => host.label(),
    }
}

/// A button that opens a dialog with the embed snippet for the current view.

#[component]
fn EmbedDialog() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The page's address and the view's query when the dialog opened, and the host chosen.
    let target = RwSignal::new((String::new(), String::new()));
    let host = RwSignal::new(EmbedHost::Ours);
    // The view when the dialog opened, for "Add this view as a step".
    let shown = RwSignal::new(None::<UrlState>);
    let story = StoryDraft::new();
    // The snippet, and whether the map will read all of its address.
    let code = Memo::new(move |_| {
        let steps = story.steps();
        target.with(|(page, query)| {
            let Some(written) = Story::written(steps) else {
                return (
                    embed_snippet(host.get(), page, query, state.lang_untracked()),
                    true,
                );
            };
            // With a story the frame opens on its first step: only the theme stays of the view.
            let url = state.data.with_value(|d| UrlState {
                theme: state.theme.get_untracked(),
                lang: Some(state.lang_untracked()),
                embed: true,
                story: Some(written.clone()),
                ..UrlState::default_for(d)
            });
            let query = state.data.with_value(|d| to_query(&url, d));
            let code = embed_snippet(host.get(), page, &query, state.lang_untracked());
            let code = match host.get() {
                EmbedHost::Ours => format!(
                    "{code}\n{}",
                    story_steps_hint(written.steps.len(), state.lang_untracked())
                ),
                _ => code,
            };
            (code, query_fits(&query))
        })
    });
    let snippet = move || code.with(|(text, _)| text.clone());
    let too_long = move || code.with(|(_, fits)| !fits);
    // The default view's still until the dialog opens: an `<img>` needs a real `src`.
    let still = RwSignal::new(static_image_name(
        &state.sources.get_untracked(),
        state.lang_untracked(),
    ));
    let open = move |_| {
        let mut url = state.to_url();
        url.embed = true;
        url.story = None;
        // The frame shows the language the journalist sees, whatever each reader's browser.
        url.lang = Some(state.lang_untracked());
        let query = state.data.with_value(|d| to_query(&url, d));
        shown.set(Some(url));
        let location = window().location();
        let page = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        target.set((page, query));
        still.set(static_image_name(
            &state.sources.get_untracked(),
            state.lang_untracked(),
        ));
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    view! {
        <button type="button" data-testid="embed-open" on:click=open>{t.embed}</button>
        <dialog node_ref=dialog class="embed-dialog" data-testid="embed-dialog" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{t.embed_heading}</h2>
            <p>{t.embed_intro}</p>
            <label for="embed-host" class="small embed-field">{t.embed_host}</label>
            <select id="embed-host" data-testid="embed-host"
                on:change=move |ev| {
                    if let Some(h) = EmbedHost::from_id(&event_target_value(&ev)) {
                        host.set(h);
                    }
                }>
                {EmbedHost::ALL.into_iter().map(|h| view! {
                    <option value=h.id() selected=move || host.get() == h>{host_label(t, h)}</option>
                }).collect_view()}
            </select>
            <label for="embed-code" class="small embed-field">{t.embed_code}</label>
            <textarea id="embed-code" data-testid="embed-snippet" data-host=move || host.get().id()
                readonly rows="6" prop:value=snippet></textarea>
            <p class="small story-too-long" role="alert" data-testid="story-too-long"
                hidden=move || !too_long()>{t.story_too_long}</p>
            <p class="small">{move || host_note(t, host.get())}</p>
            <StoryBuilder story shown />
            <h3>{t.still_heading}</h3>
            <p class="small">{t.still_intro}</p>
            <div class="embed-still">
                <img data-testid="embed-still" src=move || still.get() width="240" height="180" loading="lazy"
                    alt=t.still_alt />
                <a href=move || still.get() download data-testid="embed-still-link">{t.still_download}</a>
            </div>
            <button type="button" data-testid="embed-close" on:click=close>{t.close}</button>
        </dialog>
    }
}

/// One step of the story the Embed dialog is building: its view and its caption as typed.
#[derive(Debug, Clone)]
struct DraftStep {
    /// Its key in the list (steps move up and down).
    id: u64,
    /// The view.
    step: Step,
    /// The caption being typed.
    caption: RwSignal<String>,
}

/// The story the Embed dialog builds, kept while the page is open so a journalist can close
/// the dialog, set up the next view and come back to add it.
#[derive(Debug, Clone, Copy)]
struct StoryDraft {
    list: RwSignal<Vec<DraftStep>>,
    next_id: StoredValue<u64>,
}

impl StoryDraft {
    fn new() -> Self {
        Self {
            list: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(0),
        }
    }

    /// The steps with their captions as typed (tracked).
    fn steps(self) -> Vec<Step> {
        self.list.with(|l| {
            l.iter()
                .map(|d| {
                    let caption = clean_caption(&d.caption.get());
                    Step {
                        caption: (!caption.is_empty()).then_some(caption),
                        ..d.step.clone()
                    }
                })
                .collect()
        })
    }

    fn push(self, step: Step) {
        if self.list.with_untracked(Vec::len) >= MAX_STEPS {
            return;
        }
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        let caption = RwSignal::new(step.caption.clone().unwrap_or_default());
        self.list
            .update(|l| l.push(DraftStep { id, step, caption }));
    }

    /// Moves the step `id` by `delta` places (−1 up, 1 down), or removes it (`None`).
    fn shift(self, id: u64, delta: Option<isize>) {
        self.list.update(|l| {
            let Some(i) = l.iter().position(|d| d.id == id) else {
                return;
            };
            match delta {
                None => {
                    l.remove(i);
                }
                Some(d) => {
                    let j = i.saturating_add_signed(d);
                    if j < l.len() {
                        l.swap(i, j);
                    }
                }
            }
        });
    }
}

/// The Embed dialog's story builder: add the current view as a step, start from the built-in
/// story, caption, reorder and remove steps.
#[component]
fn StoryBuilder(
    /// The story being built.
    story: StoryDraft,
    /// The view when the dialog opened.
    shown: RwSignal<Option<UrlState>>,
) -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
    let add = move |_| {
        if let Some(url) = shown.get_untracked() {
            story.push(Step::from_url(&url, None));
        }
    };
    let built_in = move |_| {
        story.list.set(Vec::new());
        // The built-in captions, in the dialog's language, become the author's to edit.
        state.data.with_value(|data| {
            let built = Story::claims_over_time(data);
            for (i, step) in built.steps.iter().enumerate() {
                story.push(Step {
                    caption: built.caption(i + 1, data, lang),
                    ..step.clone()
                });
            }
        });
    };
    let count = move || story.list.with(Vec::len);
    view! {
        <h3>{t.story_heading}</h3>
        <p class="small">{t.story_intro}</p>
        <div class="story-actions">
            <button type="button" class="secondary" data-testid="story-add" on:click=add
                disabled=move || { count() >= MAX_STEPS }>{t.story_add}</button>
            <button type="button" class="secondary" data-testid="story-builtin" on:click=built_in>
                {t.story_builtin}
            </button>
        </div>
        <ol class="story-steps" data-testid="story-steps">
            <For each=move || story.list.get() key=|d| d.id let(d)>
                {
                    let id = d.id;
                    let label = state.data.with_value(|data| describe_step(&d.step, data, lang));
                    let caption = d.caption;
                    let place = move || story.list.with(|l| l.iter().position(|x| x.id == id).unwrap_or(0));
                    view! {
                        <li data-testid="story-step">
                            <span class="story-step-view">{label}</span>
                            <input type="text" data-testid="story-step-caption" maxlength=MAX_CAPTION_CHARS.to_string()
                                placeholder=t.story_caption
                                aria-label=move || lang.step_action(StepAction::Caption, place() + 1)
                                prop:value=move || caption.get()
                                on:input=move |ev| caption.set(event_target_value(&ev)) />
                            <span class="story-step-buttons">
                                <button type="button" class="secondary" data-testid="story-step-up"
                                    aria-label=move || lang.step_action(StepAction::Up, place() + 1)
                                    disabled=move || { place() == 0 }
                                    on:click=move |_| story.shift(id, Some(-1))>"↑"</button>
                                <button type="button" class="secondary" data-testid="story-step-down"
                                    aria-label=move || lang.step_action(StepAction::Down, place() + 1)
                                    disabled=move || { place() + 1 >= count() }
                                    on:click=move |_| story.shift(id, Some(1))>"↓"</button>
                                <button type="button" class="secondary" data-testid="story-step-remove"
                                    aria-label=move || lang.step_action(StepAction::Remove, place() + 1)
                                    on:click=move |_| story.shift(id, None)>"✕"</button>
                            </span>
                        </li>
                    }
                }
            </For>
        </ol>
    }
}
