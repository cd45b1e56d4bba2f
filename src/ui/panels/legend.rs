//! The legend under the map: for each shown ring, its line style, the figure as printed with
//! its conversion, what the qualifier means, the quote, the outlet and the date; a shown
//! source with no range figure says so.
//!
//! Every item depends only on the data and the language, so the build writes them all
//! ([`legend_html`], natively) into `legends/` beside the page, and the page shows its
//! language's ([`super::drawn`]): the prerendered view's copy, or fetched after a change of
//! language. What follows the reader is which items are in the list (those of the sources the
//! map shows, in the data's order, as the rings are) and each conversion's unit.

#[cfg(not(target_arch = "wasm32"))]
use super::drawn::per_language;
use super::drawn::{conversions_due, language_panel, show_conversions, DrawnNotice};
use crate::i18n::Lang;
#[cfg(not(target_arch = "wasm32"))]
use crate::model::Claims;
use crate::model::{quote_for_display, RangeClaim, Source, Unit};
use crate::state::MapState;
use crate::ui::deferred::after_paint;
use crate::ui::use_text;
use leptos::prelude::*;

/// The directory, beside the page, that holds the drawn legends.
pub const LEGENDS_DIR: &str = "legends";
/// The class of the list holding the drawn items (the prerendered view's is copied from it).
const HOLDER_CLASS: &str = "legend-items";

/// The legend: the drawn items of the sources shown. It follows a switch one frame late
/// (it is under the map, off the first screen), so its layout is not in the frame that shows
/// the new rings.
#[component]
pub fn Legend() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    // Every item: the prerender is of the default view, which shows every source.
    let drawn = language_panel(
        state,
        LEGENDS_DIR,
        HOLDER_CLASS,
        #[cfg(not(target_arch = "wasm32"))]
        legend_html,
    );
    let lagged = after_paint(Memo::new(move |_| state.sources.get()));
    let holder = NodeRef::<leptos::html::Ul>::new();
    let items = StoredValue::new(Vec::<(String, web_sys::Element)>::new());
    let written = StoredValue::new(String::new());
    let in_unit = StoredValue::new(None);
    Effect::new(move |_| {
        let Some(list) = holder.get() else {
            return;
        };
        let list: web_sys::Element = list.into();
        let fresh = drawn.write_into(&list, written);
        if fresh {
            items.set_value(drawn_items(&list));
        }
        lagged.value.with(|chosen| {
            state.offer.with_value(|offer| {
                items.with_value(|all| {
                    show_items(&list, all, |source| chosen.shows_in(source, offer))
                });
            });
        });
        // Every item, in the list or not: one put back later is then already in the unit.
        let unit = state.unit.get();
        if conversions_due(unit, in_unit, fresh) {
            items.with_value(|all| {
                all.iter()
                    .for_each(|(_, item)| show_conversions(item, unit))
            });
        }
    });
    let busy = drawn.busy();
    view! {
        <section
            class="legend"
            data-testid="legend"
            aria-label=t.legend_heading
            aria-busy=move || (lagged.waiting.get() || busy().is_some()).then_some("true")
        >
            <h2>{t.legend_heading}</h2>
            <DrawnNotice drawn message=t.legend_not_loaded testid="legend-notice" />
            <ul class=HOLDER_CLASS data-file=drawn.file() node_ref=holder inner_html=drawn.built_markup()></ul>
            <AddedItems chosen=lagged.value />
        </section>
    }
}

/// The legend items of the embedding page's own claims shown: drawn here, in the page (the
/// build cannot know them), after the map's sources', each marked as the page's own.
#[component]
fn AddedItems(chosen: Memo<crate::rings::SourceChoice>) -> impl IntoView {
    let state = expect_context::<MapState>();
    let lang = state.lang_untracked();
    let items = move || {
        let unit = state.unit.get();
        chosen.with(|chosen| {
            state.data.with_value(|d| {
                state.offer.with_value(|offer| {
                    d.claims
                        .range_claims
                        .iter()
                        .filter_map(|c| {
                            let i = d.claims.sources.iter().position(|s| s.id == c.source)?;
                            let source = &d.claims.sources[i];
                            (source.added && chosen.shows_in(&source.id, offer)).then(|| {
                                legend_item(source, d.claims.shipped_count(), lang, unit, i, c)
                            })
                        })
                        .collect_view()
                })
            })
        })
    };
    let any = move || state.data.with_value(|d| d.claims.has_added());
    view! {
        <Show when=any>
            <ul class="legend-items legend-added" data-testid="legend-added">{items}</ul>
        </Show>
    }
}

/// The items of a `list` just drawn, each with the source it is of (its `data-source`), in
/// the drawn order: kept while some are out of the list.
fn drawn_items(list: &web_sys::Element) -> Vec<(String, web_sys::Element)> {
    let children = list.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .map(|item| (item.get_attribute("data-source").unwrap_or_default(), item))
        .collect()
}

