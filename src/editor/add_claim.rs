//! "Add a claim": the newsroom's own figure, with its verbatim quote, outlet, date and link.
//! Each field is checked as the map checks it ([`crate::added`]); each problem shows beside its
//! field in the editor's language. Added claims can be edited and removed; the editor says how
//! much room the address has left.

use super::use_editor;
use crate::added::{
    AddedClaim, ClaimField, FieldProblem, MAX_ADDED, MAX_ADDED_QUOTE_CHARS, MAX_AUTHOR_CHARS,
    MAX_FIGURE_CHARS, MAX_LINK_BYTES, MAX_OTHER_SYSTEM_CHARS, MAX_OUTLET_CHARS, SYSTEM_CHOICES,
};
use crate::i18n::Lang;
use crate::url_state::{today, MAX_QUERY_BYTES};
use leptos::prelude::*;

/// The missile picker's label for a value of [`SYSTEM_CHOICES`].
fn system_label(value: &str, lang: Lang) -> &'static str {
    let ja = lang == Lang::Ja;
    match value {
        "tomahawk" if ja => "トマホーク（型の記載なし）",
        "tomahawk" => "Tomahawk (no version given)",
        "tomahawk/block-iv" if ja => "トマホーク ブロックIV",
        "tomahawk/block-iv" => "Tomahawk Block IV",
        "tomahawk/block-v" if ja => "トマホーク ブロックV",
        "tomahawk/block-v" => "Tomahawk Block V",
        "tomahawk/block-iv-and-v" if ja => "トマホーク ブロックIV・V",
        "tomahawk/block-iv-and-v" => "Tomahawk Block IV and V",
        "type-12" if ja => "12式地対艦誘導弾（型の記載なし）",
        "type-12" => "Type-12 (no version given)",
        "type-12/current" if ja => "12式地対艦誘導弾（現行型）",
        "type-12/current" => "Type-12 today",
        "type-12/upgraded" if ja => "12式地対艦誘導弾（能力向上型）",
        "type-12/upgraded" => "Type-12 upgraded",
        _ if ja => "その他（名前を入力）",
        _ => "Another missile (name it)",
    }
}

/// The form's words in `lang`.
struct FormText {
    heading: &'static str,
    intro: &'static str,
    outlet: &'static str,
    author: &'static str,
    date: &'static str,
    date_hint: &'static str,
    link: &'static str,
    system: &'static str,
    other_system: &'static str,
    figure: &'static str,
    figure_hint: &'static str,
    quote: &'static str,
    quote_hint: &'static str,
    submit: &'static str,
    save: &'static str,
    cancel: &'static str,
    edit: &'static str,
    remove: &'static str,
    full: &'static str,
    room: &'static str,
    added_list: &'static str,
}

const EN: FormText = FormText {
    heading: "Add a claim",
    intro: "A figure your article cites that the map does not have. It is drawn like the others \
        and always marked as your page's own, not one of the map's checked sources.",
    outlet: "Outlet",
    author: "Author (optional)",
    date: "Date",
    date_hint: "2026-11 or 2026-11-03",
    link: "Link to the article (optional, https)",
    system: "Missile",
    other_system: "Missile's name",
    figure: "Figure as printed",
    figure_hint: "e.g. about 1,600 km, over 1,000 miles, 120 to 249 mi",
    quote: "Quote, verbatim, with the figure in it",
    quote_hint: "at most 140 characters",
    submit: "Add the claim",
    save: "Save the claim",
    cancel: "Cancel",
    edit: "Edit",
    remove: "Remove",
    full: "An embed adds at most 6 claims: remove one first.",
    room: "Room left in the embed's address: ",
    added_list: "Claims you added",
};

const JA: FormText = FormText {
    heading: "主張を追加",
    intro: "記事で引用しているのに地図にない数字を追加できます。ほかの射程と同じように描かれ、\
        常に「このページが追加した主張で、地図が確認した報道ではない」と示されます。",
    outlet: "媒体",
    author: "筆者（任意）",
    date: "日付",
    date_hint: "2026-11 または 2026-11-03",
    link: "記事へのリンク（任意、https）",
    system: "ミサイル",
    other_system: "ミサイル名",
    figure: "書かれたとおりの数字",
    figure_hint: "例：約1,600キロ、1,000マイル超、最大620マイル",
    quote: "数字を含む引用（原文のまま）",
    quote_hint: "140文字まで",
    submit: "主張を追加",
    save: "主張を保存",
    cancel: "取り消す",
    edit: "編集",
    remove: "削除",
    full: "追加できる主張は6件までです。先に1件削除してください。",
    room: "埋め込みアドレスの残り：",
    added_list: "追加した主張",
};

