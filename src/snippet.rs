//! The copy-paste HTML a newsroom uses to embed the map in an article, for each kind of host
//! page: ours (`embed.js` fits the frame), a plain frame, pym.js, and AMP.

use crate::i18n::Lang;

/// The `title` every embed's `<iframe>` carries, for screen readers, in the map's language.
fn frame_title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Interactive map: how far Japan's new missiles reach, by news source",
        Lang::Ja => "インタラクティブ地図：日本の新たなミサイルはどこまで届くのか（報道別）",
    }
}

/// The height a frame starts at, in CSS px, before the map reports its own (and what a plain
/// frame, which nothing resizes, keeps: room for the map, switcher and legend on a phone).
pub const START_HEIGHT_PX: u32 = 900;

/// The element id the pym.js snippet puts the frame in: pym's `childId`.
const PYM_CONTAINER_ID: &str = "range-claims-map";

/// What kind of page the map is embedded in, each with its own snippet ([`embed_snippet`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedHost {
    /// A page that can load our script: `embed.js` fits the frame to the map's height.
    Ours,
    /// A page that allows no script: a frame of fixed height.
    PlainFrame,
    /// A page that uses NPR's pym.js (1.3): its `Parent` makes the frame and fits it.
    Pym,
    /// An AMP page: `<amp-iframe resizable>` fits the frame to the map's AMP resize message.
    Amp,
}

impl EmbedHost {
    /// Every host, in the order the Embed dialog offers them.
    pub const ALL: [EmbedHost; 4] = [Self::Ours, Self::PlainFrame, Self::Pym, Self::Amp];

    /// The id used in the dialog's `data-host` and its choice's value.
    pub fn id(self) -> &'static str {
        match self {
            Self::Ours => "script",
            Self::PlainFrame => "iframe",
            Self::Pym => "pym",
            Self::Amp => "amp",
        }
    }

    /// How the dialog names the host.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ours => "Frame and fitting script",
            Self::PlainFrame => "Frame only (no script)",
            Self::Pym => "pym.js",
            Self::Amp => "AMP",
        }
    }

    /// The host by its [`Self::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|h| h.id() == id)
    }
}

/// The HTML a newsroom pastes to embed the map as shown now on a page of kind `host`.
/// `page_url` is the map page's address without query; `query` the current view's (with
/// `embed=1`); `lang` the map's language, which the frame's title speaks.
pub fn embed_snippet(host: EmbedHost, page_url: &str, query: &str, lang: Lang) -> String {
    let title = frame_title(lang);
    let show_all = match lang {
        Lang::En => "Show the whole map",
        Lang::Ja => "地図全体を表示",
    };
    let base = page_url.rsplit_once('/').map_or(page_url, |(dir, _)| dir);
    let url = format!("{page_url}?{query}");
    let src = url.replace('&', "&amp;");
    match host {
        EmbedHost::Ours => format!(
            "<iframe src=\"{src}\" title=\"{title}\" data-range-claims loading=\"lazy\" \
             style=\"width:100%;height:{START_HEIGHT_PX}px;border:0\"></iframe>\n\
             <script src=\"{base}/embed.js\" async></script>"
        ),
        EmbedHost::PlainFrame => format!(
            "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" \
             style=\"width:100%;height:{START_HEIGHT_PX}px;border:0\"></iframe>"
        ),
        EmbedHost::Pym => format!(
            "<div id=\"{PYM_CONTAINER_ID}\"></div>\n\
             <!-- pym.js 1.3, from wherever your page loads it -->\n\
             <script src=\"pym.v1.min.js\"></script>\n\
             <script>new pym.Parent(\"{PYM_CONTAINER_ID}\", \"{}\", {{ title: \"{title}\" }});</script>",
            url.replace('"', "%22")
        ),
        EmbedHost::Amp => format!(
            "<amp-iframe src=\"{src}\" title=\"{title}\" width=\"400\" height=\"{START_HEIGHT_PX}\" \
             layout=\"responsive\" resizable sandbox=\"allow-scripts allow-same-origin\" frameborder=\"0\">\n  \
             <div overflow tabindex=\"0\" role=\"button\" aria-label=\"{show_all}\">{show_all}</div>\n\
             </amp-iframe>"
        ),
    }
}

/// What the frame-and-script snippet adds for a story of `steps` steps: how to mark each
/// step's text in the article so that `embed.js` shows it as the reader scrolls.
pub fn story_steps_hint(steps: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "<!-- In your article, mark the text of each step, 1 to {steps}: \
             <section data-range-claims-step=\"1\">…</section>. For a map that stays in view \
             while the text scrolls, make the frame sticky and add data-range-claims-fit=\"none\" \
             so the script leaves its height to you. -->"
        ),
        Lang::Ja => format!(
            "<!-- 記事の中で、各手順（1〜{steps}）の本文を \
             <section data-range-claims-step=\"1\">…</section> で囲んでください。本文のスクロール中も\
             地図を表示し続けるには、フレームをstickyにし、data-range-claims-fit=\"none\" を加えて\
             高さをスクリプトに任せないようにしてください。 -->"
        ),
    }
}
