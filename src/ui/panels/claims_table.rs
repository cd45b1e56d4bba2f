//! The claims table: claim types by source, each cell the figure as printed and its quote,
//! disagreements marked in words, and "no figure given" where a source is silent.
//!
//! The table depends only on the data and the language, so the build writes it ([`table_html`],
//! natively) into `tables/` beside the page, and the page shows its language's
//! ([`super::drawn`]): the prerendered view's copy, or fetched after a change of language.
//! What follows the reader is two attributes the page sets on the drawn markup: which sources'
//! cells are shown on the map (`data-shown`) and each figure's conversion into the reader's unit
//! (written into the markup for every unit, as `data-km`, `data-mi`, `data-nmi`).

#[cfg(not(target_arch = "wasm32"))]
use super::drawn::per_language;
use super::drawn::{
    conversions_due, for_each, language_panel, show_conversions, Drawn, DrawnNotice,
};
#[cfg(not(target_arch = "wasm32"))]
use crate::i18n::Lang;
#[cfg(not(target_arch = "wasm32"))]
use crate::model::{quote_for_display, Claims, OtherClaim, RangeClaim, Source, Unit};
use crate::state::MapState;
#[cfg(not(target_arch = "wasm32"))]
use crate::table::{claims_table, Headline, TableCell, TableRow};
use crate::ui::use_text;
use leptos::prelude::*;

/// The directory, beside the page, that holds the drawn tables.
pub const TABLES_DIR: &str = "tables";
/// The class of the element holding the drawn table (the prerendered view's is copied from it).
const HOLDER_CLASS: &str = "table-scroll";

/// A `<table>` of what each source claims; it scrolls sideways inside its own wrapper on
/// narrow screens so the page never widens.
#[component]
pub fn ClaimsTable() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let drawn = language_panel(
        state,
        TABLES_DIR,
        HOLDER_CLASS,
        #[cfg(not(target_arch = "wasm32"))]
        table_html,
    );
    let holder = NodeRef::<leptos::html::Div>::new();
    follow_choices(state, drawn, holder);
    view! {
        <section class="claims" aria-labelledby="claims-heading" aria-busy=drawn.busy()>
            <h2 id="claims-heading">{t.table_heading}</h2>
            // Outside the scrolling box, so a phone shows the whole explanation.
            <p class="table-note">{t.table_note}</p>
            <DrawnNotice drawn message=t.table_not_loaded testid="table-notice" />
            // Focusable so keyboard readers can scroll it; labelled so the region is announced.
            <div
                class=HOLDER_CLASS
                role="region"
                aria-labelledby="claims-heading"
                tabindex="0"
                data-file=drawn.file()
                node_ref=holder
                inner_html=drawn.built_markup()
            ></div>
            <AddedRows />
        </section>
    }
}

/// The embedding page's own claims, under the map's table: the build cannot know them, so the
/// page writes their rows, each marked as the page's own, the figure as printed beside its
/// conversion into the reader's unit.
#[component]
fn AddedRows() -> impl IntoView {
    let state = expect_context::<MapState>();
    let lang = state.lang_untracked();
    let t = lang.text();
    let rows = move || {
        let unit = state.unit.get();
        state.data.with_value(|d| {
            d.claims
                .range_claims
                .iter()
                .filter_map(|c| {
                    let source = d.claims.source(&c.source).filter(|s| s.added)?;
                    let outlet = source.outlet_with_host(lang);
                    let attribution =
                        lang.attribution(&outlet, source.author.as_deref(), &lang.source_date(source));
                    Some(view! {
                        <tr data-added="true" data-source=c.source.clone()>
                            <th scope="row">{attribution}</th>
                            <td>{lang.system_label(c)}</td>
                            <td>
                                <strong>{lang.printed_figure(c)}</strong>" "
                                <span class="conversion">{lang.converted_figure(c, c.conversion_unit(unit))}</span>
                            </td>
                            <td><q>{crate::model::quote_for_display(&c.quote)}</q></td>
                        </tr>
                    })
                })
                .collect_view()
        })
    };
    let any = move || state.data.with_value(|d| d.claims.has_added());
    view! {
        <Show when=any>
            <div class="table-scroll">
                <table class="claims-table added-table" data-testid="added-claims-table">
                    <caption>{t.added_by_page}</caption>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Show>
    }
}

/// Writes the drawn table in and keeps it in step with the reader: each source's cells marked
/// shown or not as the map shows it, each conversion in the reader's unit.
fn follow_choices(state: MapState, drawn: Drawn, holder: NodeRef<leptos::html::Div>) {
    let written = StoredValue::new(String::new());
    let in_unit = StoredValue::new(None);
    Effect::new(move |_| {
        let Some(holder) = holder.get() else {
            return;
        };
        let fresh = drawn.write_into(&holder, written);
        state.sources.with(|chosen| {
            for_each(&holder, "[data-source]", |cell| {
                if let Some(id) = cell.get_attribute("data-source") {
                    let offered = state.offer.with_value(|offer| offer.includes(&id));
                    let shown = flag(offered && chosen.shows(&id));
                    if cell.get_attribute("data-shown").as_deref() != Some(shown) {
                        let _ = cell.set_attribute("data-shown", shown);
                    }
                    // A source the page does not offer has no column at all.
                    if !offered && !cell.has_attribute("hidden") {
                        let _ = cell.set_attribute("hidden", "");
                    }
                }
            });
        });
        let unit = state.unit.get();
        if conversions_due(unit, in_unit, fresh) {
            show_conversions(&holder, unit);
        }
    });
}

