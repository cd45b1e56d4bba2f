//! The story builder: add the embed's view as a step, start from the built-in story, caption,
//! reorder and remove steps, and show any step in the preview.

use super::use_editor;
use crate::i18n::StepAction;
use crate::story::{clean_caption, describe_step, Step, Story, MAX_CAPTION_CHARS, MAX_STEPS};
use leptos::prelude::*;

/// One step of the story being built: its view and its caption as typed.
#[derive(Debug, Clone)]
struct DraftStep {
    /// Its key in the list (steps move up and down).
    id: u64,
    /// The view.
    step: Step,
    /// The caption being typed.
    caption: RwSignal<String>,
}

/// The story being built, kept while the editor is open.
#[derive(Debug, Clone, Copy)]
pub struct StoryDraft {
    list: RwSignal<Vec<DraftStep>>,
    next_id: StoredValue<u64>,
}

impl StoryDraft {
    /// A draft holding `steps`.
    pub fn new(steps: Vec<Step>) -> Self {
        let draft = Self {
            list: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(0),
        };
        for step in steps {
            draft.push(step);
        }
        draft
    }

    /// The steps with their captions as typed (tracked).
    pub fn steps(self) -> Vec<Step> {
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

/// The story builder's section.
#[component]
pub fn StoryBuilder() -> impl IntoView {
    let editor = use_editor();
    let story = editor.story;
    let lang = editor.ui_lang.get_untracked();
    let t = lang.text();
    let et = editor.text();
    let add = move |_| {
        let step = Step::from_url(&editor.settings.with_untracked(|s| s.view.clone()), None);
        story.push(step);
    };
    let built_in = move |_| {
        story.list.set(Vec::new());
        editor.preview_step.set(None);
        // The built-in captions, in the editor's language, become the author's to edit.
        editor.data.with_value(|data| {
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
    // A step shown in the preview that is gone: the preview goes back to the opening view.
    Effect::new(move |_| {
        let n = count();
        if editor.preview_step.get_untracked().is_some_and(|s| s > n) {
            editor.preview_step.set(None);
        }
    });
    view! {
        <section class="editor-section" aria-labelledby="story-heading">
            <h2 id="story-heading">{et.story_heading}</h2>
            <p class="small">{et.story_intro}</p>
            <div class="story-actions">
                <button type="button" class="secondary" data-testid="story-add" on:click=add
                    disabled=move || { count() >= MAX_STEPS }>{et.story_add}</button>
                <button type="button" class="secondary" data-testid="story-builtin" on:click=built_in>
                    {et.story_builtin}
                </button>
            </div>
            <ol class="story-steps" data-testid="story-steps">
                <For each=move || story.list.get() key=|d| d.id let(d)>
                    {
                        let id = d.id;
                        let label = editor.data.with_value(|data| describe_step(&d.step, data, lang));
                        let caption = d.caption;
                        let place = move || story.list.with(|l| l.iter().position(|x| x.id == id).unwrap_or(0));
                        let previewed = move || editor.preview_step.get() == Some(place() + 1);
                        view! {
                            <li data-testid="story-step" data-previewed=move || previewed().to_string()>
                                <button type="button" class="story-step-view link-button" data-testid="story-step-preview"
                                    aria-pressed=move || previewed().to_string()
                                    aria-label=move || format!("{}{}: {label}", et.step_preview, place() + 1)
                                    on:click=move |_| editor.preview_step.set(Some(place() + 1))>
                                    {label.clone()}
                                </button>
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
        </section>
    }
}
