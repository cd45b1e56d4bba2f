//! Panels the build draws: markup that depends only on the shipped data and a few of the
//! reader's choices (the language, the unit, the column's width) is written at build time,
//! natively, into files beside the page (`src/bin/prerender.rs`), and the page shows the one
//! its choices name, so it carries none of the code that draws them. The range chart
//! (`charts/`), the claims table (`tables/`) and the legend (`legends/`) are drawn so.
//!
//! A panel opens on the prerendered view's copy when that is the file it wants (copied, not
//! moved: the prerendered view stays on screen until the page takes over), and fetches any
//! other; what is shown stays until the next is here. A fetch that fails is said beside the
//! panel ([`DrawnNotice`]) and tried again when the file wanted changes.

/// The drawing a panel opens on, for `Drawn::follow`: in the page, the prerendered view's copy
/// (`drawn::adopted`: the one in its element of class `$class` whose file starts with
/// `prefix`, `$file` unless given); natively, in the prerender itself, `$file` with the markup
/// `$draw_now` makes. `$draw_now` is left out of the page's build, so it may call what only the
/// native build has (plotters, the HTML renderer).
macro_rules! opening {
    ($class:expr, $file:expr, $draw_now:expr) => {
        $crate::ui::panels::drawn::opening!($class, $file, prefix = $file, $draw_now)
    };
    ($class:expr, $file:expr, prefix = $prefix:expr, $draw_now:expr) => {{
        // Each build uses one of `$file` and `$prefix`, and only the page's uses `$class`.
        let _ = (&$class, &$file, &$prefix);
        #[cfg(target_arch = "wasm32")]
        let first = $crate::ui::panels::drawn::adopted($class, $prefix);
        #[cfg(not(target_arch = "wasm32"))]
        let first = Some($crate::ui::panels::drawn::Drawing {
            file: ($file).to_owned(),
            markup: ($draw_now).into(),
        });
        first
    }};
}
pub(crate) use opening;

use crate::failure::FetchFailure;
use crate::i18n::Lang;
#[cfg(not(target_arch = "wasm32"))]
use crate::model::Claims;
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

/// A panel the build draws once per language into `dir` (the claims table, the legend), shown
/// in the page's language: it opens on the prerendered view's copy in its element of class
/// `holder_class` (natively, in the prerender, on what `draw` makes of the data in the
/// reader's unit) and fetches the file when that is not its language's.
pub fn language_panel(
    state: MapState,
    dir: &'static str,
    holder_class: &'static str,
    #[cfg(not(target_arch = "wasm32"))] draw: fn(&Claims, Lang, Unit) -> String,
) -> Drawn {
    let lang = state.lang_untracked();
    let wanted = Memo::new(move |_| language_file(dir, lang));
    let first = wanted.with_untracked(|file| {
        opening!(
            holder_class,
            file,
            state
                .data
                .with_value(|d| draw(&d.claims, lang, state.unit.get_untracked()))
        )
    });
    Drawn::follow(wanted, first)
}

/// One drawn file, as shown: its path from the page and its markup.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// The file's path from the page (`charts/en-km-1140.svg`).
    pub file: String,
    /// Its markup, as built from our own data (never from reader input).
    pub markup: Arc<str>,
}

/// Every drawing the page has shown or fetched, kept for the next time one is wanted: a
/// change of language rebuilds the panels, and going back to a language shows its drawings
/// at once, offline too. Provided once for the page, outside what a language change rebuilds.
#[derive(Debug, Clone, Copy)]
pub struct DrawnCache {
    /// The drawings kept.
    kept: StoredValue<Vec<Drawing>>,
    /// The files being fetched, so that none is fetched twice at once.
    in_flight: RwSignal<Vec<String>>,
}

impl DrawnCache {
    /// Provides an empty cache for the page.
    pub fn provide() {
        provide_context(DrawnCache {
            kept: StoredValue::new(Vec::new()),
            in_flight: RwSignal::new(Vec::new()),
        });
    }

    /// The drawing of `file`, if it has been shown or fetched.
    fn get(self, file: &str) -> Option<Drawing> {
        self.kept
            .try_with_value(|all| all.iter().find(|d| d.file == file).cloned())
            .flatten()
    }

    /// Keeps `drawing` for when it is wanted.
    fn keep(self, drawing: Drawing) {
        self.kept.try_update_value(|all| {
            if !all.iter().any(|d| d.file == drawing.file) {
                all.push(drawing);
            }
        });
    }
}

/// A panel drawn at build time: what it shows, and where the fetch of the next stands.
#[derive(Debug, Clone, Copy)]
pub struct Drawn {
    /// The drawing shown, if any yet.
    pub shown: RwSignal<Option<Drawing>>,
    /// The last fetch of the file wanted failed, and why (cleared when another is wanted).
    pub failed: RwSignal<Option<FetchFailure>>,
    /// The file the reader's choices name.
    wanted: Memo<String>,
    /// The page's drawings.
    cache: DrawnCache,
}

