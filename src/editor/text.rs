//! The editor's own words, in English and Japanese: kept apart from the map's catalogue
//! ([`crate::i18n::Text`]), so the reader's page does not carry them.

use crate::i18n::Lang;

crate::i18n::catalogue! {
    /// Every sentence the editor shows besides those it shares with the map.
    struct EditorText {
        /// The document's title and the page's heading.
        title,
        /// What the editor is for, under the heading.
        intro,
        /// The link back to the map, on the view being edited.
        back_to_map,
        /// The preview's heading.
        preview_heading,
        /// The label of the preview's width buttons.
        preview_widths,
        /// The phone width's button.
        width_phone,
        /// The article column's button.
        width_article,
        /// The full width's button.
        width_full,
        /// The preview frame's title, for screen readers.
        preview_title,
        /// Under the preview: the reader's map is live in it.
        preview_note,
        /// The view settings' heading.
        view_heading,
        /// The source choice's label.
        view_sources,
        /// The launch point's label.
        view_site,
        /// The embed's language's label.
        view_lang,
        /// The map view line while the embed opens on the home view.
        view_home,
        /// The map view line once the preview was panned or zoomed.
        view_moved,
        /// The button that returns the embed to the home view.
        view_reset,
        /// The offered sources' heading.
        offer_heading,
        /// What ticking a source does.
        offer_intro,
        /// Said when no source is ticked.
        offer_none,
        /// A source's "move up" button's label (the outlet follows).
        offer_up,
        /// A source's "move down" button's label (the outlet follows).
        offer_down,
        /// The embed code's copy button.
        copy_code,
        /// Said once the code is on the clipboard.
        code_copied,
        /// Said when the clipboard refused: select the code and copy it.
        copy_code_by_hand,
        /// The downloads' heading.
        downloads_heading,
        /// What the downloads hold.
        downloads_intro,
        /// A story step's "show in the preview" button's label (the step's number follows).
        step_preview,
        /// The editor's language switch's label.
        editor_language,
        /// The "no JavaScript" note.
        needs_script,
        /// The embed dialog's heading.
        embed_heading,
        /// What the embed dialog is for.
        embed_intro,
        /// The host picker's label.
        embed_host,
        /// The snippet's label.
        embed_code,
        /// Host: the map's own frame and script.
        host_ours,
        /// Host: a frame alone.
        host_plain,
        /// How the map's own script fits the frame.
        host_note_ours,
        /// What a plain frame does about its height.
        host_note_plain,
        /// How pym.js fits the frame.
        host_note_pym,
        /// How AMP fits the frame.
        host_note_amp,
        /// The still image's heading.
        still_heading,
        /// When to use the still image.
        still_intro,
        /// The still image's text alternative.
        still_alt,
        /// The still image's download link.
        still_download,
        /// Under the still image when the embed adds claims: the build drew it without them.
        still_without_added,
        /// The story builder's heading.
        story_heading,
        /// How stories work.
        story_intro,
        /// Adds the current view as a story step.
        story_add,
        /// Starts from the built-in story.
        story_builtin,
        /// The export buttons: the SVG download.
        download_svg,
        /// The PNG download.
        download_png,
        /// The GeoJSON download.
        download_geojson,
        /// Before the reason an export failed.
        export_failed,
        /// After the reason an export failed.
        export_failed_hint,
        /// In the Embed dialog, when a story's snippet is longer than the map reads.
        story_too_long,
    }
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
    embed_heading: "Embed this map",
    embed_intro: "Pick the kind of page it goes in, and paste the code into your article's HTML. \
                  It shows the map as it is now, without the page around it.",
    embed_host: "Your page",
    embed_code: "Embed code",
    host_ours: "Frame and fitting script",
    host_plain: "Frame only (no script)",
    host_note_ours: "The frame sends its height as a message {type: \"range-claims:height\", \
                     height, version: 1}; the script accepts it only from the map's own frame \
                     and origin.",
    host_note_plain: "Nothing on your page resizes this frame: it keeps the height in the code, \
                      enough for the map and its legend on a phone. Change it to suit your layout.",
    host_note_pym: "pym.js's Parent makes the frame and fits it: the map sends its height the way \
                    pym.js reads it. Load pym.js 1.3 as your page already does.",
    host_note_amp: "amp-iframe fits the frame to the height the map asks for (AMP's embed-size \
                    message); AMP shows the overflow button when it cannot grow the frame at once.",
    still_heading: "Or a still image",
    still_intro: "Where scripts or frames are not allowed, use this still picture of the default \
                  view (rings from Sasebo) for the chosen source:",
    still_alt: "Still map: range rings from Sasebo for the chosen source",
    still_download: "Download the still image (PNG)",
    still_without_added: "The still image was drawn with the map's own sources and does not \
        show the claims you added; the PNG download below draws them.",
    story_heading: "A story: steps your article scrolls through",
    story_intro: "Add views as steps; the code above then shows them in turn as your reader \
                  scrolls past the text you mark for each step. Close this dialog to set up the \
                  next view, then add it.",
    story_add: "Add this view as a step",
    story_builtin: "Use “How the claims changed”",
    download_svg: "Download SVG",
    download_png: "Download PNG",
    download_geojson: "Rings as GeoJSON",
    export_failed: "Export failed: ",
    export_failed_hint: ". Try again, or use your browser's screenshot.",
    story_too_long: "This story is too long for the map's address, which would be cut short: \
                     shorten the captions or remove steps.",
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
    embed_heading: "この地図を記事に埋め込む",
    embed_intro: "掲載するページの種類を選び、コードを記事のHTMLに貼り付けてください。ページの\
                  周りの部分を除いた、いまの表示の地図が表示されます。",
    embed_host: "掲載するページ",
    embed_code: "埋め込みコード",
    host_ours: "フレームと高さ調整スクリプト",
    host_plain: "フレームのみ（スクリプトなし）",
    host_note_ours: "フレームは高さをメッセージ {type: \"range-claims:height\", height, \
                     version: 1} で送ります。スクリプトは地図自身のフレームとオリジンからの\
                     ものだけを受け付けます。",
    host_note_plain: "このフレームの高さはページ側では変わらず、コードに書かれた高さのままです。\
                      スマートフォンで地図と凡例が収まる高さにしてあります。レイアウトに合わせて\
                      変更してください。",
    host_note_pym: "pym.jsのParentがフレームを作り、高さを合わせます。地図はpym.jsが読み取る形で\
                    高さを送ります。ページですでに使っているpym.js 1.3を読み込んでください。",
    host_note_amp:
        "amp-iframeは地図が求める高さ（AMPのembed-sizeメッセージ）にフレームを合わせます。\
                    すぐに広げられない場合、AMPは「さらに表示」ボタンを出します。",
    still_heading: "静止画を使う",
    still_intro:
        "スクリプトやフレームが使えない場合は、選んだ報道の初期表示（佐世保からの射程円）の\
                  静止画を使ってください：",
    still_alt: "静止画の地図：選んだ報道による佐世保からの射程円",
    still_download: "静止画（PNG）をダウンロード",
    still_without_added: "静止画は地図の報道だけで描かれており、追加した主張は含まれません。\
        追加した主張を含む画像は下のPNGダウンロードで作れます。",
    story_heading: "ストーリー：記事のスクロールに合わせて切り替わる表示",
    story_intro: "表示を手順として追加すると、上のコードは読者が各手順の本文までスクロールする\
                  たびに、その表示に切り替えます。このダイアログを閉じて次の表示を整え、\
                  追加してください。",
    story_add: "この表示を手順に追加",
    story_builtin: "「主張の移り変わり」を使う",
    download_svg: "SVGをダウンロード",
    download_png: "PNGをダウンロード",
    download_geojson: "射程円をGeoJSONで",
    export_failed: "書き出せませんでした：",
    export_failed_hint: "。もう一度試すか、ブラウザのスクリーンショットを使ってください。",
    story_too_long: "このストーリーは地図のアドレスに収まらず、途中で切れてしまいます。説明文を\
                     短くするか、手順を減らしてください。",
};

/// The editor's words in `lang`.
pub fn editor_text(lang: Lang) -> &'static EditorText {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
    }
}
