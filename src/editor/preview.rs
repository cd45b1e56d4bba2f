//! The live preview: the reader's map, embedded as the snippet embeds it, in a same-origin
//! frame at a phone's, an article column's or the full width. It follows every setting; what
//! the newsroom does in it (a pan, a zoom, a source picked) becomes the embed's opening view.

use super::use_editor;
use crate::embed_settings::EmbedSettings;
use crate::url_state::{parse_query, MAX_QUERY_BYTES};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The widths the preview offers, CSS px: a phone, an article column, a full page.
pub const PREVIEW_WIDTHS_PX: [u32; 3] = [360, 640, 1280];
/// The frame's height until the map says how tall it is, CSS px.
const START_HEIGHT_PX: f64 = 700.0;
/// How long the settings must rest before the preview reloads on them.
const PREVIEW_SETTLE: std::time::Duration = std::time::Duration::from_millis(350);
/// The tallest a frame may ask to be, CSS px (a message saying more is not believed).
const MAX_HEIGHT_PX: f64 = 20_000.0;

/// The address the preview shows for `settings`, on step `step` of its story if given.
pub fn preview_src(
    settings: &EmbedSettings,
    data: &crate::model::DataSet,
    step: Option<usize>,
) -> String {
    let query = settings.embed_query(data);
    match step {
        Some(n) => format!("./?{query}#step={n}"),
        None => format!("./?{query}"),
    }
}

/// A field of a message's data object, if the data is a plain object.
fn field(data: &wasm_bindgen::JsValue, name: &str) -> Option<wasm_bindgen::JsValue> {
    if !data.is_object() || js_sys::Array::is_array(data) {
        return None;
    }
    js_sys::Reflect::get(data, &name.into()).ok()
}

/// The preview's section.
#[component]
pub fn Preview() -> impl IntoView {
    let editor = use_editor();
    let et = editor.text();
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let stage = NodeRef::<leptos::html::Div>::new();
    // The address the frame was last sent to (or shows by the newsroom's own doing there).
    let loaded = StoredValue::new(String::new());
    let height_px = RwSignal::new(START_HEIGHT_PX);
    let stage_px = RwSignal::new(0.0_f64);
    let src = Memo::new(move |_| {
        let step = editor.preview_step.get();
        editor
            .settings
            .with(|s| editor.data.with_value(|d| preview_src(s, d, step)))
    });
    // The frame follows once the settings rest: a caption typed is one reload, not one per key.
    let pending = crate::ui::rest_timer::RestTimer::new();
    Effect::new(move |first: Option<()>| {
        let wanted = src.get();
        if frame.get().is_none() {
            return;
        }
        let go = move || {
            let Some(f) = frame.get_untracked() else {
                return;
            };
            if loaded.with_value(|l| *l != wanted) {
                loaded.set_value(wanted.clone());
                // What the frame was sent to, for whoever waits for it (the browser tests).
                let _ = f.set_attribute("data-src", &wanted);
                f.set_src(&wanted);
            }
        };
        match first {
            None => go(),
            Some(()) => pending.restart(go, PREVIEW_SETTLE),
        }
    });
    // The frame's messages: its height, and the view it shows after each change.
    let listener = window_event_listener(leptos::ev::message, move |ev| {
        let Some(f) = frame.get_untracked() else {
            return;
        };
        let from_frame = match (ev.source(), f.content_window()) {
            (Some(source), Some(w)) => js_sys::Object::is(&source, w.as_ref()),
            _ => false,
        };
        if !from_frame {
            return;
        }
        let data = ev.data();
        let kind = field(&data, "type").and_then(|v| v.as_string());
        match kind.as_deref() {
            Some(crate::ui::embed::HEIGHT_MESSAGE_TYPE) => {
                if let Some(h) = field(&data, "height").and_then(|v| v.as_f64()) {
                    if h.is_finite() && h > 0.0 {
                        height_px.set(h.min(MAX_HEIGHT_PX).ceil());
                    }
                }
            }
            Some(crate::ui::embed::STATE_MESSAGE_TYPE) => {
                // Within a story the frame shows its steps; the opening view is the first's.
                if editor.preview_step.get_untracked().is_some()
                    || editor.settings.with_untracked(|s| !s.story.is_empty())
                {
                    return;
                }
                let Some(query) = field(&data, "query").and_then(|v| v.as_string()) else {
                    return;
                };
                if query.len() > MAX_QUERY_BYTES {
                    return;
                }
                if let Some(now) = adopt(editor, &query, loaded) {
                    let _ = f.set_attribute("data-src", &now);
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || listener.remove());
    // The stage's width: a frame wider than it is shown scaled down, whole.
    let measure = move || {
        if let Some(s) = stage.get_untracked() {
            let el: &web_sys::Element = s.unchecked_ref();
            stage_px.set(f64::from(el.client_width()));
        }
    };
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    Effect::new(move |_| {
        if stage.get().is_some() {
            measure();
        }
    });
    let scale = move || {
        let width = f64::from(editor.preview_width_px.get());
        let room = stage_px.get();
        if room > 0.0 && width > room {
            room / width
        } else {
            1.0
        }
    };
    // Set through the CSS object model (`style:` below), which the page's policy allows; a
    // `style` attribute it would refuse.
    let frame_transform = move || {
        let s = scale();
        if s < 1.0 {
            format!("scale({s:.4})")
        } else {
            String::new()
        }
    };
    let stage_height = move || format!("{:.0}px", height_px.get() * scale());
    view! {
        <section class="editor-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{et.preview_heading}</h2>
            <div class="preview-widths" role="group" aria-label=et.preview_widths data-testid="preview-width">
                {PREVIEW_WIDTHS_PX.map(|w| {
                    let label = match w {
                        360 => et.width_phone,
                        640 => et.width_article,
                        _ => et.width_full,
                    };
                    view! {
                        <button type="button" class="secondary" data-width=w.to_string()
                            aria-pressed=move || (editor.preview_width_px.get() == w).to_string()
                            on:click=move |_| editor.preview_width_px.set(w)>{label}</button>
                    }
                })}
            </div>
            <div class="preview-stage" node_ref=stage style:height=stage_height>
                <iframe data-testid="preview" node_ref=frame title=et.preview_title
                    width=move || editor.preview_width_px.get().to_string()
                    height=move || format!("{:.0}", height_px.get())
                    style:transform=frame_transform style:transform-origin="0 0"></iframe>
            </div>
            <p class="small">{et.preview_note}</p>
        </section>
    }
}

/// Takes the view the frame reports (`query`, as a shared link carries it) as the embed's
/// opening view: the sources shown, launch point, projection, unit and map view. The frame
/// already shows it, so it is not sent there again.
/// Returns the address that stands for what the frame shows now, if the view changed.
fn adopt(editor: super::Editor, query: &str, loaded: StoredValue<String>) -> Option<String> {
    let reported = editor.data.with_value(|d| parse_query(query, d).0);
    let mut next = editor.view.get_untracked();
    next.sources = reported.sources;
    next.launch = reported.launch;
    next.projection = reported.projection;
    next.unit = reported.unit;
    next.view = reported.view;
    if next == editor.view.get_untracked() {
        return None;
    }
    let settings = editor.settings.with_untracked(|s| EmbedSettings {
        view: next.clone(),
        ..s.clone()
    });
    let now = editor.data.with_value(|d| preview_src(&settings, d, None));
    loaded.set_value(now.clone());
    editor.view.set(next);
    Some(now)
}
