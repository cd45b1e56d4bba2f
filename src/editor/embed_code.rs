//! The embed code for each kind of host page, with a copy button, and the still image for
//! pages that take no frames.

use super::text::EditorText;
use super::use_editor;
use crate::added::ADDED_ID_PREFIX;
use crate::i18n::Lang;
use crate::rings::SourceChoice;
use crate::snippet::EmbedHost;
use crate::url_state::query_fits;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The build-made still image for a source choice in `lang`: one per source, all sources
/// otherwise; English in `static/`, Japanese in `static/ja/` (`scripts/static-images.sh`).
/// The build knows only the map's sources: a newsroom's own claim alone gets the all-sources
/// image (the editor says the still image leaves the added claims out).
fn static_image_name(choice: &SourceChoice, lang: Lang) -> String {
    let dir = match lang {
        Lang::En => "static/",
        Lang::Ja => "static/ja/",
    };
    match choice {
        SourceChoice::One(id) if !id.starts_with(ADDED_ID_PREFIX) => format!("{dir}map-{id}.png"),
        _ => format!("{dir}map-all.png"),
    }
}

/// What the editor says under each host's snippet: how the frame gets its height.
fn host_note(et: &'static EditorText, host: EmbedHost) -> &'static str {
    match host {
        EmbedHost::Ours => et.host_note_ours,
        EmbedHost::PlainFrame => et.host_note_plain,
        EmbedHost::Pym => et.host_note_pym,
        EmbedHost::Amp => et.host_note_amp,
    }
}

/// A host's name in the picker.
fn host_label(et: &'static EditorText, host: EmbedHost) -> &'static str {
    match host {
        EmbedHost::Ours => et.host_ours,
        EmbedHost::PlainFrame => et.host_plain,
        EmbedHost::Pym | EmbedHost::Amp => host.label(),
    }
}

/// The address of the map's pages: the editor's own directory (`…/maps/range/`).
fn map_page_url() -> String {
    let href = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base("./", &href)
        .map(|u| u.href())
        .unwrap_or_default()
}

/// What happened to the last copy.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Copied {
    Idle,
    Done,
    ByHand,
}

/// The host picker, the snippet and its copy button, and the still image.
#[component]
pub fn EmbedCode() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.ui_lang.get_untracked();
    let et = editor.text();
    let host = RwSignal::new(EmbedHost::Ours);
    let page = map_page_url();
    let code = Memo::new(move |_| {
        editor.settings.with(|s| {
            editor.data.with_value(|d| {
                (
                    s.snippet(host.get(), &page, d),
                    query_fits(&s.embed_query(d)),
                )
            })
        })
    });
    let snippet = move || code.with(|(text, _)| text.clone());
    let too_long = move || code.with(|(_, fits)| !fits);
    let still = move || {
        editor
            .settings
            .with(|s| static_image_name(&s.view.sources, s.view.lang.unwrap_or(lang)))
    };
    let copied = RwSignal::new(Copied::Idle);
    let area = NodeRef::<leptos::html::Textarea>::new();
    // A new snippet has not been copied.
    Effect::new(move |_| {
        code.track();
        copied.set(Copied::Idle);
    });
    let copy = move |_| {
        let text = code.with_untracked(|(text, _)| text.clone());
        spawn_local(async move {
            let promise = window().navigator().clipboard().write_text(&text);
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => copied.set(Copied::Done),
                Err(_) => {
                    if let Some(a) = area.get_untracked() {
                        a.select();
                    }
                    copied.set(Copied::ByHand);
                }
            }
        });
    };
    view! {
        <section class="editor-section" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{et.embed_heading}</h2>
            <p class="small">{et.embed_intro}</p>
            <label for="embed-host" class="small embed-field">{et.embed_host}</label>
            <select id="embed-host" data-testid="embed-host"
                on:change=move |ev| {
                    if let Some(h) = EmbedHost::from_id(&event_target_value(&ev)) {
                        host.set(h);
                    }
                }>
                {EmbedHost::ALL.into_iter().map(|h| view! {
                    <option value=h.id() selected=move || host.get() == h>{host_label(et, h)}</option>
                }).collect_view()}
            </select>
            <label for="embed-code" class="small embed-field">{et.embed_code}</label>
            <textarea id="embed-code" data-testid="embed-snippet" data-host=move || host.get().id()
                node_ref=area readonly rows="7" prop:value=snippet></textarea>
            <div class="copy-row">
                <button type="button" data-testid="copy-snippet" on:click=copy>{et.copy_code}</button>
                <span class="share-status" role="status" data-testid="copy-snippet-status">
                    {move || match copied.get() {
                        Copied::Idle => "",
                        Copied::Done => et.code_copied,
                        Copied::ByHand => et.copy_code_by_hand,
                    }}
                </span>
            </div>
            <p class="small story-too-long" role="alert" data-testid="story-too-long"
                hidden=move || !too_long()>{et.story_too_long}</p>
            <p class="small">{move || host_note(et, host.get())}</p>
            <h3>{et.still_heading}</h3>
            <p class="small">{et.still_intro}</p>
            <div class="embed-still">
                <img data-testid="embed-still" src=still width="240" height="180"
                    alt=et.still_alt />
                <a href=still download data-testid="embed-still-link">{et.still_download}</a>
            </div>
            <p class="small" data-testid="still-without-added"
                hidden=move || editor.settings.with(|s| s.added.is_empty())>
                {et.still_without_added}
            </p>
        </section>
    }
}