/// `"true"` or `"false"`, for `data-*` attributes the tests and styles read.
fn flag(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// The claims table of `claims` in `lang`, as HTML: every source's cells shown, each
/// conversion in `unit` and, in its `data-*` attributes, in every unit.
#[cfg(not(target_arch = "wasm32"))]
pub fn table_html(claims: &Claims, lang: Lang, unit: Unit) -> String {
    use leptos::tachys::view::RenderHtml;
    let t = lang.text();
    let sources = claims.sources.clone();
    let rows = claims_table(claims);
    view! {
        <table class="claims-table" data-testid="claims-table">
            <caption>{t.table_caption}</caption>
            <thead>
                <tr>
                    <td class="corner"></td>
                    {sources.iter().enumerate().map(|(i, s)| source_heading(lang, i, s)).collect_view()}
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| table_row(lang, unit, r)).collect_view()}
            </tbody>
        </table>
    }
    .to_html()
}

/// Every drawing of the table the page may fetch: one per language, its path from the page
/// ([`super::drawn::language_file`]) and its HTML. The build writes them beside the page.
#[cfg(not(target_arch = "wasm32"))]
pub fn drawn_tables(claims: &Claims) -> impl Iterator<Item = (String, String)> + '_ {
    per_language(TABLES_DIR, move |lang| table_html(claims, lang, Unit::Km))
}

/// A column heading: the outlet and date, in the source's colour.
#[cfg(not(target_arch = "wasm32"))]
fn source_heading(lang: Lang, index: usize, source: &Source) -> AnyView {
    view! {
        <th scope="col" class=format!("src s{}", index % 5) data-source=source.id.clone() data-shown="true">
            <span class="outlet">{source.outlet_in(lang).to_owned()}</span>
            <span class="date">{lang.source_date(source)}</span>
        </th>
    }
    .into_any()
}

/// One row: its heading, with "Sources differ" when they do, and a cell per source.
#[cfg(not(target_arch = "wasm32"))]
fn table_row(lang: Lang, unit: Unit, row: TableRow) -> AnyView {
    let t = lang.text();
    view! {
        <tr data-row=row.id data-differs=flag(row.differs)>
            <th scope="row">
                {lang.table_row(row.id)}
                {row.differs.then(|| view! { <span class="differs-mark">{t.sources_differ}</span> })}
            </th>
            {row.cells.into_iter().enumerate().map(|(i, c)| table_cell(lang, unit, i, c)).collect_view()}
        </tr>
    }
    .into_any()
}

/// One source's cell: its headline figure(s) and quote, the rest folded, or "no figure given".
#[cfg(not(target_arch = "wasm32"))]
fn table_cell(lang: Lang, unit: Unit, index: usize, cell: TableCell) -> AnyView {
    let t = lang.text();
    let silent = cell.is_silent();
    let body = match cell.headline {
        None => view! { <span class="silent">{t.no_figure}</span> }.into_any(),
        Some(Headline::Ranges(ranges)) => ranges
            .into_iter()
            .map(|c| range_figure(lang, unit, c))
            .collect_view()
            .into_any(),
        Some(Headline::Claim(claim)) => other_figure(lang, claim).into_any(),
    };
    view! {
        <td
            class=format!("s{}", index % 5)
            data-shown="true"
            data-source=cell.source
            data-differs=flag(cell.differs)
            data-silent=flag(silent)
        >
            {cell.differs.then(|| view! { <span class="differs-mark">{t.differs}</span> })}
            {body}
            {more_claims(lang, cell.more)}
        </td>
    }
    .into_any()
}

/// A range figure as printed, its conversion to the reader's unit (as the legend shows it;
/// `unit`'s, and every unit's in `data-km`, `data-mi`, `data-nmi`), the system, and the quote.
#[cfg(not(target_arch = "wasm32"))]
fn range_figure(lang: Lang, unit: Unit, claim: RangeClaim) -> AnyView {
    let [km, mi, nmi] = Unit::ALL.map(|u| lang.converted_figure(&claim, claim.conversion_unit(u)));
    let conversion = lang.converted_figure(&claim, claim.conversion_unit(unit));
    view! {
        <div class="claim">
            <p class="figure">
                <strong>{lang.printed_figure(&claim)}</strong>" "
                <span class="conversion" data-km=km data-mi=mi data-nmi=nmi>{conversion}</span>
            </p>
            <p class="what">{lang.system_label(&claim)}</p>
            <q lang="en">{quote_for_display(&claim.quote)}</q>
        </div>
    }
    .into_any()
}

/// A quantity, cost, schedule or platform claim: the headline figures where the data marks
/// them, our short summary, and the quote.
#[cfg(not(target_arch = "wasm32"))]
fn other_figure(lang: Lang, claim: OtherClaim) -> AnyView {
    let figures = (!claim.compare.is_empty()).then(|| {
        // As printed, so in the source's English ("five", "$1.4 billion").
        view! { <p class="figure"><strong lang="en">{claim.compare.join(", ")}</strong></p> }
    });
    view! {
        <div class="claim">
            {figures}
            <p class="what">{claim.summary_in(lang).to_owned()}</p>
            <q lang="en">{quote_for_display(&claim.quote)}</q>
        </div>
    }
    .into_any()
}

/// The source's further claims on the topic, folded so the table stays readable.
#[cfg(not(target_arch = "wasm32"))]
fn more_claims(lang: Lang, more: Vec<OtherClaim>) -> Option<impl IntoView> {
    if more.is_empty() {
        return None;
    }
    Some(view! {
        <details>
            <summary>{lang.more_claims(more.len())}</summary>
            <ul>
                {more.into_iter().map(|c| view! {
                    <li>
                        <span class="what">{c.summary_in(lang).to_owned()}</span>" "
                        <q lang="en">{quote_for_display(&c.quote)}</q>
                    </li>
                }).collect_view()}
            </ul>
        </details>
    })
}
