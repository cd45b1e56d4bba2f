//! Why something the reader asked for did not work, typed, and said in the reader's language:
//! a base map file the page fetches ([`FetchFailure`]) and a downloaded image
//! ([`ExportProblem`]). The browser's own error text is never shown: it is in the browser's
//! language, not the page's, and says nothing a reader can act on.

use crate::i18n::Lang;
use crate::model::DataError;

/// Why a file the page fetches from its own origin could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchProblem {
    /// The request did not reach the server (offline, or the connection dropped).
    Offline,
    /// The server answered with this HTTP status, not 200.
    Status(u16),
    /// An answer came but its text could not be read.
    Unreadable,
    /// The file came, but its contents are not a base map (a broken deploy).
    Malformed(DataError),
}

/// A fetch that failed: the file's path in the site (`data/basemap-detail.json`) and why.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchFailure {
    /// The file, as a path from the site's root.
    pub path: String,
    /// What went wrong.
    pub problem: FetchProblem,
}

impl FetchFailure {
    /// The reason as the page shows it in brackets after its note: the file, then why.
    pub fn message(&self, lang: Lang) -> String {
        let path = &self.path;
        match (&self.problem, lang) {
            (FetchProblem::Offline, Lang::En) => format!("{path}: could not be fetched (offline?)"),
            (FetchProblem::Offline, Lang::Ja) => {
                format!("{path}：取得できませんでした（オフラインかもしれません）")
            }
            (FetchProblem::Status(code), Lang::En) => format!("{path}: the server answered {code}"),
            (FetchProblem::Status(code), Lang::Ja) => {
                format!("{path}：サーバーの応答はHTTP {code}でした")
            }
            (FetchProblem::Unreadable, Lang::En) => {
                format!("{path}: the response could not be read")
            }
            (FetchProblem::Unreadable, Lang::Ja) => format!("{path}：応答を読めませんでした"),
            // The data error names the file and the field already.
            (FetchProblem::Malformed(e), Lang::En) => e.to_string(),
            (FetchProblem::Malformed(e), Lang::Ja) => {
                let (file, field) = match e {
                    DataError::Parse { file, field, .. }
                    | DataError::Invalid { file, field, .. } => (file, field),
                };
                // "." is the whole file: there is no one field to name.
                match field.as_str() {
                    "." => format!("{file}：内容に誤りがあります"),
                    _ => format!("{file}：内容に誤りがあります（項目 {field}）"),
                }
            }
        }
    }
}

/// Why a download of the view (SVG, PNG or GeoJSON) could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportProblem {
    /// The map is not on the page (it has not been drawn yet).
    MapMissing,
    /// The drawn map could not be copied or written out as SVG.
    MapNotCopied,
    /// The browser did not make the file or start its download.
    FileRefused,
    /// The browser gave no canvas to draw the PNG on.
    NoCanvas,
    /// The map could not be drawn on the canvas.
    NotDrawn,
    /// The canvas could not be encoded as PNG.
    PngNotEncoded,
    /// The base map the picture is drawn over could not be fetched or read.
    BaseMapMissing,
}

impl ExportProblem {
    /// Every problem, for the tests that check each is said in every language.
    pub const ALL: [ExportProblem; 7] = [
        ExportProblem::MapMissing,
        ExportProblem::MapNotCopied,
        ExportProblem::FileRefused,
        ExportProblem::NoCanvas,
        ExportProblem::NotDrawn,
        ExportProblem::PngNotEncoded,
        ExportProblem::BaseMapMissing,
    ];

    /// The reason, for the middle of the export status sentence.
    pub fn message(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::BaseMapMissing, Lang::En) => "the base map could not be fetched",
            (Self::BaseMapMissing, Lang::Ja) => "背景の地図を取得できませんでした",
            (Self::MapMissing, Lang::En) => "the map is not drawn yet",
            (Self::MapMissing, Lang::Ja) => "地図がまだ描かれていません",
            (Self::MapNotCopied, Lang::En) => "the map could not be copied",
            (Self::MapNotCopied, Lang::Ja) => "地図を写し取れませんでした",
            (Self::FileRefused, Lang::En) => "the browser did not make the file",
            (Self::FileRefused, Lang::Ja) => "ブラウザーがファイルを作りませんでした",
            (Self::NoCanvas, Lang::En) => "the browser gave no canvas to draw on",
            (Self::NoCanvas, Lang::Ja) => "ブラウザーが描画用のキャンバスを用意できませんでした",
            (Self::NotDrawn, Lang::En) => "the map could not be drawn",
            (Self::NotDrawn, Lang::Ja) => "地図を描けませんでした",
            (Self::PngNotEncoded, Lang::En) => "the PNG could not be encoded",
            (Self::PngNotEncoded, Lang::Ja) => "PNG画像を作れませんでした",
        }
    }
}
