//! The editor's own words, in English and Japanese: kept apart from the map's catalogue
//! ([`crate::i18n::Text`]), so the reader's page does not carry them.

use crate::i18n::Lang;

/// Every sentence the editor shows besides those it shares with the map.
#[derive(Debug)]
pub struct EditorText {
    /// The document's title and the page's heading.
    pub title: &'static str,
    /// What the editor is for, under the heading.
    pub intro: &'static str,
    /// The link back to the map, on the view being edited.
    pub back_to_map: &'static str,
    /// The preview's heading.
    pub preview_heading: &'static str,
    /// The label of the preview's width buttons.
    pub preview_widths: &'static str,
    /// The phone width's button.
    pub width_phone: &'static str,
    /// The article column's button.
    pub width_article: &'static str,
    /// The full width's button.
    pub width_full: &'static str,
    /// The preview frame's title, for screen readers.
    pub preview_title: &'static str,
    /// Under the preview: the reader's map is live in it.
    pub preview_note: &'static str,
    /// The view settings' heading.
    pub view_heading: &'static str,
    /// The source choice's label.
    pub view_sources: &'static str,
    /// The launch point's label.
    pub view_site: &'static str,
    /// The embed's language's label.
    pub view_lang: &'static str,
    /// The map view line while the embed opens on the home view.
    pub view_home: &'static str,
    /// The map view line once the preview was panned or zoomed.
    pub view_moved: &'static str,
    /// The button that returns the embed to the home view.
    pub view_reset: &'static str,
    /// The offered sources' heading.
    pub offer_heading: &'static str,
    /// What ticking a source does.
    pub offer_intro: &'static str,
    /// Said when no source is ticked.
    pub offer_none: &'static str,
    /// A source's "move up" button's label (the outlet follows).
    pub offer_up: &'static str,
    /// A source's "move down" button's label (the outlet follows).
    pub offer_down: &'static str,
    /// The embed code's copy button.
    pub copy_code: &'static str,
    /// Said once the code is on the clipboard.
    pub code_copied: &'static str,
    /// Said when the clipboard refused: select the code and copy it.
    pub copy_code_by_hand: &'static str,
    /// The downloads' heading.
    pub downloads_heading: &'static str,
    /// What the downloads hold.
    pub downloads_intro: &'static str,
    /// A story step's "show in the preview" button's label (the step's number follows).
    pub step_preview: &'static str,
    /// The editor's language switch's label.
    pub editor_language: &'static str,
    /// The "no JavaScript" note.
    pub needs_script: &'static str,
}

/// English.
pub const EN: EditorText = EditorText {
    title: "Embed or download the range map",
    intro: "Choose what your article's map shows and offers, check it at a phone's width, \
        and copy the code for your page. Everything here is also in the preview's link.",
    back_to_map: "Back to the map",
    preview_heading: "Preview: what your readers will see",
    preview_widths: "Preview width",
    width_phone: "Phone (360 px)",
    width_article: "Article column (640 px)",
    width_full: "Full width (1280 px)",
    preview_title: "Preview of the embedded map",
    preview_note: "The map in the preview is live: pan, zoom or pick a source in it and the \
        embed opens there.",
    view_heading: "The view it opens on",
    view_sources: "Sources shown",
    view_site: "Launch point",
    view_lang: "Language of the map",
    view_home: "Map view: the whole region",
    view_moved: "Map view: as you left it in the preview",
    view_reset: "Back to the whole region",
    offer_heading: "Sources the embed offers",
    offer_intro: "Untick the sources your article does not cite. “All sources” then means \
        those ticked, in this order; “Compare two” needs two of them.",
    offer_none: "Tick at least one source: the embed offers every source until you do.",
    offer_up: "Move up: ",
    offer_down: "Move down: ",
    copy_code: "Copy code",
    code_copied: "Code copied.",
    copy_code_by_hand: "The clipboard is not available here: select the code and copy it.",
    downloads_heading: "Download the previewed view",
    downloads_intro: "The map as the preview shows it, with title, legend, sources and credit; \
        the rings as GeoJSON for GIS.",
    step_preview: "Show step ",
    editor_language: "Editor language",
    needs_script: "The editor needs JavaScript and WebAssembly.",
};

/// Japanese.
pub const JA: EditorText = EditorText {
    title: "射程地図の埋め込み・ダウンロード",
    intro: "記事の地図に表示する内容と選べる報道を決め、スマートフォンの幅で確かめてから、\
        掲載ページに合ったコードをコピーしてください。ここでの設定はすべてプレビューのリンクにも入ります。",
    back_to_map: "地図に戻る",
    preview_heading: "プレビュー：読者に見える地図",
    preview_widths: "プレビューの幅",
    width_phone: "スマートフォン（360 px）",
    width_article: "記事の段（640 px）",
    width_full: "全幅（1280 px）",
    preview_title: "埋め込んだ地図のプレビュー",
    preview_note: "プレビューの地図は操作できます。移動・拡大や報道の選択をすると、埋め込みはその表示で開きます。",
    view_heading: "最初に表示する内容",
    view_sources: "表示する報道",
    view_site: "発射地点",
    view_lang: "地図の言語",
    view_home: "地図の範囲：地域全体",
    view_moved: "地図の範囲：プレビューで表示した範囲",
    view_reset: "地域全体に戻す",
    offer_heading: "埋め込みで選べる報道",
    offer_intro: "記事で引用しない報道のチェックを外してください。「すべての報道」はチェックした報道を\
        この順に表し、「2つを比較」には2つ以上が必要です。",
    offer_none: "報道を1つ以上チェックしてください。チェックするまではすべての報道を表示します。",
    offer_up: "上へ：",
    offer_down: "下へ：",
    copy_code: "コードをコピー",
    code_copied: "コードをコピーしました。",
    copy_code_by_hand: "クリップボードを使えません。コードを選択してコピーしてください。",
    downloads_heading: "プレビューの表示をダウンロード",
    downloads_intro: "プレビューの地図を、見出し・凡例・出典・クレジット付きで保存します。\
        射程円はGIS用のGeoJSONでも保存できます。",
    step_preview: "プレビューに表示：手順",
    editor_language: "編集画面の言語",
    needs_script: "編集画面にはJavaScriptとWebAssemblyが必要です。",
};

/// The editor's words in `lang`.
pub fn editor_text(lang: Lang) -> &'static EditorText {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
    }
}