/// Puts in `list` the items of `all` whose source is `shown`, in order, and takes out the rest.
fn show_items(
    list: &web_sys::Element,
    all: &[(String, web_sys::Element)],
    shown: impl Fn(&str) -> bool,
) {
    // The list holds some of `all`, in order: `at` is the next of them not yet passed.
    let mut at = list.first_element_child();
    for (source, item) in all {
        if at.as_ref() == Some(item) {
            at = item.next_element_sibling();
            if !shown(source) {
                item.remove();
            }
        } else if shown(source) {
            let _ = list.insert_before(item, at.as_ref().map(|a| a.as_ref()));
        }
    }
}

/// Every legend item of `claims` in `lang`, as HTML: one per range claim in the data's order
/// (the rings' order), then one per source with no range figure; each conversion in `unit`
/// and, in its `data-*` attributes, in every unit.
#[cfg(not(target_arch = "wasm32"))]
pub fn legend_html(claims: &Claims, lang: Lang, unit: Unit) -> String {
    use leptos::tachys::view::RenderHtml;
    let t = lang.text();
    let index_of = |source: &str| claims.sources.iter().position(|s| s.id == source);
    let ranges = claims
        .range_claims
        .iter()
        .filter_map(|c| {
            let i = index_of(&c.source)?;
            Some(legend_item(
                &claims.sources[i],
                claims.shipped_count(),
                lang,
                unit,
                i,
                c,
            ))
        })
        .collect_view()
        .to_html();
    let silent = claims
        .sources
        .iter()
        .filter(|s| claims.ranges_of(&s.id).next().is_none())
        .map(|s| {
            let attribution = lang.attribution(s.outlet_in(lang), None, &lang.source_date(s));
            view! {
                <li class="legend-item silent" data-source=s.id.clone()>
                    <div>
                        <p class="figure"><strong>{attribution}</strong></p>
                        <p class="qualifier">{t.legend_no_figure}</p>
                    </div>
                </li>
            }
        })
        .collect_view()
        .to_html();
    ranges + &silent
}

/// Every drawing of the legend the page may fetch: one per language, its path from the page
/// ([`super::drawn::language_file`]) and its HTML. The build writes them beside the page.
#[cfg(not(target_arch = "wasm32"))]
pub fn drawn_legends(claims: &Claims) -> impl Iterator<Item = (String, String)> + '_ {
    per_language(LEGENDS_DIR, move |lang| legend_html(claims, lang, Unit::Km))
}

/// One range claim's legend item; `source_index` is its source's place in the data (its
/// colour), `shipped` how many of the data's sources are the map's own. An embedding page's
/// own claim is marked as such, its outlet as typed with its link's host beside it.
fn legend_item(
    source: &Source,
    shipped: usize,
    lang: Lang,
    unit: Unit,
    source_index: usize,
    c: &RangeClaim,
) -> impl IntoView {
    let t = lang.text();
    let added = source.added;
    let link = source.link.clone();
    let link_text = source.link_host().unwrap_or_default().to_owned();
    let outlet = source.outlet_with_host(lang);
    let (date, author) = (lang.source_date(source), source.author.clone());
    // A blog's outlet is its author's name: say it once ("G e N Iuvinale (blog)").
    let author = author.filter(|a| !outlet.starts_with(a.as_str()));
    let [km, mi, nmi] = Unit::ALL.map(|u| lang.converted_figure(c, c.conversion_unit(u)));
    let conversion = lang.converted_figure(c, c.conversion_unit(unit));
    view! {
        <li class=format!("legend-item {}", crate::rings::palette_class(source_index, added, shipped))
            data-legend-claim=c.id.clone() data-source=c.source.clone() data-added=added.then_some("true")>
            <svg class="swatch" width="36" height="14" aria-hidden="true">
                <line x1="2" y1="7" x2="34" y2="7" />
            </svg>
            <div>
                <p class="figure">
                    <strong>{lang.printed_figure(c)}</strong>
                    " "<span class="conversion" data-km=km data-mi=mi data-nmi=nmi>{conversion}</span>
                    " · "{lang.system_label(c)}
                </p>
                <p class="qualifier">{lang.qualifier_meaning(c.qualifier)}</p>
                <blockquote lang=(!added).then_some("en")>"“"{quote_for_display(&c.quote)}"”"</blockquote>
                <p class="attribution">
                    "— "{lang.attribution(&outlet, author.as_deref(), &date)}
                </p>
                {link.map(|href| view! {
                    <p class="added-link">{t.added_link}
                        <a href=href rel="nofollow noopener noreferrer" target="_blank">{link_text.clone()}</a>
                    </p>
                })}
                {added.then(|| view! { <p class="added-mark">{t.added_by_page}</p> })}
                {c.note_in(lang).map(note_view)}
            </div>
        </li>
    }
}

/// A claim's note, with the words it quotes from the source ("…") marked as quotes in
/// English: a Japanese note quotes the source as printed, never translated.
fn note_view(note: &str) -> impl IntoView {
    let parts: Vec<AnyView> = note
        .split('"')
        .enumerate()
        .map(|(i, part)| {
            let part = part.to_owned();
            if i % 2 == 1 {
                view! { <q lang="en">{part}</q> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect();
    view! { <p class="note">{parts}</p> }
}
