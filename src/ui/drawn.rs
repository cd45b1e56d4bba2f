//! Panels the build draws: markup that depends only on the shipped data and a few of the
//! reader's choices (the language, the unit, the column's width) is written at build time,
//! natively, into files beside the page (`src/bin/prerender.rs`), and the page shows the one
//! its choices name, so it carries none of the code that draws them. The range chart
//! (`charts/`) and the claims table (`tables/`) are drawn so.
//!
//! A panel opens on the prerendered view's copy when that is the file it wants (copied, not
//! moved: the prerendered view stays on screen until the page takes over), and fetches any
//! other; what is shown stays until the next is here. A fetch that fails is said beside the
//! panel ([`DrawnNotice`]) and tried again when the file wanted changes.

/// The drawing a panel opens on, for `Drawn::follow`: in the page, the prerendered view's copy
/// of `$file` (`drawn::adopted`, in its element of class `$class`); natively, in the prerender
/// itself, the markup `$draw_now` makes. `$draw_now` is left out of the page's build, so it
/// may call what only the native build has (plotters, the HTML renderer).
macro_rules! opening {
    ($class:expr, $file:expr, $draw_now:expr) => {{
        #[cfg(target_arch = "wasm32")]
        let first = $crate::ui::drawn::adopted($class, $file);
        #[cfg(not(target_arch = "wasm32"))]
        let first = Some($crate::ui::drawn::Drawing {
            file: ($file).to_owned(),
            markup: ($draw_now).into(),
        });
        first
    }};
}
pub(crate) use opening;

use crate::failure::FetchFailure;
use crate::i18n::Lang;
use crate::model::Unit;
use crate::state::MapState;
use leptos::prelude::*;
use std::sync::Arc;

/// The path, from the page, of a panel drawn once per language into `dir`: `tables/en.html`.
pub fn language_file(dir: &str, lang: Lang) -> String {
    format!("{dir}/{}.html", lang.id())
}

/// A panel's drawings for every language, as the build writes them: each one's path from the
/// page ([`language_file`] in `dir`) and the markup `draw` makes for its language.
#[cfg(not(target_arch = "wasm32"))]
pub fn per_language<'a>(
    dir: &'a str,
    draw: impl Fn(Lang) -> String + 'a,
) -> impl Iterator<Item = (String, String)> + 'a {
    Lang::ALL
        .into_iter()
        .map(move |lang| (language_file(dir, lang), draw(lang)))
}

/// One drawn file, as shown: its path from the page and its markup.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// The file's path from the page (`charts/en-km-1140.svg`).
    pub file: String,
    /// Its markup, as built from our own data (never from reader input).
    pub markup: Arc<str>,
}

/// A panel drawn at build time: what it shows, and where the fetch of the next stands.
#[derive(Debug, Clone, Copy)]
pub struct Drawn {
    /// The drawing shown, if any yet.
    pub shown: RwSignal<Option<Drawing>>,
    /// The last fetch failed, and why (cleared when a drawing is shown).
    pub failed: RwSignal<Option<FetchFailure>>,
    /// How many fetches are under way: while any is, the panel is `aria-busy` (which the
    /// browser tests wait on).
    pending: RwSignal<u32>,
    /// Every drawing shown or fetched so far, kept for the next time it is wanted.
    kept: StoredValue<Vec<Drawing>>,
}

impl Drawn {
    /// Shows the file `wanted` names whenever it changes, opening on `first`: from what was
    /// fetched before, or fetched now.
    pub fn follow(wanted: Memo<String>, first: Option<Drawing>) -> Self {
        let drawn = Drawn {
            shown: RwSignal::new(first.clone()),
            failed: RwSignal::new(None),
            pending: RwSignal::new(0),
            kept: StoredValue::new(first.into_iter().collect()),
        };
        Effect::new(move |_| {
            let file = wanted.get();
            if drawn
                .shown
                .with_untracked(|d| d.as_ref().is_some_and(|d| d.file == file))
            {
                return;
            }
            if let Some(d) = drawn.kept_drawing(&file) {
                drawn.failed.set(None);
                drawn.shown.set(Some(d));
                return;
            }
            drawn.pending.update(|n| *n += 1);
            leptos::task::spawn_local(async move {
                let answer = super::fetch::fetch_text(&file).await;
                drawn.pending.update(|n| *n = n.saturating_sub(1));
                match answer {
                    Ok(text) => {
                        let drawing = Drawing {
                            file,
                            markup: text.into(),
                        };
                        drawn.keep(drawing.clone());
                        // The reader may have moved on while it came.
                        if wanted.with_untracked(|w| *w == drawing.file) {
                            drawn.failed.set(None);
                            drawn.shown.set(Some(drawing));
                        }
                    }
                    Err(problem) => drawn.failed.set(Some(FetchFailure {
                        path: file,
                        problem,
                    })),
                }
            });
        });
        drawn
    }