/// The form, its problems, and the list of claims added.
#[component]
pub fn AddClaim() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.ui_lang.get_untracked();
    let ft = if lang == Lang::Ja { &JA } else { &EN };
    let draft = RwSignal::new(AddedClaim {
        system: SYSTEM_CHOICES[0].to_owned(),
        ..AddedClaim::default()
    });
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    // The claim being edited (its place in the list), if any.
    let editing = RwSignal::new(None::<usize>);
    let full = move || editing.get().is_none() && editor.added.with(Vec::len) >= MAX_ADDED;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if full() {
            return;
        }
        let claim = draft.get_untracked();
        match claim.check(today()) {
            Err(found) => problems.set(found),
            Ok(_) => {
                problems.set(Vec::new());
                let trimmed = AddedClaim {
                    outlet: claim.outlet.trim().to_owned(),
                    author: claim.author.trim().to_owned(),
                    other_system: if claim.system == "other" {
                        claim.other_system.trim().to_owned()
                    } else {
                        String::new()
                    },
                    figure: claim.figure.trim().to_owned(),
                    ..claim
                };
                editor.added.update(|list| match editing.get_untracked() {
                    Some(i) if i < list.len() => list[i] = trimmed,
                    _ => list.push(trimmed),
                });
                editing.set(None);
                draft.set(AddedClaim {
                    system: SYSTEM_CHOICES[0].to_owned(),
                    ..AddedClaim::default()
                });
            }
        }
    };
    let error = move |field: ClaimField| {
        move || {
            problems.with(|p| {
                p.iter().find(|x| x.field == field).map(|x| {
                    view! {
                        <p class="claim-error" role="alert" data-testid="claim-error" data-field=field.name()
                            id=format!("claim-error-{}", field.name())>
                            {x.problem.message(lang)}
                        </p>
                    }
                })
            })
        }
    };
    let invalid = move |field: ClaimField| {
        move || {
            problems
                .with(|p| p.iter().any(|x| x.field == field))
                .then_some("true")
        }
    };
    let text_input = move |field: ClaimField,
                           label: &'static str,
                           hint: Option<&'static str>,
                           max: usize,
                           get: fn(&AddedClaim) -> String,
                           set: fn(&mut AddedClaim, String)| {
        let id = format!("claim-{}", field.name());
        let hint_id = format!("claim-hint-{}", field.name());
        view! {
            <label for=id.clone() class="small embed-field">{label}</label>
            {hint.map(|h| view! { <span class="small hint" id=hint_id.clone()>{h}</span> })}
            <input type="text" id=id name=field.name() maxlength=(max * 2).to_string()
                aria-invalid=invalid(field)
                aria-describedby=format!("{hint_id} claim-error-{}", field.name())
                prop:value=move || draft.with(get)
                on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| set(d, v)); } />
            {error(field)}
        }
    };
    let room = move || {
        let used = editor
            .settings
            .with(|s| editor.data.with_value(|d| s.embed_query(d).len()));
        let left = MAX_QUERY_BYTES.saturating_sub(used);
        format!(
            "{}{} / {} bytes ({} / {})",
            ft.room,
            crate::model::group_thousands(left as f64),
            crate::model::group_thousands(MAX_QUERY_BYTES as f64),
            editor.added.with(Vec::len),
            MAX_ADDED
        )
    };
    let edit = move |i: usize| {
        if let Some(c) = editor.added.with_untracked(|l| l.get(i).cloned()) {
            draft.set(c);
            problems.set(Vec::new());
            editing.set(Some(i));
        }
    };
    let remove = move |i: usize| {
        editor.added.update(|l| {
            if i < l.len() {
                l.remove(i);
            }
        });
        editing.set(None);
        // A step or the opening view showing that claim alone shows every source instead.
        editor.view.update(|v| {
            if let crate::rings::SourceChoice::One(id) = &v.sources {
                if id.starts_with(crate::added::ADDED_ID_PREFIX) {
                    v.sources = crate::rings::SourceChoice::All;
                }
            }
        });
    };
    view! {
        <section class="editor-section" aria-labelledby="add-claim-heading">
            <h2 id="add-claim-heading">{ft.heading}</h2>
            <p class="small">{ft.intro}</p>
            <form data-testid="add-claim" class="add-claim" novalidate on:submit=submit>
                {text_input(ClaimField::Outlet, ft.outlet, None, MAX_OUTLET_CHARS, |d| d.outlet.clone(), |d, v| d.outlet = v)}
                {text_input(ClaimField::Author, ft.author, None, MAX_AUTHOR_CHARS, |d| d.author.clone(), |d, v| d.author = v)}
                {text_input(ClaimField::Date, ft.date, Some(ft.date_hint), 10, |d| d.date.clone(), |d, v| d.date = v)}
                {text_input(ClaimField::Link, ft.link, None, MAX_LINK_BYTES, |d| d.link.clone(), |d, v| d.link = v)}
                <label for="claim-system" class="small embed-field">{ft.system}</label>
                <select id="claim-system" name="system" aria-invalid=invalid(ClaimField::System)
                    on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.system = v); }>
                    {SYSTEM_CHOICES.map(|value| view! {
                        <option value=value selected=move || draft.with(|d| d.system == value)>{system_label(value, lang)}</option>
                    })}
                </select>
                {error(ClaimField::System)}
                <div hidden=move || draft.with(|d| d.system != "other")>
                    {text_input(ClaimField::OtherSystem, ft.other_system, None, MAX_OTHER_SYSTEM_CHARS, |d| d.other_system.clone(), |d, v| d.other_system = v)}
                </div>
                {text_input(ClaimField::Figure, ft.figure, Some(ft.figure_hint), MAX_FIGURE_CHARS, |d| d.figure.clone(), |d, v| d.figure = v)}
                <label for="claim-quote" class="small embed-field">{ft.quote}</label>
                <span class="small hint" id="claim-hint-quote">{ft.quote_hint}</span>
                <textarea id="claim-quote" name="quote" rows="3" maxlength=(MAX_ADDED_QUOTE_CHARS * 2).to_string()
                    aria-invalid=invalid(ClaimField::Quote)
                    aria-describedby="claim-hint-quote claim-error-quote"
                    prop:value=move || draft.with(|d| d.quote.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.quote = v); }></textarea>
                {error(ClaimField::Quote)}
                <p class="small notice" role="status" hidden=move || !full()>{ft.full}</p>
                <div class="copy-row">
                    <button type="submit" data-testid="add-claim-submit" disabled=full>
                        {move || if editing.get().is_some() { ft.save } else { ft.submit }}
                    </button>
                    <button type="button" class="secondary" hidden=move || editing.get().is_none()
                        on:click=move |_| {
                            editing.set(None);
                            problems.set(Vec::new());
                            draft.set(AddedClaim { system: SYSTEM_CHOICES[0].to_owned(), ..AddedClaim::default() });
                        }>{ft.cancel}</button>
                </div>
            </form>
            <p class="small" data-testid="claims-room" role="status">{room}</p>
            <Show when=move || editor.added.with(|l| !l.is_empty())>
                <h3>{ft.added_list}</h3>
                <ol class="added-claims" data-testid="added-claims">
                    {move || editor.added.get().into_iter().enumerate().map(|(i, c)| view! {
                        <li data-testid="added-claim">
                            <span><strong>{c.figure.clone()}</strong>" — "{c.outlet.clone()}</span>
                            <span class="story-step-buttons">
                                <button type="button" class="secondary" data-testid="added-claim-edit"
                                    on:click=move |_| edit(i)>{ft.edit}</button>
                                <button type="button" class="secondary" data-testid="added-claim-remove"
                                    on:click=move |_| remove(i)>{ft.remove}</button>
                            </span>
                        </li>
                    }).collect_view()}
                </ol>
            </Show>
        </section>
    }
}
