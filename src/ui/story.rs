//! A story on the map (`story=` in the URL, see [`crate::story`]): the bar that shows the
//! step and its caption, the move from one step to the next, and the host's way of choosing
//! the step (a `range-claims:step` message from the parent window, or `#step=N`).
//!
//! A move eases the map view over [`EASE`] by moving the drawn map (as a gesture does, see
//! [`ViewPreview`]) and draws it once at the end; rings that stay keep their nodes, rings that
//! go fade out as copies, rings that come fade in. A reader who prefers reduced motion gets
//! the new view at once. A new step while one is still easing starts from where the map is.

use super::map::view_preview::ViewPreview;
use crate::projection::Projection;
use crate::state::{home_view, url_viewport, MapState};
use crate::story::{step_of_message, StepField, MAX_MESSAGE_FIELDS};
use crate::viewport::{ease_in_out, Viewport};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long a step's move takes.
const EASE: Duration = Duration::from_millis(600);

/// How long a ring takes to fade in or out (matches `.ring-entering` and `.ring-leaving`).
const FADE: Duration = Duration::from_millis(450);

/// The class of the group that holds the fading copies of rings that went (in `RingsLayer`).
pub const RING_GHOSTS_CLASS: &str = "ring-ghosts";

/// The step move in progress, if any: each move (and each gesture) takes a new number, and a
/// frame of an older move stops it.
#[derive(Debug, Clone, Copy)]
pub struct StepMotion(StoredValue<u64>);

impl StepMotion {
    /// Provides the motion counter (once, for the page).
    pub fn provide() {
        provide_context(Self(StoredValue::new(0)));
    }

    /// Stops any move in progress (a reader's gesture takes over the map).
    pub fn cancel(self) {
        self.0.update_value(|n| *n += 1);
    }

    fn start(self) -> u64 {
        self.cancel();
        self.0.get_value()
    }

    fn is_current(self, id: u64) -> bool {
        self.0.try_get_value() == Some(id)
    }
}

/// The step the map shows now: the last one moved to, while the reader's choices are still
/// that step's (a pan or zoom does not leave it; a new source or site does). Tracked.
pub fn shown_step(state: MapState) -> Option<usize> {
    let n = state.step.get()?;
    // Only the four choices a step sets are read: the view (every pan) is not, and no URL
    // state is built.
    let (sources, launch) = (state.sources.get(), state.launch.get());
    let (projection, unit) = (state.projection_kind.get(), state.unit.get());
    state
        .story
        .with_value(|s| {
            Some(
                s.as_ref()?
                    .step(n)?
                    .sets(&sources, &launch, projection, unit),
            )
        })
        .unwrap_or(false)
        .then_some(n)
}

/// [`shown_step`], read without tracking.
pub fn shown_step_untracked(state: MapState) -> Option<usize> {
    untrack(|| shown_step(state))
}

/// The number of steps of the page's story (0 without one).
fn step_count(state: MapState) -> usize {
    state
        .story
        .with_value(|s| s.as_ref().map_or(0, |s| s.steps.len()))
}

/// Whether the reader asks for reduced motion.
fn reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// What a move between steps needs, taken from context once (event listeners run outside
/// the reactive owner).
#[derive(Debug, Clone, Copy)]
struct Stepper {
    state: MapState,
    motion: StepMotion,
    preview: ViewPreview,
}

impl Stepper {
    fn from_context() -> Self {
        Self {
            state: expect_context::<MapState>(),
            motion: expect_context::<StepMotion>(),
            preview: expect_context::<ViewPreview>(),
        }
    }

    fn go(self, n: usize) {
        go_to_step(self, n);
    }
}

