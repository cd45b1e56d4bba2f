//! The claims table: rows, cells, silences and disagreements, from the real data and from
//! small hand-made files for the edge cases.

use range_claims::model::{Claims, DataSet};
use range_claims::table::{claims_table, normalise_figure, Headline, TableCell, TableRow};

fn real_table() -> Vec<TableRow> {
    claims_table(&DataSet::load_embedded().expect("data loads").claims)
}

fn row<'a>(table: &'a [TableRow], id: &str) -> &'a TableRow {
    table.iter().find(|r| r.id == id).expect("row exists")
}

/// The ids of the sources whose cells in `row` are marked as differing.
fn differing(row: &TableRow) -> Vec<&str> {
    row.cells
        .iter()
        .filter(|c| c.differs)
        .map(|c| c.source.as_str())
        .collect()
}

#[test]
fn seven_rows_in_order_with_a_cell_per_source() {
    let table = real_table();
    let ids: Vec<&str> = table.iter().map(|r| r.id).collect();
    assert_eq!(
        ids,
        [
            "tomahawk-range",
            "type12-current-range",
            "type12-upgraded-range",
            "quantity",
            "cost",
            "schedule",
            "platform"
        ]
    );
    for r in &table {
        let sources: Vec<&str> = r.cells.iter().map(|c| c.source.as_str()).collect();
        assert_eq!(
            sources,
            [
                "kyodo-2023",
                "fox-relay-2024",
                "washington-times-2026",
                "iuvinale-2024",
                "washington-post-2022"
            ],
            "{}",
            r.id
        );
    }
}

#[test]
fn the_tomahawk_row_differs_and_the_fox_relay_is_silent() {
    let table = real_table();
    let tomahawk = row(&table, "tomahawk-range");
    assert!(tomahawk.differs);
    let fox = &tomahawk.cells[1];
    assert!(fox.is_silent() && !fox.differs);
    // Every speaking source gives its own figures (1,600 km, 900 mi and over 1,000 mi, …).
    assert_eq!(
        differing(tomahawk),
        [
            "kyodo-2023",
            "washington-times-2026",
            "iuvinale-2024",
            "washington-post-2022"
        ]
    );
    // The Washington Times gives Block IV and Block V: both lead its cell.
    match &tomahawk.cells[2].headline {
        Some(Headline::Ranges(r)) => assert_eq!(
            r.iter().map(|c| c.printed_label()).collect::<Vec<_>>(),
            ["900 mi", "over 1,000 mi"]
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn type12_rows_have_one_speaker_and_never_differ() {
    let table = real_table();
    for id in ["type12-current-range", "type12-upgraded-range"] {
        let r = row(&table, id);
        assert!(!r.differs, "{id}");
        let speaking: Vec<&str> = r
            .cells
            .iter()
            .filter(|c| !c.is_silent())
            .map(|c| c.source.as_str())
            .collect();
        assert_eq!(speaking, ["washington-times-2026"], "{id}");
    }
}

#[test]
fn quantity_four_sources_say_400_and_the_post_differs() {
    let table = real_table();
    let q = row(&table, "quantity");
    assert!(q.differs);
    assert_eq!(differing(q), ["washington-post-2022"]);
    let wp = &q.cells[4];
    assert_eq!(lead_id(wp), "washington-post-2022-quantity-2");
    // The Post's other quantity claim ("hundreds") is folded under the headline.
    assert_eq!(wp.more.len(), 1);
    assert_eq!(wp.more[0].id, "washington-post-2022-quantity-1");
}

#[test]
fn cost_differs_everywhere_and_the_fox_relay_is_silent() {
    let table = real_table();
    let cost = row(&table, "cost");
    assert!(cost.differs);
    assert!(cost.cells[1].is_silent());
    assert_eq!(
        differing(cost),
        ["kyodo-2023", "washington-times-2026", "iuvinale-2024"]
    );
}

#[test]
fn schedule_the_post_s_five_years_differs_from_2025() {
    let table = real_table();
    let s = row(&table, "schedule");
    assert!(s.differs);
    assert_eq!(differing(s), ["washington-post-2022"]);
}

#[test]
fn platforms_have_no_figures_and_never_differ() {
    let table = real_table();
    let p = row(&table, "platform");
    assert!(!p.differs);
    assert!(p.cells.iter().all(|c| !c.differs));
    // The Fox relay names no platform; the others lead with their first platform claim.
    assert!(p.cells[1].is_silent());
    assert_eq!(lead_id(&p.cells[0]), "kyodo-2023-platform-1");
}

#[test]
fn figures_normalise_to_compare_equal_amounts() {
    assert_eq!(normalise_figure("US$1.7 billion"), "$1.7 billion");
    assert_eq!(normalise_figure(" $1.7  Billion "), "$1.7 billion");
    assert_eq!(normalise_figure("1,600"), "1600");
    assert_eq!(normalise_figure("Usual"), "usual");
    assert_eq!(normalise_figure("a, b"), "a, b");
}

/// A claims file with three sources `a`, `b`, `c` and the given range and other claims.
fn hand_made(range_claims: &str, other_claims: &str) -> Vec<TableRow> {
    let source = |id: &str| {
        format!(
            r#"{{"id": "{id}", "outlet": "{id}", "outlet_ja": "報道{id}", "author": null, "date": "Jan 2024",
            "date_precision": "month", "dated_how": "test", "text_file": "{id}.txt"}}"#
        )
    };
    let text = format!(
        r#"{{"sources": [{}, {}, {}], "range_claims": [{range_claims}], "other_claims": [{other_claims}]}}"#,
        source("a"),
        source("b"),
        source("c")
    );
    claims_table(&Claims::parse("test.json", &text).expect("hand-made file parses"))
}

fn range(id: &str, source: &str, figure: &str, unit: &str, qualifier: &str) -> String {
    format!(
        r#"{{"id": "{id}", "source": "{source}", "system": "tomahawk", "variant": "unspecified",
        "printed_figures": ["{figure}"], "unit": "{unit}", "qualifier": "{qualifier}",
        "quote": "a range of {figure} {unit}"}}"#
    )
}

