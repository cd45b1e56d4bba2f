//! The claims table: claim types by source, each cell the figure as printed and its quote,
//! disagreements marked in words, and "no figure given" where a source is silent.
//!
//! The helpers return `AnyView`: erasing their nested view types cut the release wasm by
//! about 5 KB (2.7 KB gzipped) against `impl IntoView`.

use super::use_text;
use crate::model::{quote_for_display, OtherClaim, RangeClaim, Source};
use crate::state::MapState;
use crate::table::{claims_table, Headline, TableCell, TableRow};
use leptos::prelude::*;

/// A `<table>` of what each source claims; it scrolls sideways inside its own wrapper on
/// narrow screens so the page never widens.
#[component]
pub fn ClaimsTable() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    // The data never changes after loading: build the table once.
    let (sources, rows) = state
        .data
        .with_value(|d| (d.claims.sources.clone(), claims_table(&d.claims)));
    view! {
        <section class="claims" aria-labelledby="claims-heading">
            <h2 id="claims-heading">{t.table_heading}</h2>
            // Outside the scrolling box, so a phone shows the whole explanation.
            <p class="table-note">{t.table_note}</p>
            // Focusable so keyboard readers can scroll it; labelled so the region is announced.
            <div class="table-scroll" role="region" aria-labelledby="claims-heading" tabindex="0">
                <table class="claims-table" data-testid="claims-table">
                    <caption>{t.table_caption}</caption>
                    <thead>
                        <tr>
                            <td class="corner"></td>
                            {sources.iter().enumerate().map(|(i, s)| source_heading(i, s)).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(table_row).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// A column heading: the outlet and date, in the source's colour.
fn source_heading(index: usize, source: &Source) -> AnyView {
    let lang = expect_context::<MapState>().lang_untracked();
    view! {
        <th scope="col" class=format!("src s{}", index % 5) data-source=source.id.clone() data-shown=shown(&source.id)>
            <span class="outlet">{source.outlet_in(lang).to_owned()}</span>
            <span class="date">{lang.source_date(source)}</span>
        </th>
    }
    .into_any()
}

/// Whether a source's column is among those the map shows now (`data-shown`), so the table
/// follows the source switcher.
fn shown(source_id: &str) -> impl Fn() -> &'static str + Send + Sync + 'static {
    let sources = expect_context::<MapState>().sources;
    let id = source_id.to_owned();
    move || flag(sources.with(|c| c.shows(&id)))
}

/// `"true"` or `"false"`, for `data-*` attributes the tests and styles read.
fn flag(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// One row: its heading, with "Sources differ" when they do, and a cell per source.
fn table_row(row: TableRow) -> AnyView {
    let lang = expect_context::<MapState>().lang_untracked();
    let t = lang.text();
    view! {
        <tr data-row=row.id data-differs=flag(row.differs)>
            <th scope="row">
                {lang.table_row(row.id)}
                {row.differs.then(|| view! { <span class="differs-mark">{t.sources_differ}</span> })}
            </th>
            {row.cells.into_iter().enumerate().map(|(i, c)| table_cell(i, c)).collect_view()}
        </tr>
    }
    .into_any()
}

/// One source's cell: its headline figure(s) and quote, the rest folded, or "no figure given".
fn table_cell(index: usize, cell: TableCell) -> AnyView {
    let t = use_text();
    let silent = cell.is_silent();
    let body = match cell.headline {
        None => view! { <span class="silent">{t.no_figure}</span> }.into_any(),
        Some(Headline::Ranges(ranges)) => ranges
            .into_iter()
            .map(range_figure)
            .collect_view()
            .into_any(),
        Some(Headline::Claim(claim)) => other_figure(claim).into_any(),
    };
    view! {
        <td
            class=format!("s{}", index % 5)
            data-shown=shown(&cell.source)
            data-source=cell.source
            data-differs=flag(cell.differs)
            data-silent=flag(silent)
        >
            {cell.differs.then(|| view! { <span class="differs-mark">{t.differs}</span> })}
            {body}
            {more_claims(cell.more)}
        </td>
    }
    .into_any()
}

/// A range figure as printed, its conversion to the reader's unit (as the legend shows it),
/// the system, and the quote.
fn range_figure(claim: RangeClaim) -> AnyView {
    let state = expect_context::<MapState>();
    let (unit, lang) = (state.unit, state.lang_untracked());
    let conversion = {
        let claim = claim.clone();
        move || lang.converted_figure(&claim, claim.conversion_unit(unit.get()))
    };
    view! {
        <div class="claim">
            <p class="figure">
                <strong>{lang.printed_figure(&claim)}</strong>" "
                <span class="conversion">{conversion}</span>
            </p>
            <p class="what">{lang.system_label(&claim)}</p>
            <q lang="en">{quote_for_display(&claim.quote)}</q>
        </div>
    }
    .into_any()
}

/// A quantity, cost, schedule or platform claim: the headline figures where the data marks
/// them, our short summary, and the quote.
fn other_figure(claim: OtherClaim) -> AnyView {
    let lang = expect_context::<MapState>().lang_untracked();
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
fn more_claims(more: Vec<OtherClaim>) -> Option<impl IntoView> {
    if more.is_empty() {
        return None;
    }
    let lang = expect_context::<MapState>().lang_untracked();
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