/// Shows step `n` (from 1) of the page's story; does nothing if there is no such step.
fn go_to_step(stepper: Stepper, n: usize) {
    let Stepper {
        state,
        motion,
        preview,
    } = stepper;
    let Some(step) = state
        .story
        .with_value(|s| s.as_ref().and_then(|s| s.step(n).cloned()))
    else {
        return;
    };
    let id = motion.start();
    let animate = !reduced_motion();
    let before = if animate { ring_nodes() } else { Vec::new() };
    let from = Projection::new(
        state.projection_kind.get_untracked(),
        state.launch_point_untracked(),
    );
    state.step.set(Some(n));
    state.sources.set(step.sources.clone());
    state.launch.set(step.launch.clone());
    state.unit.set(step.unit);
    let to = Projection::new(step.projection, state.launch_point_untracked());
    if from == to {
        if let Some(now) = state.viewport.get_untracked() {
            let target = step
                .view
                .and_then(|u| url_viewport(&to, u, now.width_px, now.height_px))
                .unwrap_or_else(|| home_view(&to, now.width_px, now.height_px));
            if animate {
                ease(preview, motion, id, target);
            } else {
                state.viewport.set(Some(target));
            }
        }
    } else {
        // Another plane: the map fits the step's view to it by itself (see `ui::map`).
        state.start_view.set_value(step.view);
        state.projection_kind.set(step.projection);
    }
    if animate {
        // By the next frame the rings of the step are in the page.
        request_animation_frame(move || fade_rings(before));
    }
}

/// Moves the shown map to `target` over [`EASE`], frame by frame, then draws it there.
fn ease(preview: ViewPreview, motion: StepMotion, id: u64, target: Viewport) {
    let Some(start) = preview.shown() else {
        return;
    };
    let Some(t0) = window().performance().map(|p| p.now()) else {
        preview.show(|_| target);
        preview.commit();
        return;
    };
    fn frame(preview: ViewPreview, motion: StepMotion, id: u64, a: Viewport, b: Viewport, t0: f64) {
        if !motion.is_current(id) {
            return;
        }
        let now = window().performance().map_or(f64::INFINITY, |p| p.now());
        let t = ((now - t0) / EASE.as_secs_f64() / 1000.0).clamp(0.0, 1.0);
        let view = a.towards(&b, ease_in_out(t));
        preview.show(|_| view);
        if t >= 1.0 {
            preview.commit();
        } else {
            request_animation_frame(move || frame(preview, motion, id, a, b, t0));
        }
    }
    request_animation_frame(move || frame(preview, motion, id, start, target, t0));
}

/// A ring's key in the page: its claim's source, system and version, read off its line.
fn ring_key(group: &web_sys::Element) -> Option<String> {
    let line = group.query_selector("[data-ring]").ok().flatten()?;
    let attr = |name: &str| line.get_attribute(name).unwrap_or_default();
    Some(format!(
        "{}/{}/{}",
        attr("data-source"),
        attr("data-system"),
        attr("data-variant")
    ))
}

/// Every ring group on the map with its key.
fn ring_nodes() -> Vec<(String, web_sys::Element)> {
    let Ok(groups) = document().query_selector_all("svg.map g.rings > g.ring") else {
        return Vec::new();
    };
    (0..groups.length())
        .filter_map(|i| groups.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|g| Some((ring_key(&g)?, g)))
        .collect()
}

/// Fades in the rings that came, and fades out copies of the rings in `before` that went.
fn fade_rings(before: Vec<(String, web_sys::Element)>) {
    let after = ring_nodes();
    for (key, group) in &after {
        if !before.iter().any(|(k, _)| k == key) {
            let _ = group.class_list().add_1("ring-entering");
            let group = group.clone();
            set_timeout(
                move || {
                    let _ = group.class_list().remove_1("ring-entering");
                },
                FADE,
            );
        }
    }
    let Some(ghosts) = document()
        .query_selector(&format!("svg.map g.{RING_GHOSTS_CLASS}"))
        .ok()
        .flatten()
    else {
        return;
    };
    for (key, group) in before {
        if after.iter().any(|(k, _)| *k == key) {
            continue;
        }
        let Ok(copy) = group.clone_node_with_deep(true) else {
            continue;
        };
        let Ok(copy) = copy.dyn_into::<web_sys::Element>() else {
            continue;
        };
        // A copy is only a picture: nothing that finds rings by their attributes finds it.
        if let Ok(marked) = copy.query_selector_all("[data-ring]") {
            for i in 0..marked.length() {
                if let Some(el) = marked
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    for name in el.get_attribute_names().iter() {
                        if let Some(name) = name.as_string().filter(|n| n.starts_with("data-")) {
                            let _ = el.remove_attribute(&name);
                        }
                    }
                }
            }
        }
        let _ = copy.class_list().add_1("ring-leaving");
        if ghosts.append_child(&copy).is_ok() {
            set_timeout(move || copy.remove(), FADE + Duration::from_millis(50));
        }
    }
}

