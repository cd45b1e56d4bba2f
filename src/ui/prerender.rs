//! The page's first view written as HTML at build time (natively), by the same components
//! that draw it in the browser: what a reader sees before the wasm has arrived, without
//! JavaScript, and in print.
//!
//! Nothing reactive runs here: the components are built once for the given choices and map
//! size, and written out. Effects are dropped (see [`DroppingExecutor`]), so nothing that
//! needs a browser (measuring, the URL, timers) is touched.

pub use super::claims_table::drawn_tables;
use super::deferred::{PanelQueue, RingsPainted};
pub use super::legend::drawn_legends;
pub use super::SHARED_BASE_ID;
use super::{page_view, provide_page_state, url_sync::IgnoredParams};
use super::{BOOT_STATUS_CLASS, PRERENDER_CLASS};
use crate::i18n::Lang;
use crate::model::{DataError, DataSet, LonLat};
use crate::projection::{Projection, ProjectionKind};
use crate::render::{base_layers_within, DrawScale, ScreenBox};
pub use crate::render::{first_view_box, FIRST_VIEW_EXTENT_DEG};
use crate::state::MapState;
use crate::url_state::UrlState;
use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// The map's size in CSS px that a prerendered view is laid out for: its labels are placed
/// for this size, and the browser scales the whole drawing (an SVG `viewBox`) to the size the
/// map really has until the page takes over.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapSizePx {
    /// Width of the map's frame, CSS px.
    pub width_px: f64,
    /// Height of the map's frame, CSS px.
    pub height_px: f64,
}

/// An executor that drops every task: a prerender is a picture of the first state, and the
/// effects the components register (measuring, timers, the URL) belong to the live page.
struct DroppingExecutor;