fn cost(id: &str, source: &str, figure: &str, compare: bool) -> String {
    let compare = if compare {
        format!(r#", "compare": ["{figure}"]"#)
    } else {
        String::new()
    };
    format!(
        r#"{{"id": "{id}", "source": "{source}", "topic": "cost", "printed_figures": ["{figure}"],
        "quote": "it costs {figure}", "summary": "cost", "summary_ja": "費用"{compare}}}"#
    )
}

/// The Tomahawk row of a hand-made file with only these range claims.
fn tomahawk_row(ranges: &[String]) -> TableRow {
    row(&hand_made(&ranges.join(","), ""), "tomahawk-range").clone()
}

/// The cost row of a hand-made file with only these cost claims.
fn cost_row(costs: &[String]) -> TableRow {
    row(&hand_made("", &costs.join(",")), "cost").clone()
}

/// The id of the claim a cell leads with.
fn lead_id(cell: &TableCell) -> &str {
    match &cell.headline {
        Some(Headline::Claim(h)) => &h.id,
        other => panic!("not a single claim: {other:?}"),
    }
}

#[test]
fn over_1000_mi_and_1000_mile_plus_agree_but_not_with_a_plain_1000_mi() {
    let over = range("x", "a", "1,000", "mi", "over");
    let plus = range("y", "b", "1,000", "mi", "plus");
    assert!(!tomahawk_row(&[over.clone(), plus.clone()]).differs);
    let plain = range("z", "c", "1,000", "mi", "exact");
    assert_eq!(differing(&tomahawk_row(&[over, plus, plain])), ["c"]);
}

#[test]
fn the_same_distance_in_other_units_agrees_to_the_kilometre() {
    // 1,609 km and 1,000 mi (1,609.344 km) round to the same whole kilometre.
    let t = tomahawk_row(&[
        range("x", "a", "1,609", "km", "exact"),
        range("y", "b", "1,000", "mi", "exact"),
    ]);
    assert!(!t.differs);
}

#[test]
fn a_tie_marks_every_speaking_cell_and_silence_never_differs() {
    let t = hand_made(
        "",
        &[
            cost("x", "a", "$1 billion", true),
            cost("y", "b", "$2 billion", true),
        ]
        .join(","),
    );
    let c = row(&t, "cost");
    assert!(c.differs);
    assert_eq!(differing(c), ["a", "b"]);
    assert!(c.cells[2].is_silent() && !c.cells[2].differs);
}

#[test]
fn claims_without_compare_figures_are_shown_but_not_compared() {
    let c = &cost_row(&[
        cost("x", "a", "$1 billion", false),
        cost("y", "b", "$2 billion", true),
        cost("z", "b", "$3 billion", false),
    ]);
    assert!(!c.differs);
    // b leads with its compared claim; its other cost claim is folded under it.
    assert_eq!(lead_id(&c.cells[1]), "y");
    assert_eq!(c.cells[1].more.len(), 1);
    assert!(!c.cells[0].is_silent());
}

#[test]
fn the_compared_claim_leads_even_when_it_is_not_first() {
    let c = &cost_row(&[
        cost("x", "a", "$1 billion", false),
        cost("y", "a", "US$2 billion", true),
        cost("z", "b", "$2 billion", true),
    ]);
    assert_eq!(lead_id(&c.cells[0]), "y");
    assert_eq!(c.cells[0].more[0].id, "x");
    // "US$2 billion" and "$2 billion" are the same amount.
    assert!(!c.differs);
}
