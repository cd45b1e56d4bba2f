//! The page's first view written as HTML at build time (natively), by the same components
//! that draw it in the browser: what a reader sees before the wasm has arrived, without
//! JavaScript, and in print.
//!
//! Nothing reactive runs here: the components are built once for the given choices and map
//! size, and written out. Effects are dropped (see [`DroppingExecutor`]), so nothing that
//! needs a browser (measuring, the URL, timers) is touched.

use super::deferred::{PanelQueue, RingsPainted};
pub use super::panels::claims_table::drawn_tables;
pub use super::panels::legend::drawn_legends;
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
    without_hydration_markers(&html)
}

/// `html` without the empty comments (`<!>`) Leptos' renderer writes between adjacent text
/// nodes and in place of empty views, for hydration to find its way. The prerendered view is
/// never hydrated (the live page mounts its own copy and swaps it in, [`super::takeover`]),
/// and `<!>` is not a conforming comment: the W3C checker reports each one as an error.
/// Only markup is changed: a tag's quoted attribute values are copied as they are.
pub fn without_hydration_markers(html: &str) -> String {
    const MARKER: &str = "<!>";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with(MARKER) {
            rest = &rest[MARKER.len()..];
            continue;
        }
        // Copy the whole tag, stepping over quoted attribute values (which may hold `>`).
        let mut quote = None;
        let mut end = rest.len();
        for (i, c) in rest.char_indices().skip(1) {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '>') => {
                    end = i + 1;
                    break;
                }
                (None, _) => {}
            }
        }
        out.push_str(&rest[..end]);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
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
/// over); the embed's is `hidden` (the stylesheet shows it for `?embed=1`, and a reader or
/// tool without the stylesheet sees the full page's alone); the embed's base map is a `<use>` of the full page's. The embed's comes first: it
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
    let embed = main_as_div(&embed);
    Ok(format!(
        "<div class=\"{PRERENDER_CLASS}\" data-view=\"embed\" hidden>{embed}</div>\n\
         <div class=\"{PRERENDER_CLASS}\" data-view=\"full\">{full}</div>\n\
         <p class=\"{BOOT_STATUS_CLASS}\" role=\"status\" data-testid=\"boot-status\" hidden>{}</p>\n\
         <p class=\"{BOOT_STATUS_CLASS}\" role=\"status\" data-testid=\"boot-view\" hidden>{}</p>",
        lang.still_text().boot_status,
        lang.boot_view(&default_site),
    ))
}