impl CustomExecutor for DroppingExecutor {
    fn spawn(&self, _fut: PinnedFuture<()>) {}
    fn spawn_local(&self, _fut: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The page's markup for the choices `url` describes, in `lang` unless the URL names one,
/// with the map at `size` and its home view (or the URL's view), every panel built (the live
/// page builds those below the map a frame later), and the buttons over the map assumed to
/// cover `covered`.
pub fn page_html(
    data: DataSet,
    url: UrlState,
    lang: Lang,
    size: MapSizePx,
    covered: Vec<ScreenBox>,
) -> String {
    // Only the first call sets it; a second page in the same process uses the same one.
    let _ = Executor::init_custom_executor(DroppingExecutor);
    let owner = Owner::new();
    let html = owner.with(|| {
        // The Mercator base layers, drawn for the first view's scale: the live page takes them
        // over from the markup.
        let mercator = Projection::new(ProjectionKind::Mercator, LonLat::new(0.0, 0.0));
        let within = first_view_box(&mercator);
        let first_view = base_layers_within(
            &data.basemap,
            &data.island_chain,
            &mercator,
            DrawScale::FIRST_VIEW,
            within,
        );
        let state = MapState::new(data, url);
        state.page_lang.set_value(lang);
        provide_context(IgnoredParams(RwSignal::new(Vec::new())));
        provide_page_state(state, Some(first_view));
        let proj = expect_context::<Memo<Projection>>().get_untracked();
        state.viewport.set(Some(state.take_start_view(
            &proj,
            size.width_px,
            size.height_px,
        )));
        expect_context::<super::MapCovered>().0.set(covered);
        expect_context::<RingsPainted>().0.set(true);
        expect_context::<PanelQueue>().release_all();
        page_view(state).to_html()
    });
    drop(owner);
    html
}

/// How a prerendered view is laid out: the map's size and what its buttons cover, as the
/// live page measures them in the window the view is made for. `tests/e2e/prerender.test.mjs`
/// measures both in that window, so a change to the stylesheet that moves them fails there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrerenderLayout {
    /// The map's frame.
    pub map: MapSizePx,
    /// The box of the buttons over the map (`.map-controls`), CSS px from the frame's corner.
    pub controls: ScreenBox,
}

/// The full page's prerendered view: laid out for a 1280 × 800 desktop window.
pub const FULL_PAGE_LAYOUT: PrerenderLayout = PrerenderLayout {
    map: MapSizePx {
        width_px: 872.0,
        height_px: 576.0,
    },
    controls: [651.6, 8.0, 212.4, 120.0],
};

/// The embed's prerendered view: laid out for a 412 px wide phone (412 × 823), where most
/// embeds are read.
pub const EMBED_LAYOUT: PrerenderLayout = PrerenderLayout {
    map: MapSizePx {
        width_px: 396.0,
        height_px: 300.0,
    },
    controls: [208.3, 6.0, 181.7, 92.0],
};

/// The two prerendered blocks a language's page carries, in `lang`: the full page's default
/// view, and the embed's (`?embed=1`), which `public/boot.js` shows instead before the first
/// paint. Each is a `div.prerender` ([`super::takeover`] removes them when the live page takes
/// over); the embed's base map is a `<use>` of the full page's. The embed's comes first: it
/// is small (no base map of its own), so in a frame it is parsed and painted long before the
/// full page's base map has arrived, and the full page's header follows it closely.
pub fn index_blocks(lang: Lang) -> Result<String, DataError> {
    let data = DataSet::load_embedded()?;
    let url = UrlState::default_for(&data);
    let default_site = url.launch.name_in(&data, lang);
    let full = block(data.clone(), lang, false, FULL_PAGE_LAYOUT);
    let embed = block(data, lang, true, EMBED_LAYOUT);
    let full = wrap_base(&full, SHARED_BASE_ID).unwrap_or(full);
    let embed = reuse_base(&embed, SHARED_BASE_ID).unwrap_or(embed);
    let t = lang.text();
    Ok(format!(
        "<div class=\"{PRERENDER_CLASS}\" data-view=\"embed\">{embed}</div>\n\
         <div class=\"{PRERENDER_CLASS}\" data-view=\"full\">{full}</div>\n\
         <p class=\"{BOOT_STATUS_CLASS}\" role=\"status\" data-testid=\"boot-status\" hidden>{}</p>\n\
         <p class=\"{BOOT_STATUS_CLASS}\" role=\"status\" data-testid=\"boot-view\" hidden>{}</p>",
        t.boot_status,
        lang.boot_view(&default_site),
    ))
}

/// One prerendered block of `data` in `lang`: the default view, embedded or not, its map laid
/// out as `layout` says and scaled by the browser to the size it has.
pub fn block(data: DataSet, lang: Lang, embed: bool, layout: PrerenderLayout) -> String {
    let mut url = UrlState::default_for(&data);
    url.embed = embed;
    let html = page_html(data, url, lang, layout.map, vec![layout.controls]);
    with_view_box(&html, layout.map)
}

/// Why a language's page could not be written from the built `index.html`.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// The built page lacks a part the prerender replaces (the template changed).
    #[error("the built index.html has no {0}")]
    Missing(&'static str),
    /// The embedded data failed to load.
    #[error(transparent)]
    Data(#[from] DataError),
}

/// `lang`'s page ([`Lang::page_file`]) made from Trunk's built `index.html` (`template`):
/// its `<html lang>`, title and description in `lang`, links to the other languages' pages
/// (for search engines, and in the note a reader without JavaScript sees), the prerendered
/// blocks in place of [`INDEX_MARKER`], and the loader deferred ([`defer_loader`]). Both
/// pages load the same files from the same directory.
pub fn language_page(template: &str, lang: Lang) -> Result<String, PageError> {
    let t = lang.text();
    let html = defer_loader(template).ok_or(PageError::Missing(
        "Trunk loader (`const wasm = await init(`)",
    ))?;
    let html = replace_between(&html, "<html lang=\"", "\"", lang.id())
        .ok_or(PageError::Missing("<html lang>"))?;
    let html = replace_between(&html, "<title>", "</title>", &escape_html(t.title))
        .ok_or(PageError::Missing("<title>"))?;
    let html = replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\"",
        &escape_html(t.description),
    )
    .ok_or(PageError::Missing("<meta name=\"description\">"))?;
    let others = || Lang::ALL.into_iter().filter(move |&l| l != lang);
    let alternates: String = others()
        .map(|l| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />\n    ",
                l.id(),
                l.page_file()
            )
        })
        .collect();
    let html = html.replacen(
        "<link rel=\"icon\"",
        &format!("{alternates}<link rel=\"icon\""),
        1,
    );
    let links: Vec<String> = others()
        .map(|l| {
            format!(
                "<a href=\"{}?lang={}\" hreflang=\"{}\" lang=\"{}\">{}</a>",
                l.page_file(),
                l.id(),
                l.id(),
                l.id(),
                l.own_name()
            )
        })
        .collect();
    let noscript = format!(
        "<noscript><p class=\"noscript-note\">{} {}</p></noscript>",
        escape_html(t.noscript_note),
        links.join(" ")
    );
    let html = replace_between(&html, "<noscript>", "</noscript>", "")
        .map(|h| h.replacen("<noscript></noscript>", &noscript, 1))
        .ok_or(PageError::Missing("<noscript>"))?;
    if !html.contains(INDEX_MARKER) {
        return Err(PageError::Missing("`<!-- prerendered view -->` marker"));
    }
    Ok(html.replacen(INDEX_MARKER, &index_blocks(lang)?, 1))
}

