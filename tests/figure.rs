//! The figure parser the editor reads a newsroom's figure with: every shipped claim, typed in
//! as its quote prints it, reads as the data file gives it; the forms newsrooms print read as
//! they should; and what cannot be drawn is refused with the reason.

use range_claims::model::{parse_printed_figure, FigureProblem, Qualifier, Unit};

mod common;
use common::data;

/// The figure as each shipped quote prints it, by claim id: what a journalist would type.
const SHIPPED: [(&str, &str); 7] = [
    ("kyodo-tomahawk", "about 1,600 kilometers"),
    ("wt-tomahawk-block-iv", "900 miles"),
    ("wt-tomahawk-block-v", "over 1,000 miles"),
    ("wt-type12-current", "120-mile to 249-mile"),
    ("wt-type12-upgraded", "up to 620 miles"),
    ("iuvinale-tomahawk", "a maximum range of 2,500 kilometers"),
    ("wp-tomahawk", "1,000-mile-plus"),
];

#[test]
fn every_shipped_figure_reads_as_the_data_file_gives_it() {
    let d = data();
    assert_eq!(
        SHIPPED.len(),
        d.claims.range_claims.len(),
        "every shipped claim is listed"
    );
    for claim in &d.claims.range_claims {
        let (_, typed) = SHIPPED
            .iter()
            .find(|(id, _)| *id == claim.id)
            .unwrap_or_else(|| panic!("{} is not listed", claim.id));
        assert!(
            claim.quote.contains(typed),
            "{}: {typed:?} is in its quote",
            claim.id
        );
        let read = parse_printed_figure(typed).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!(read.figures, claim.printed_figures, "{typed}");
        assert_eq!(read.unit, claim.unit, "{typed}");
        assert_eq!(read.qualifier, claim.qualifier, "{typed}");
    }
}

#[test]
fn the_forms_newsrooms_print_read_as_printed() {
    let cases: [(&str, &[&str], Unit, Qualifier); 12] = [
        ("about 1,600 km", &["1,600"], Unit::Km, Qualifier::About),
        ("over 1,000 miles", &["1,000"], Unit::Mi, Qualifier::Over),
        (
            "120 to 249 mi",
            &["120", "249"],
            Unit::Mi,
            Qualifier::FromTo,
        ),
        ("120–249 mi", &["120", "249"], Unit::Mi, Qualifier::FromTo),
        ("1,000-mile-plus", &["1,000"], Unit::Mi, Qualifier::Plus),
        ("up to 620 miles", &["620"], Unit::Mi, Qualifier::UpTo),
        (
            "a maximum range of 2,500 kilometers",
            &["2,500"],
            Unit::Km,
            Qualifier::Maximum,
        ),
        (
            "2,000 nautical miles",
            &["2,000"],
            Unit::Nmi,
            Qualifier::Exact,
        ),
        ("約1,600キロ", &["1,600"], Unit::Km, Qualifier::About),
        ("1,000マイル超", &["1,000"], Unit::Mi, Qualifier::Over),
        ("最大620マイル", &["620"], Unit::Mi, Qualifier::Maximum),
        ("1,250.5 km", &["1,250.5"], Unit::Km, Qualifier::Exact),
    ];
    for (typed, figures, unit, qualifier) in cases {
        let read = parse_printed_figure(typed).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!(read.figures, figures, "{typed}");
        assert_eq!(read.unit, unit, "{typed}");
        assert_eq!(read.qualifier, qualifier, "{typed}");
    }
    // Words that merely contain a qualifier do not make one.
    let read = parse_printed_figure("overall 900 miles").unwrap();
    assert_eq!(read.qualifier, Qualifier::Exact);
}

#[test]
fn a_figure_the_map_cannot_draw_is_refused_with_the_reason() {
    let cases: [(&str, FigureProblem); 10] = [
        ("far", FigureProblem::NoNumber),
        ("NaN km", FigureProblem::NoNumber),
        ("1,600", FigureProblem::NoUnit),
        (
            "1,600 furlongs",
            FigureProblem::UnknownUnit("furlongs".into()),
        ),
        ("0 km", FigureProblem::NotPositive),
        ("25,000 km", FigureProblem::TooFar),
        ("99999999999999999999999 miles", FigureProblem::TooFar),
        ("249 to 120 mi", FigureProblem::RangeBackwards),
        ("1, 2 and 3 km", FigureProblem::TooManyNumbers),
        ("1e999 km", FigureProblem::TooManyNumbers),
    ];
    for (typed, problem) in cases {
        assert_eq!(parse_printed_figure(typed), Err(problem), "{typed}");
    }
    // A ring is never negative; a hyphen joining words is not a minus sign.
    assert_eq!(
        parse_printed_figure("-500 km"),
        Err(FigureProblem::NotPositive)
    );
    assert_eq!(
        parse_printed_figure("range of −500 km"),
        Err(FigureProblem::NotPositive)
    );
    assert!(parse_printed_figure("a 1,000-mile-plus range").is_ok());
}