/// The block's `<main>` written as a `<div role="main">`: a page may hold only one `<main>`
/// element not itself `hidden`, and the full page's block holds it. The embed's block is
/// `hidden` (shown by the stylesheet for `?embed=1`, which `public/boot.js` marks), and the
/// stylesheet shows one block at a time, so a reader meets one main landmark either way.
fn main_as_div(html: &str) -> String {
    match html.find("<main ") {
        Some(open) => {
            let mut out = html.to_owned();
            if let Some(close) = out[open..].find("</main>").map(|i| open + i) {
                out.replace_range(close..close + "</main>".len(), "</div>");
            }
            out.replace_range(open..open + "<main ".len(), "<div role=\"main\" ");
            out
        }
        None => html.to_owned(),
    }
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

/// `lang`'s page ([`Lang::page_file`]) made from Trunk's built `index.html` (`template`),
/// for a site whose address is not known at build time: [`published_page`] without a
/// [`PublicUrl`] (relative links to the other languages' pages, no canonical address).
pub fn language_page(template: &str, lang: Lang) -> Result<String, PageError> {
    published_page(template, lang, None)
}

/// `lang`'s page ([`Lang::page_file`]) made from Trunk's built `index.html` (`template`):
/// its `<html lang>`, title and description in `lang`, links to the other languages' pages
/// (for search engines, and in the note a reader without JavaScript sees), the social card
/// and, when the site's address `public` is known, the canonical address, every language's
/// absolute address and the oEmbed discovery link ([`head_links`]); the prerendered blocks
/// in place of [`INDEX_MARKER`], and the loader deferred ([`defer_loader`]). Both pages load
/// the same files from the same directory.
pub fn published_page(
    template: &str,
    lang: Lang,
    public: Option<&PublicUrl>,
) -> Result<String, PageError> {
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
        &escape_html(lang.still_text().description),
    )
    .ok_or(PageError::Missing("<meta name=\"description\">"))?;
    let others = || Lang::ALL.into_iter().filter(move |&l| l != lang);
    let head = head_links(lang, public)?;
    if !html.contains("<link rel=\"icon\"") {
        return Err(PageError::Missing("<link rel=\"icon\">"));
    }
    let html = html.replacen(
        "<link rel=\"icon\"",
        &format!("{head}<link rel=\"icon\""),
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
        escape_html(lang.still_text().noscript_note),
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

/// The environment variable that gives the site's public address at build time
/// ([`PublicUrl::from_env`]).
pub const PUBLIC_URL_VAR: &str = "PUBLIC_URL";

/// The product's name, as social cards and oEmbed name the site that provides the map.
pub const SITE_NAME: &str = "Range claims map";

/// The social card's size in pixels (`og:image:width`, `og:image:height`): the large card
/// size the big platforms crop least. `scripts/static-images.sh` draws it this size.
pub const SOCIAL_CARD_PX: (u32, u32) = (1200, 630);

/// The width in pixels a frame of the map is declared to need in `oembed.json` (the frame
/// itself takes its column's width, `width:100%`).
pub const OEMBED_WIDTH_PX: u32 = 640;

/// The address the built site will be served from, absolute and ending in `/`
/// (`https://news.example/maps/range/`): pages and files are found by appending their path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

/// Why a [`PUBLIC_URL_VAR`] value was refused: the message names the variable and the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{PUBLIC_URL_VAR}=“{value}”: {why}")]
pub struct PublicUrlError {
    /// The value as given.
    pub value: String,
    /// What is wrong with it.
    pub why: &'static str,
}

impl PublicUrl {
    /// `text` checked as the site's address: an absolute `http://` or `https://` URL with a
    /// host, without query or fragment, and nothing that would need escaping in HTML or JSON;
    /// a `/` is added at the end if it lacks one.
    pub fn parse(text: &str) -> Result<Self, PublicUrlError> {
        let bad = |why| PublicUrlError {
            value: text.to_owned(),
            why,
        };
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or_else(|| bad("it must start with https:// or http://"))?;
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() {
            return Err(bad("it has no host name"));
        }
        if text.contains(['?', '#']) {
            return Err(bad("it must not have a query (?) or fragment (#)"));
        }
        if text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c))
        {
            return Err(bad("it must not contain spaces, quotes, <, > or \\"));
        }
        let mut url = text.to_owned();
        if !url.ends_with('/') {
            url.push('/');
        }
        Ok(Self(url))
    }

    /// The address from [`PUBLIC_URL_VAR`]: `None` when it is unset or empty (the site is
    /// then built with relative links only), an error when it is set to a bad value.
    pub fn from_env() -> Result<Option<Self>, PublicUrlError> {
        match std::env::var(PUBLIC_URL_VAR) {
            Ok(text) if !text.trim().is_empty() => Self::parse(text.trim()).map(Some),
            Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
            Err(std::env::VarError::NotUnicode(_)) => Err(PublicUrlError {
                value: String::new(),
                why: "it is not valid Unicode",
            }),
        }
    }

    /// The address, ending in `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The absolute address of `path`, a path relative to the site's root.
    pub fn join(&self, path: &str) -> String {
        format!("{}{}", self.0, path.trim_start_matches('/'))
    }

    /// The canonical address of `lang`'s page: the site's own address for English (the
    /// directory serves `index.html`), the page's file for the others.
    pub fn page(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.0.clone(),
            _ => self.join(lang.page_file()),
        }
    }
}

/// The social card image of `lang`'s page, relative to the site's root: the default view,
/// drawn by the export command (`scripts/static-images.sh`).
pub fn social_card_path(lang: Lang) -> String {
    format!("static/social-{}.png", lang.id())
}

/// The oEmbed file of `lang`'s page, relative to the site's root: `oembed.json` for English,
/// `oembed-ja.json` for Japanese.
pub fn oembed_path(lang: Lang) -> String {
    match lang {
        Lang::En => "oembed.json".into(),
        _ => format!("oembed-{}.json", lang.id()),
    }
}

/// The Open Graph locale of `lang` (`og:locale`).
pub const fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::Ja => "ja_JP",
    }
}