impl Drawn {
    /// Shows the file `wanted` names whenever it changes, opening on `first`: from what was
    /// fetched before, or fetched now (what is shown stays until it is here).
    pub fn follow(wanted: Memo<String>, first: Option<Drawing>) -> Self {
        let cache = expect_context::<DrawnCache>();
        if let Some(first) = &first {
            cache.keep(first.clone());
        }
        let drawn = Drawn {
            shown: RwSignal::new(first),
            failed: RwSignal::new(None),
            wanted,
            cache,
        };
        Effect::new(move |_| {
            let file = wanted.get();
            if drawn
                .shown
                .with_untracked(|d| d.as_ref().is_some_and(|d| d.file == file))
            {
                return;
            }
            drawn.failed.set(None);
            match cache.get(&file) {
                Some(d) => drawn.shown.set(Some(d)),
                None => drawn.fetch(file),
            }
        });
        drawn
    }

    /// Fetches `files` once `when` turns true (the page is idle), and keeps them, so that the
    /// reader's next choices are shown at once, and still with the network gone. A failure
    /// here is said only if the reader has asked for that drawing meanwhile.
    pub fn fetch_ahead(self, files: Vec<String>, when: Signal<bool>) {
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) || !when.get() {
                return done == Some(true);
            }
            for file in files.iter().filter(|f| self.cache.get(f).is_none()) {
                self.fetch(file.clone());
            }
            true
        });
    }

    /// Fetches `file` (unless it is being fetched already) and keeps it; shows it if it is
    /// still the file wanted when it comes, or says why it could not be had. The panel may be
    /// gone by then (a change of language rebuilds it): nothing is then touched but the cache.
    fn fetch(self, file: String) {
        let in_flight = self.cache.in_flight;
        if in_flight.with_untracked(|f| f.contains(&file)) {
            return;
        }
        in_flight.update(|f| f.push(file.clone()));
        leptos::task::spawn_local(async move {
            let answer = crate::ui::fetch::fetch_text(&file).await;
            in_flight.try_update(|f| f.retain(|x| *x != file));
            let wanted_now = self.wanted.try_with_untracked(|w| *w == file) == Some(true);
            match answer {
                Ok(text) => {
                    let drawing = Drawing {
                        file,
                        markup: text.into(),
                    };
                    self.cache.keep(drawing.clone());
                    if wanted_now {
                        self.shown.try_set(Some(drawing));
                    }
                }
                Err(problem) if wanted_now => {
                    self.failed.try_set(Some(FetchFailure {
                        path: file,
                        problem,
                    }));
                }
                Err(_) => {}
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

    /// `"true"` while the file wanted is being fetched, for the panel's `aria-busy`.
    pub fn busy(self) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
        move || {
            let wanted = self.wanted.get();
            self.cache
                .in_flight
                .with(|f| f.contains(&wanted))
                .then_some("true")
        }
    }

    /// The markup a panel that writes its own drawing ([`Drawn::write_into`]) is built with:
    /// natively (the prerender, where no effect runs) the drawing; in the page none, as the
    /// panel's effect writes it.
    pub fn built_markup(self) -> String {
        #[cfg(not(target_arch = "wasm32"))]
        return self
            .shown
            .with_untracked(|d| d.as_ref().map(|d| d.markup.to_string()))
            .unwrap_or_default();
        #[cfg(target_arch = "wasm32")]
        String::new()
    }

    /// Writes the drawing shown into `holder` if it is not the one `written` records there,
    /// and records it; whether it wrote. The panels that set attributes on their drawing
    /// (the table, the legend) write it themselves, in the effect that sets them, so that
    /// nothing writes the markup again after them.
    pub fn write_into(self, holder: &web_sys::Element, written: StoredValue<String>) -> bool {
        let Some(drawing) = self.shown.with(|d| d.clone()) else {
            return false;
        };
        if written.with_value(|w| *w == drawing.file) {
            return false;
        }
        holder.set_inner_html(&drawing.markup);
        written.set_value(drawing.file);
        true
    }
}

/// The prerendered view's drawing in its element of class `class` whose `data-file` starts
/// with `prefix` (the file itself, or a chart's language), if the page has one.
#[cfg(target_arch = "wasm32")]
pub fn adopted(class: &str, prefix: &str) -> Option<Drawing> {
    let selector = format!(
        ".{} .{class}[data-file^=\"{prefix}\"]",
        crate::ui::PRERENDER_CLASS
    );
    let element = document().query_selector(&selector).ok().flatten()?;
    Some(Drawing {
        file: element.get_attribute("data-file")?,
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

/// Whether the conversions of a drawing must be written in `unit`: not if `in_unit` records
/// that they already are and the markup is not `fresh`ly written (a source switch runs the
/// same effect, and rewriting unchanged text would be work in its frame). Records `unit`.
pub fn conversions_due(unit: Unit, in_unit: StoredValue<Option<Unit>>, fresh: bool) -> bool {
    let due = fresh || in_unit.get_value() != Some(unit);
    in_unit.set_value(Some(unit));
    due
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
