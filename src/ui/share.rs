//! Sharing the current view: a "Copy link" button (the URL already holds every choice), and
//! an "Embed" dialog with the copy-paste snippet for a newsroom's article.

use crate::rings::SourceChoice;
use crate::snippet::{embed_snippet, story_steps_hint, EmbedHost};
use crate::state::MapState;
use crate::story::{clean_caption, describe_step, Step, Story, MAX_CAPTION_CHARS, MAX_STEPS};
use crate::url_state::{to_query, UrlState};
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
    let copied = RwSignal::new(Copied::Idle);
    let writes = use_context::<super::url_sync::UrlWrites>();
    let copy = move |_| {
        // The address must hold the latest choice, even one made in the last frame.
        if let Some(w) = writes {
            w.flush();
        }
        let href = window().location().href().unwrap_or_default();
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&href);
        spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => copied.set(Copied::Done),
                Err(_) => copied.set(Copied::ByHand(href)),
            }
        });
    };
    view! {
        <div class="share">
            <button type="button" data-testid="copy-link" on:click=copy>"Copy link"</button>
            <EmbedDialog />
            <super::export::ExportButtons />
            <span class="share-status" role="status" data-testid="copy-status">
                {move || match copied.get() {
                    Copied::Idle => None,
                    Copied::Done => Some(view! { "Link copied: it opens this exact view." }.into_any()),
                    Copied::ByHand(href) => Some(view! {
                        <label>
                            "Copy this link: "
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

/// The build-made still image for a source choice: one per source, all sources otherwise.
fn static_image_name(choice: &SourceChoice) -> String {
    match choice {
        SourceChoice::One(id) => format!("static/map-{id}.png"),
        _ => "static/map-all.png".to_owned(),
    }
}

/// A button that opens a dialog with the embed snippet for the current view.
/// What the dialog says under each host's snippet: how the frame gets its height.
fn host_note(host: EmbedHost) -> &'static str {
    match host {
        EmbedHost::Ours => {
            "The frame sends its height as a message {type: \"range-claims:height\", height, \
             version: 1}; the script accepts it only from the map's own frame and origin."
        }
        EmbedHost::PlainFrame => {
            "Nothing on your page resizes this frame: it keeps the height in the code, enough \
             for the map and its legend on a phone. Change it to suit your layout."
        }
        EmbedHost::Pym => {
            "pym.js's Parent makes the frame and fits it: the map sends its height the way \
             pym.js reads it. Load pym.js 1.3 as your page already does."
        }
        EmbedHost::Amp => {
            "amp-iframe fits the frame to the height the map asks for (AMP's embed-size \
             message); AMP shows the overflow button when it cannot grow the frame at once."
        }
    }
}

#[component]
fn EmbedDialog() -> impl IntoView {
    let state = expect_context::<MapState>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The page's address and the view's query when the dialog opened, and the host chosen.
    let target = RwSignal::new((String::new(), String::new()));
    let host = RwSignal::new(EmbedHost::Ours);
    // The view when the dialog opened, for "Add this view as a step".
    let shown = RwSignal::new(None::<UrlState>);
    let story = StoryDraft::new();
    let snippet = move || {
        let steps = story.steps();
        target.with(|(page, query)| {
            let Some(written) = Story::written(steps) else {
                return embed_snippet(host.get(), page, query);
            };
            // With a story the frame opens on its first step: only the theme stays of the view.
            let url = state.data.with_value(|d| UrlState {
                theme: state.theme.get_untracked(),
                embed: true,
                story: Some(written.clone()),
                ..UrlState::default_for(d)
            });
            let query = state.data.with_value(|d| to_query(&url, d));
            let code = embed_snippet(host.get(), page, &query);
            match host.get() {
                EmbedHost::Ours => format!("{code}\n{}", story_steps_hint(written.steps.len())),
                _ => code,
            }
        })
    };
    let still = RwSignal::new(String::new());
    let open = move |_| {
        let mut url = state.to_url();
        url.embed = true;
        url.story = None;
        let query = state.data.with_value(|d| to_query(&url, d));
        shown.set(Some(url));
        let location = window().location();
        let page = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        target.set((page, query));
        still.set(static_image_name(&state.sources.get_untracked()));
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
        <button type="button" data-testid="embed-open" on:click=open>"Embed"</button>
        <dialog node_ref=dialog class="embed-dialog" data-testid="embed-dialog" aria-labelledby="embed-heading">
            <h2 id="embed-heading">"Embed this map"</h2>
            <p>
                "Pick the kind of page it goes in, and paste the code into your article's HTML. "
                "It shows the map as it is now, without the page around it."
            </p>
            <label for="embed-host" class="small embed-field">"Your page"</label>
            <select id="embed-host" data-testid="embed-host"
                on:change=move |ev| {
                    if let Some(h) = EmbedHost::from_id(&event_target_value(&ev)) {
                        host.set(h);
                    }
                }>
                {EmbedHost::ALL.into_iter().map(|h| view! {
                    <option value=h.id() selected=move || host.get() == h>{h.label()}</option>
                }).collect_view()}
            </select>
            <label for="embed-code" class="small embed-field">"Embed code"</label>
            <textarea id="embed-code" data-testid="embed-snippet" data-host=move || host.get().id()
                readonly rows="6" prop:value=snippet></textarea>
            <p class="small">{move || host_note(host.get())}</p>
            <StoryBuilder story shown />
            <h3>"Or a still image"</h3>
            <p class="small">
                "Where scripts or frames are not allowed, use this picture of the default view "
                "(rings from Sasebo), drawn when the map is built:"
            </p>
            <div class="embed-still">
                <img data-testid="embed-still" src=move || still.get() width="240" height="180" loading="lazy"
                    alt="Still map: range rings from Sasebo for the chosen source" />
                <a href=move || still.get() download data-testid="embed-still-link">"Download the still image (PNG)"</a>
            </div>
            <button type="button" data-testid="embed-close" on:click=close>"Close"</button>
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
    let add = move |_| {
        if let Some(url) = shown.get_untracked() {
            story.push(Step::from_url(&url, None));
        }
    };
    let built_in = move |_| {
        story.list.set(Vec::new());
        for step in state.data.with_value(Story::claims_over_time).steps {
            story.push(step);
        }
    };
    let count = move || story.list.with(Vec::len);
    view! {
        <h3>"A story: steps your article scrolls through"</h3>
        <p class="small">
            "Add views as steps; the code above then shows them in turn as your reader scrolls past "
            "the text you mark for each step. Close this dialog to set up the next view, then add it."
        </p>
        <div class="story-actions">
            <button type="button" class="secondary" data-testid="story-add" on:click=add
                disabled=move || { count() >= MAX_STEPS }>"Add this view as a step"</button>
            <button type="button" class="secondary" data-testid="story-builtin" on:click=built_in>
                {format!("Use “{}”", crate::story::CLAIMS_OVER_TIME_TITLE)}
            </button>
        </div>
        <ol class="story-steps" data-testid="story-steps">
            <For each=move || story.list.get() key=|d| d.id let(d)>
                {
                    let id = d.id;
                    let label = state.data.with_value(|data| describe_step(&d.step, data));
                    let caption = d.caption;
                    let place = move || story.list.with(|l| l.iter().position(|x| x.id == id).unwrap_or(0));
                    view! {
                        <li data-testid="story-step">
                            <span class="story-step-view">{label}</span>
                            <input type="text" data-testid="story-step-caption" maxlength=MAX_CAPTION_CHARS.to_string()
                                placeholder="Caption (optional)"
                                aria-label=move || format!("Caption of step {}", place() + 1)
                                prop:value=move || caption.get()
                                on:input=move |ev| caption.set(event_target_value(&ev)) />
                            <span class="story-step-buttons">
                                <button type="button" class="secondary" data-testid="story-step-up"
                                    aria-label=move || format!("Move step {} up", place() + 1)
                                    disabled=move || { place() == 0 }
                                    on:click=move |_| story.shift(id, Some(-1))>"↑"</button>
                                <button type="button" class="secondary" data-testid="story-step-down"
                                    aria-label=move || format!("Move step {} down", place() + 1)
                                    disabled=move || { place() + 1 >= count() }
                                    on:click=move |_| story.shift(id, Some(1))>"↓"</button>
                                <button type="button" class="secondary" data-testid="story-step-remove"
                                    aria-label=move || format!("Remove step {}", place() + 1)
                                    on:click=move |_| story.shift(id, None)>"✕"</button>
                            </span>
                        </li>
                    }
                }
            </For>
        </ol>
    }
}
