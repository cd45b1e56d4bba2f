//! The interface in Japanese (日本語). Quotes from the sources are never translated; they are
//! shown as printed, in English, marked `lang="en"`.

use super::{StillText, Text};

/// Every Japanese string of the interface.
pub static TEXT: Text = Text {
    title: "日本の新たなミサイルはどこまで届くのか",
    lede: "日本が配備を進めるトマホークと12式地対艦誘導弾の射程は、報道によって数字が異なります。\
           この地図は日本の発射拠点と第1列島線を示します。発射地点を選び、地図をドラッグや\
           ズームで動かし、正距図法に切り替えると、発射地点からの距離をゆがみなく見られます。",
    language: "言語",
    source_switcher: "報道",
    all_sources: "すべての報道",
    all_sources_detail: "重ねて表示",
    compare_two: "2つを比較",
    compare_two_detail: "並べて表示",
    legend_heading: "各円が示すもの",
    legend_no_figure: "射程の数字なし：この報道は購入を伝えていますが、ミサイルがどこまで届くかは\
                       述べていません。",
    qualifier_exact: "単一の数字で示された射程",
    qualifier_about: "おおよその数字",
    qualifier_lower_bound: "下限：報道はこれより遠くまで届くとしている",
    qualifier_upper_bound: "上限",
    qualifier_band: "幅：2つの数字の間の帯",
    zoom: "ズーム",
    zoom_in: "拡大",
    zoom_out: "縮小",
    reset_view: "表示を元に戻す",
    projection: "図法",
    mercator: "メルカトル",
    true_distance: "正距",
    units: "距離の単位",
    unit_km: "キロメートル",
    unit_mi: "マイル（法定マイル）",
    unit_nmi: "海里",
    reset: "元に戻す",
    mercator_note: "メルカトル図法は形を保つ一方で、極に近いほど距離を引き伸ばします。そのため、\
                    ここに描いた射程円は北側にゆがんで見えます。",
    true_distance_note:
        "正距図法：すべての地点を発射地点からの実際の距離と方位に置くため、射程円は\
                         正確な円になります。",
    credits: "地図：Natural Earth（パブリックドメイン）、1:1000万、world-atlas経由。距離はWGS84\
              楕円体上で計算（Karneyの測地線アルゴリズム）。第1列島線は戦略上の概念で、線は模式的な\
              ものです。発射拠点の座標はおおよそのものです（誤差約1キロ）。",
    theme: "表示テーマ：",
    theme_group: "配色",
    theme_auto: "システム",
    theme_light: "ライト",
    theme_dark: "ダーク",
    reach_list: "射程内の地点",
    compare_group: "2つの報道を比較",
    compare_lead: "",
    compare_first: "1つ目の報道",
    compare_with: "と",
    compare_second: "2つ目の報道",
    compare_tail: "を比較",
    compare_equal: "どちらも同じ距離まで届き、円は重なります。",
    compare_changes: "2つの報道で変わること",
    compare_changes_label: "2つの報道で変わること",
    table_heading: "各報道の主張",
    table_note:
        "数字は各報道が示したとおりに、引用（英語の原文）とともに載せています。「報道により\
                 異なる」は報道間で数字が食い違う行、「相違」は最も多い数字と異なるセルを示します。",
    table_caption: "報道ごとの主張",
    sources_differ: "報道により異なる",
    differs: "相違",
    no_figure: "数字なし",
    row_tomahawk_range: "トマホークの射程",
    row_type12_current_range: "12式の射程（現行型）",
    row_type12_upgraded_range: "12式の射程（能力向上型）",
    row_quantity: "ミサイルの数",
    row_cost: "費用",
    row_schedule: "時期",
    row_platform: "発射母体",
    copy_link: "リンクをコピー",
    link_copied: "リンクをコピーしました。この表示のまま開きます。",
    copy_by_hand: "このリンクをコピーしてください：",
    embed: "埋め込み・ダウンロード",
    added_by_page: "この地図を埋め込んだページが追加した主張です。地図が確認した報道ではありません",
    added_short: "このページが追加",
    added_link: "記事：",
    close: "閉じる",
    story_caption: "説明文（任意）",
    chart_not_loaded:
        "選んだ単位のグラフを読み込めませんでした。別の単位を選んでから戻すと読み込み直します。",
    table_not_loaded:
        "この言語の一覧表を読み込めませんでした。言語を切り替えて戻すと読み込み直します。",
    legend_not_loaded:
        "この言語の凡例を読み込めませんでした。言語を切り替えて戻すと読み込み直します。",
    chart_heading: "すべての射程の数字を1本の距離軸に",
    chart_caption: "報道とミサイルごとに、報道どおりの数字を添えています。報道ごとに色と印の形が\
                    異なります。帯は「〜から〜まで」の幅、矢印は上限のない数字（「超」「以上」）、\
                    ひげ付きの白抜きの印は「約」、縦棒は上限（「最大」）を示します。",
    detail_failed: "詳しい海岸線を読み込めなかったため、簡略化した輪郭のままです。いったん縮小して\
                    から拡大すると、もう一度読み込みます。",
    overview_failed: "この表示の海岸線を読み込めなかったため、射程円と地点だけを示しています。\
                      メルカトルに切り替えてから戻すと、もう一度読み込みます。",
    map_label: "日本の発射拠点を示す東アジアの地図。クリックした場所が発射地点になります。ドラッグ\
                または矢印キーで移動、ホイール・ピンチ・＋／−キーで拡大縮小、0キーで元に戻します。",
    embed_reach: "射程内の地点（円ごと）",
    open_full_map: "地図全体を開く ↗",
    embed_credit: "地図：Natural Earth・射程円はWGS84楕円体上の測地線",
    url_ignored: "このリンクの設定の一部は無視されました。ほかの設定は反映されています：",
    dismiss: "このお知らせを閉じる",
    story: "ストーリー",
    story_prev: "前の手順",
    story_next: "次の手順",
    downloaded: "をダウンロードしました。",
    launch_point: "発射地点",
    group_aegis_ports: "イージス艦の母港",
    group_mainland: "本土の拠点",
    group_southwest_islands: "南西諸島",
    whole_chain: "南西諸島の全拠点",
    own_point: "任意の地点",
    own_point_help: "地図をクリックするか、発射地点の印をドラッグするか、度単位の十進数で入力して\
                     ください（南緯・西経はマイナス）。",
    latitude: "緯度",
    longitude: "経度",
    go: "表示",
    coordinates_from: "座標の出典：",
    your_point: "指定した地点",
    your_point_detail: "ここから各報道の射程がどこまで届くかを円で示します。",
    chain_heading: "南西諸島の拠点群",
    chain_launch: "南西諸島の各拠点",
    island_chain: "第1列島線",
    own_map_view: "独自の表示範囲",
    data_error: "地図のデータを読み込めませんでした",
};

/// Every Japanese string of the still pictures, the drawn chart and the prerendered page's head.
pub static STILL_TEXT: StillText = StillText {
    description: "報道が伝えるトマホークと12式地対艦誘導弾の射程を、日本の発射拠点と第1列島線の\
                  まわりに測地線の射程円で示す地図。",
    boot_status: "地図を読み込んでいます。選んだ表示はまもなく反映されます。",
    noscript_note: "これは地図の静止画です。報道の切り替え、発射地点の移動、拡大・縮小には\
                    JavaScriptとWebAssemblyが必要です。",
    chart_no_figure: "：射程の数字なし",
    chart_no_figures: "射程の数字なし",
    chart_failed: "グラフを描けませんでした：",
    export_sources: "出典：",
    export_credit: "地図：Natural Earth（パブリックドメイン）・距離はWGS84楕円体上（Karney）・\
                    報道別ミサイル射程地図",
    still_no_figure: "この報道は射程の数字を示していません。",
    still_notes:
        "帯は「〜から〜まで」と幅のある数字、矢印は「超」「以上」と上限のない数字を表します。\
                  メルカトル図法では円が北へ引き伸ばされて見えますが、円上のどの点も発射地点から\
                  同じ実距離です。",
};