/// Listens for the host's choice of step: `{type: "range-claims:step", step: N}` from the
/// parent window (and nothing else: other windows, other types, odd shapes and steps the
/// story lacks are ignored without a word), and `#step=N` in the frame's address.
pub fn listen_for_steps(state: MapState) {
    let count = step_count(state);
    if count == 0 {
        return;
    }
    let stepper = Stepper::from_context();
    let w = window();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(n) = step_in_message(&ev, count) {
                stepper.go(n);
            }
        });
    let _ = w.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
    let on_hash = Closure::<dyn Fn()>::new(move || {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(n) = crate::story::step_from_fragment(&hash, count) {
            stepper.go(n);
        }
    });
    let _ = w.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
    on_hash.forget();
}

/// The step a message event asks for, if it is a step message from the parent window.
fn step_in_message(ev: &web_sys::MessageEvent, count: usize) -> Option<usize> {
    let w = window();
    let parent = w.parent().ok().flatten()?;
    if parent == w {
        return None;
    }
    let parent: &JsValue = parent.as_ref();
    if !ev.source().is_some_and(|s| js_sys::Object::is(&s, parent)) {
        return None;
    }
    let data = ev.data();
    if !data.is_object() || js_sys::Array::is_array(&data) {
        return None;
    }
    let object: &js_sys::Object = data.unchecked_ref();
    let fields = js_sys::Object::keys(object).length() as usize;
    if fields > MAX_MESSAGE_FIELDS {
        return None;
    }
    let kind = js_sys::Reflect::get(object, &"type".into())
        .ok()
        .and_then(|v| v.as_string())
        .filter(|k| k.len() <= 64);
    let step = match js_sys::Reflect::get(object, &"step".into()) {
        Ok(v) => match (v.as_f64(), v.as_string()) {
            (Some(n), _) => StepField::Number(n),
            (_, Some(t)) if t.len() <= 8 => StepField::Text(t),
            _ => StepField::Other,
        },
        Err(_) => StepField::Other,
    };
    step_of_message(kind.as_deref(), fields, &step, count)
}

/// Above the map, with a story: which step is shown, its caption, and buttons to the step
/// before and after (for a reader whose page does not drive the story).
#[component]
pub fn StoryBar() -> impl IntoView {
    let stepper = Stepper::from_context();
    let state = stepper.state;
    let count = step_count(state);
    let t = super::use_text();
    let lang = state.lang_untracked();
    (count > 0).then(move || {
        let last = move || state.step.get();
        let shown = move || shown_step(state);
        let caption = move || {
            let n = last()?;
            state.story.with_value(|s| {
                state
                    .data
                    .with_value(|data| s.as_ref()?.caption(n, data, lang))
            })
        };
        let go = move |delta: isize| {
            let next = match state.step.get_untracked() {
                Some(n) => n.saturating_add_signed(delta),
                None => 1,
            };
            if (1..=count).contains(&next) {
                stepper.go(next);
            }
        };
        view! {
            <div class="story-bar" data-testid="story-bar" role="group" aria-label=t.story
                data-step=move || shown().map(|n| n.to_string()).unwrap_or_default()>
                <button type="button" data-testid="story-prev" aria-label=t.story_prev
                    disabled=move || { last().is_none_or(|n| n <= 1) }
                    on:click=move |_| go(-1)>"‹"</button>
                <p class="story-caption" aria-live="polite">
                    <span class="story-count">
                        {move || lang.story_count(last(), shown().is_some(), count)}
                    </span>
                    " "
                    <span data-testid="story-caption">{caption}</span>
                </p>
                <button type="button" data-testid="story-next" aria-label=t.story_next
                    disabled=move || { last().is_some_and(|n| n >= count) }
                    on:click=move |_| go(1)>"›"</button>
            </div>
        }
    })
}

/// Moves `motion` along when the reader takes the map: a gesture stops a step's move.
pub fn cancel_on_gesture() -> impl Fn() + Copy {
    let motion = use_context::<StepMotion>();
    move || {
        if let Some(m) = motion {
            m.cancel();
        }
    }
}