/// The `<head>` links and metadata of `lang`'s page, each line ending in the indentation of
/// the next: links to the other languages' pages (relative, or with `public` absolute, with
/// the page's own, `x-default` and the canonical address), the Open Graph and Twitter card
/// (title and description from the language's catalogue, the image [`social_card_path`]),
/// and with `public` the oEmbed discovery link ([`oembed_path`]).
pub fn head_links(lang: Lang, public: Option<&PublicUrl>) -> Result<String, DataError> {
    let t = lang.text();
    let data = DataSet::load_embedded()?;
    let site = UrlState::default_for(&data).launch.name_in(&data, lang);
    let mut lines: Vec<String> = Vec::new();
    let mut link = |rel: &str, extra: &str, href: &str| {
        lines.push(format!(
            "<link rel=\"{rel}\"{extra} href=\"{}\" />",
            escape_html(href)
        ));
    };
    match public {
        None => {
            for l in Lang::ALL.into_iter().filter(|&l| l != lang) {
                link(
                    "alternate",
                    &format!(" hreflang=\"{}\"", l.id()),
                    l.page_file(),
                );
            }
        }
        Some(public) => {
            link("canonical", "", &public.page(lang));
            for l in Lang::ALL {
                link(
                    "alternate",
                    &format!(" hreflang=\"{}\"", l.id()),
                    &public.page(l),
                );
            }
            link(
                "alternate",
                " hreflang=\"x-default\"",
                &public.page(Lang::default()),
            );
            link(
                "alternate",
                &format!(
                    " type=\"application/json+oembed\" title=\"{}\"",
                    escape_html(t.title)
                ),
                &public.join(&oembed_path(lang)),
            );
        }
    }
    let image = social_card_path(lang);
    let image = public.map_or(image.clone(), |p| p.join(&image));
    let mut meta = |attr: &str, name: &str, content: &str| {
        lines.push(format!(
            "<meta {attr}=\"{name}\" content=\"{}\" />",
            escape_html(content)
        ));
    };
    meta("property", "og:type", "website");
    meta("property", "og:site_name", SITE_NAME);
    meta("property", "og:title", t.title);
    meta("property", "og:description", lang.still_text().description);
    meta("property", "og:locale", og_locale(lang));
    for l in Lang::ALL.into_iter().filter(|&l| l != lang) {
        meta("property", "og:locale:alternate", og_locale(l));
    }
    if let Some(public) = public {
        meta("property", "og:url", &public.page(lang));
    }
    meta("property", "og:image", &image);
    meta("property", "og:image:type", "image/png");
    meta("property", "og:image:width", &SOCIAL_CARD_PX.0.to_string());
    meta("property", "og:image:height", &SOCIAL_CARD_PX.1.to_string());
    meta("property", "og:image:alt", &lang.export_subtitle(&site));
    meta("name", "twitter:card", "summary_large_image");
    Ok(lines.iter().map(|l| format!("{l}\n    ")).collect())
}

/// `lang`'s oEmbed response (<https://oembed.com>, a `rich` type), served as a static file
/// ([`oembed_path`]) from the site at `public`: the frame-and-script snippet of the default
/// view, as the Embed dialog writes it ([`crate::snippet::embed_snippet`]), the page's title
/// and its social card as the thumbnail. It needs the site's absolute address, so the build
/// writes it only when [`PUBLIC_URL_VAR`] is set.
pub fn oembed_json(lang: Lang, public: &PublicUrl) -> Result<String, DataError> {
    use crate::snippet::{embed_snippet, EmbedHost, START_HEIGHT_PX};
    let data = DataSet::load_embedded()?;
    let mut url = UrlState::default_for(&data);
    url.embed = true;
    url.lang = Some(lang);
    let query = crate::url_state::to_query(&url, &data);
    let html = embed_snippet(EmbedHost::Ours, &public.page(lang), &query, lang);
    let json = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": SITE_NAME,
        "provider_url": public.as_str(),
        "title": lang.text().title,
        "html": html,
        "width": OEMBED_WIDTH_PX,
        "height": START_HEIGHT_PX,
        "thumbnail_url": public.join(&social_card_path(lang)),
        "thumbnail_width": SOCIAL_CARD_PX.0,
        "thumbnail_height": SOCIAL_CARD_PX.1,
    });
    Ok(format!("{json:#}\n"))
}