/// `html` with the text between the first `start` and the next `end` after it replaced by
/// `with`; `None` if there is no such span.
fn replace_between(html: &str, start: &str, end: &str, with: &str) -> Option<String> {
    let from = html.find(start)? + start.len();
    let to = from + html[from..].find(end)?;
    Some(format!("{}{with}{}", &html[..from], &html[to..]))
}

/// `text` safe inside an HTML element or a double-quoted attribute.
fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The map's `<svg>` given a `viewBox` of the size it was laid out for, so that until the
/// page takes over it shows the same view at any size (as the live page's home view does:
/// fitted, centred).
pub fn with_view_box(html: &str, size: MapSizePx) -> String {
    html.replacen(
        "<svg data-testid=\"map\"",
        &format!(
            "<svg data-testid=\"map\" viewBox=\"0 0 {} {}\" preserveAspectRatio=\"xMidYMid meet\"",
            size.width_px, size.height_px
        ),
        1,
    )
}

/// The base map group's contents wrapped in a group with `id`, for [`reuse_base`]; `None` if
/// `html` has no base map group.
pub fn wrap_base(html: &str, id: &str) -> Option<String> {
    let (start, end) = base_contents(html)?;
    Some(format!(
        "{}<g id=\"{id}\">{}</g>{}",
        &html[..start],
        &html[start..end],
        &html[end..]
    ))
}

/// The base map group's contents replaced by a `<use>` of the group with `id`; `None` if
/// `html` has no base map group.
pub fn reuse_base(html: &str, id: &str) -> Option<String> {
    let (start, end) = base_contents(html)?;
    Some(format!(
        "{}<use href=\"#{id}\"></use>{}",
        &html[..start],
        &html[end..]
    ))
}

/// Where the contents of the map's base group (`<g … class="base">`) start and end.
fn base_contents(html: &str) -> Option<(usize, usize)> {
    let open = html.find("class=\"base\">")? + "class=\"base\">".len();
    // The base group holds only paths: its first `</g>` is its own.
    let close = open + html[open..].find("</g>")?;
    Some((open, close))
}

/// The marker where the build puts [`index_blocks`] in `index.html`.
pub const INDEX_MARKER: &str = "<!-- prerendered view -->";

/// What Trunk's loader awaits before it starts the wasm, in [`defer_loader`]: the next
/// animation frame (the prerendered view's first paint) and then a task after it.
const AFTER_FIRST_PAINT_JS: &str =
    "await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));\n";

/// Trunk's loader in a built `index.html` changed to start the wasm only after the
/// prerendered view's first paint: its `<link rel="preload">` of the wasm is dropped, and the
/// inline loader waits for the first frame before `init`. On a slow connection the wasm
/// (several times the page's size) then does not compete with the page and its stylesheet
/// for the first paint, and the prerendered text is painted before the live page exists.
/// `None` if `html` has no Trunk loader to change.
pub fn defer_loader(html: &str) -> Option<String> {
    let init = html.find("const wasm = await init(")?;
    let mut out = format!("{}{AFTER_FIRST_PAINT_JS}{}", &html[..init], &html[init..]);
    if let Some(start) = out.find("<link rel=\"preload\"") {
        let end = start + out[start..].find('>')? + 1;
        if out[start..end].contains("application/wasm") {
            out.replace_range(start..end, "");
        }
    }
    Some(out)
}