    /// Fetches `files` once `when` turns true (the page is idle), and keeps them, so that the
    /// reader's next choices are shown at once, and still with the network gone. A failure
    /// here is not said: it is said if the reader asks for that drawing.
    pub fn fetch_ahead(self, files: Vec<String>, when: Signal<bool>) {
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) || !when.get() {
                return done == Some(true);
            }
            for file in files.iter().filter(|f| self.kept_drawing(f).is_none()) {
                let file = file.clone();
                leptos::task::spawn_local(async move {
                    if let Ok(text) = super::fetch::fetch_text(&file).await {
                        self.keep(Drawing {
                            file,
                            markup: text.into(),
                        });
                    }
                });
            }
            true
        });
    }

    /// The drawing of `file`, if it has been shown or fetched.
    fn kept_drawing(self, file: &str) -> Option<Drawing> {
        self.kept
            .with_value(|all| all.iter().find(|d| d.file == file).cloned())
    }

    /// Keeps `drawing` for when it is wanted.
    fn keep(self, drawing: Drawing) {
        self.kept.update_value(|all| {
            if !all.iter().any(|d| d.file == drawing.file) {
                all.push(drawing);
            }
        });
    }

    /// The markup shown, or `empty` until a drawing is here.
    pub fn markup(self, empty: String) -> impl Fn() -> String + Send + Sync + 'static {
        move || {
            self.shown.with(|d| match d {
                Some(d) => d.markup.to_string(),
                None => empty.clone(),
            })
        }
    }

    /// The file shown, for the panel's `data-file` attribute.
    pub fn file(self) -> impl Fn() -> Option<String> + Send + Sync + 'static {
        move || self.shown.with(|d| d.as_ref().map(|d| d.file.clone()))
    }

    /// `"true"` while a fetch is under way, for the panel's `aria-busy`.
    pub fn busy(self) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
        move || (self.pending.get() > 0).then_some("true")
    }
}

/// The prerendered view's drawing of `file`: the markup of its element of class `class` whose
/// `data-file` is `file`, if the page has one.
#[cfg(target_arch = "wasm32")]
pub fn adopted(class: &str, file: &str) -> Option<Drawing> {
    let selector = format!(".{} .{class}[data-file=\"{file}\"]", super::PRERENDER_CLASS);
    let element = document().query_selector(&selector).ok().flatten()?;
    Some(Drawing {
        file: file.to_owned(),
        markup: element.inner_html().into(),
    })
}

/// A quiet note beside a drawn panel while its last fetch has failed: `message`, then the
/// file and why.
#[component]
pub fn DrawnNotice(
    /// The panel.
    drawn: Drawn,
    /// What the reader is missing, and how to try again.
    message: &'static str,
    /// The note's `data-testid`.
    testid: &'static str,
) -> impl IntoView {
    let lang = expect_context::<MapState>().lang_untracked();
    move || {
        drawn
            .failed
            .with(|f| f.as_ref().map(|f| lang.bracketed(&f.message(lang))))
            .map(|reason| {
                view! {
                    <p class="detail-notice" role="status" data-testid=testid>
                        <span class="detail-icon" aria-hidden="true">"⚠ "</span>
                        {message}
                        <span class="detail-reason">{reason}</span>
                    </p>
                }
            })
    }
}

/// Calls `f` on every element under `root` that `selector` matches.
pub fn for_each(root: &web_sys::Element, selector: &str, mut f: impl FnMut(&web_sys::Element)) {
    let Ok(found) = root.query_selector_all(selector) else {
        return;
    };
    for i in 0..found.length() {
        if let Some(element) = found
            .item(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        {
            f(&element);
        }
    }
}

/// Writes each conversion under `root` (a `.conversion` with its text for every unit in
/// `data-km`, `data-mi`, `data-nmi`, as the build draws them) in the reader's `unit`.
pub fn show_conversions(root: &web_sys::Element, unit: Unit) {
    let attr = format!("data-{}", unit.symbol());
    for_each(root, ".conversion", |span| {
        if let Some(text) = span.get_attribute(&attr) {
            span.set_text_content(Some(&text));
        }
    });
}
