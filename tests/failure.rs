//! Why a fetch or an export failed, as the reader reads it: in the page's language, naming the
//! file, with nothing left in English on the Japanese page but the file's path and acronyms.

use range_claims::failure::{ExportProblem, FetchFailure, FetchProblem};
use range_claims::i18n::Lang;
use range_claims::model::{BaseMap, BASEMAP_DETAIL_PATH};

/// The words of `text` written in Latin letters, outside file paths and the acronyms allowed.
fn latin_words(text: &str, allowed: &[&str]) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || "/._-`[]".contains(c)))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|w| !w.contains('/') && !w.ends_with(".json") && !allowed.contains(w))
        .map(str::to_owned)
        .collect()
}

fn failure(problem: FetchProblem) -> FetchFailure {
    FetchFailure {
        path: BASEMAP_DETAIL_PATH.to_owned(),
        problem,
    }
}

#[test]
fn every_export_problem_is_said_in_each_language_and_differs_from_the_others() {
    for lang in Lang::ALL {
        let said: Vec<&str> = ExportProblem::ALL.iter().map(|p| p.message(lang)).collect();
        for (i, text) in said.iter().enumerate() {
            assert!(!text.is_empty());
            assert!(
                !said[..i].contains(text),
                "{lang:?}: two problems read the same: {text}"
            );
        }
    }
    for p in ExportProblem::ALL {
        let ja = p.message(Lang::Ja);
        assert!(
            latin_words(ja, &["PNG"]).is_empty(),
            "{p:?} in Japanese has English in it: {ja}"
        );
        assert!(
            p.message(Lang::En).is_ascii(),
            "{p:?} in English: {}",
            p.message(Lang::En)
        );
    }
}

#[test]
fn a_failed_fetch_names_its_file_and_why_in_the_readers_language() {
    let offline = failure(FetchProblem::Offline);
    assert_eq!(
        offline.message(Lang::En),
        "data/basemap-detail.json: could not be fetched (offline?)"
    );
    assert_eq!(
        offline.message(Lang::Ja),
        "data/basemap-detail.json：取得できませんでした（オフラインかもしれません）"
    );
    let missing = failure(FetchProblem::Status(404));
    assert_eq!(
        missing.message(Lang::En),
        "data/basemap-detail.json: the server answered 404"
    );
    assert!(missing.message(Lang::Ja).contains("HTTP 404"));
    for problem in [
        FetchProblem::Offline,
        FetchProblem::Status(503),
        FetchProblem::Unreadable,
    ] {
        let ja = failure(problem.clone()).message(Lang::Ja);
        assert!(ja.starts_with("data/basemap-detail.json："), "{ja}");
        assert!(latin_words(&ja, &["HTTP"]).is_empty(), "{problem:?}: {ja}");
    }
}

#[test]
fn a_malformed_base_map_names_the_file_and_field_in_both_languages() {
    let real = std::fs::read_to_string("data/basemap.json").expect("the overview is in data/");
    let broken = real.replacen("\"precision\":2", "\"precision\":9", 1);
    assert_ne!(broken, real, "the overview names its precision");
    let error = BaseMap::parse(BASEMAP_DETAIL_PATH, &broken).expect_err("precision 9 is refused");
    let f = failure(FetchProblem::Malformed(error));
    let en = f.message(Lang::En);
    assert!(
        en.starts_with("data/basemap-detail.json: field `precision`"),
        "{en}"
    );
    assert_eq!(
        f.message(Lang::Ja),
        "data/basemap-detail.json：内容に誤りがあります（項目 precision）"
    );
}

#[test]
fn a_file_that_is_not_a_base_map_at_all_names_no_field_in_japanese() {
    let error = BaseMap::parse(BASEMAP_DETAIL_PATH, "{}").expect_err("an empty object is no map");
    let f = failure(FetchProblem::Malformed(error));
    assert!(f
        .message(Lang::En)
        .starts_with("data/basemap-detail.json: field `.`"));
    assert_eq!(
        f.message(Lang::Ja),
        "data/basemap-detail.json：内容に誤りがあります"
    );
}
