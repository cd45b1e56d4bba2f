//! The copy-paste HTML a newsroom uses to embed the map in an article.

/// The `title` every embed's `<iframe>` carries, for screen readers.
const FRAME_TITLE: &str = "Interactive map: how far Japan's new missiles reach, by news source";

/// The HTML a newsroom pastes to embed the map as shown now: an `<iframe>` with a title, and
/// the small script that fits the frame to the map's height. `page_url` is the map page's
/// address without query; `query` the current view's (with `embed=1`).
pub fn embed_snippet(page_url: &str, query: &str) -> String {
    let base = page_url.rsplit_once('/').map_or(page_url, |(dir, _)| dir);
    let src = format!("{page_url}?{query}").replace('&', "&amp;");
    format!(
        "<iframe src=\"{src}\" title=\"{FRAME_TITLE}\" data-range-claims loading=\"lazy\" \
         style=\"width:100%;height:720px;border:0\"></iframe>\n\
         <script src=\"{base}/embed.js\" async></script>"
    )
}
