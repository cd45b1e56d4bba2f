//! Download the previewed view: as SVG (drawn by the one renderer, [`crate::picture`]: plain
//! SVG 1.1 that Illustrator, Inkscape and librsvg open, with title, legend, sources and credit),
//! as PNG (that SVG drawn on a canvas at twice the screen's resolution), and the shown rings
//! as GeoJSON ([`crate::geojson`]). The view is the preview frame's own, read from its address,
//! whatever step or pan it shows, at the size its map has there.

use super::use_editor;
use crate::failure::ExportProblem;
use crate::geojson::rings_geojson;
use crate::i18n::Lang;
use crate::model::{wants_detail, BaseMap, BASEMAP_DETAIL_PATH, BASEMAP_OVERVIEW_PATH};
use crate::picture::{map_picture, picture_viewport, PictureSize, PictureTheme};
use crate::rings::Offer;
use crate::url_state::{parse_query, today, Theme, UrlState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Pixels of the PNG per CSS pixel of the view: sharp on high-density screens and in print.
const PNG_SCALE: f64 = 2.0;

/// What the status line says after an export of `format` ("SVG"): that it downloaded, or
/// why it failed and what to do, in `lang`.
fn said(lang: Lang, format: &str, result: Result<(), ExportProblem>) -> String {
    let (t, et) = (lang.text(), super::text::editor_text(lang));
    match result {
        Ok(()) => format!("{format}{}", t.downloaded),
        Err(problem) => format!(
            "{}{}{}",
            et.export_failed,
            problem.message(lang),
            et.export_failed_hint
        ),
    }
}

/// The preview frame's document and address query, once its map is live.
fn preview_document() -> Result<(web_sys::Document, String), ExportProblem> {
    let frame = document()
        .query_selector("iframe[data-testid=\"preview\"]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlIFrameElement>().ok())
        .ok_or(ExportProblem::MapMissing)?;
    let doc = frame.content_document().ok_or(ExportProblem::MapMissing)?;
    let query = frame
        .content_window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Ok((doc, query))
}

/// The size of the preview's map, CSS px: the picture is drawn at it.
fn map_size(doc: &web_sys::Document) -> Result<PictureSize, ExportProblem> {
    let map = doc
        .query_selector("[data-testid=\"map\"]")
        .ok()
        .flatten()
        .ok_or(ExportProblem::MapMissing)?;
    let rect = map.get_bounding_client_rect();
    Ok(PictureSize {
        width_px: rect.width().round().max(1.0),
        map_height_px: rect.height().round().max(1.0),
    })
}

/// The theme a picture is drawn in: the view's, or for "follow the system" the system's now.
fn picture_theme(theme: Theme) -> PictureTheme {
    match theme {
        Theme::Auto => {
            let dark = window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches());
            if dark {
                PictureTheme::Dark
            } else {
                PictureTheme::Light
            }
        }
        other => PictureTheme::from_url(other),
    }
}

/// Offers `blob` to the reader as a download named `file_name`.
fn download(blob: &web_sys::Blob, file_name: &str) -> Result<(), ExportProblem> {
    let url =
        web_sys::Url::create_object_url_with_blob(blob).map_err(|_| ExportProblem::FileRefused)?;
    let a = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or(ExportProblem::FileRefused)?;
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // The click has started the download; the URL can go once the event loop moves on.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1_000);
    Ok(())
}

fn svg_blob(svg: &str) -> Result<web_sys::Blob, ExportProblem> {
    blob(svg, "image/svg+xml;charset=utf-8")
}

/// A file's contents as a blob of `mime_type`.
fn blob(text: &str, mime_type: &str) -> Result<web_sys::Blob, ExportProblem> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| ExportProblem::FileRefused)
}

/// Draws the SVG on a canvas and downloads it as PNG; reports failure through `status`.
fn download_png(
    svg: String,
    width_px: f64,
    height_px: f64,
    name: String,
    status: RwSignal<String>,
    lang: Lang,
) {
    let run = || -> Result<(), ExportProblem> {
        let url = web_sys::Url::create_object_url_with_blob(&svg_blob(&svg)?)
            .map_err(|_| ExportProblem::FileRefused)?;
        let img = web_sys::HtmlImageElement::new().map_err(|_| ExportProblem::NoCanvas)?;
        let img_loaded = img.clone();
        let url_loaded = url.clone();
        let on_load = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url_loaded);
            let result = (|| -> Result<(), ExportProblem> {
                let canvas = document()
                    .create_element("canvas")
                    .ok()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
                    .ok_or(ExportProblem::NoCanvas)?;
                canvas.set_width((width_px * PNG_SCALE) as u32);
                canvas.set_height((height_px * PNG_SCALE) as u32);
                let ctx = canvas
                    .get_context("2d")
                    .ok()
                    .flatten()
                    .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
                    .ok_or(ExportProblem::NoCanvas)?;
                let _ = ctx.scale(PNG_SCALE, PNG_SCALE);
                ctx.draw_image_with_html_image_element(&img_loaded, 0.0, 0.0)
                    .map_err(|_| ExportProblem::NotDrawn)?;
                let on_blob = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                    let done = blob
                        .ok_or(ExportProblem::PngNotEncoded)
                        .and_then(|b| download(&b, &name));
                    status.set(said(lang, "PNG", done));
                });
                canvas
                    .to_blob(on_blob.unchecked_ref())
                    .map_err(|_| ExportProblem::PngNotEncoded)
            })();
            if let Err(e) = result {
                status.set(said(lang, "PNG", Err(e)));
            }
        });
        img.set_onload(Some(on_load.unchecked_ref()));
        img.set_src(&url);
        Ok(())
    };
    if let Err(e) = run() {
        status.set(said(lang, "PNG", Err(e)));
    }
}

/// The previewed view's file name for `ext`: `range-map-SOURCE-SITE.ext`.
fn file_name(url: &UrlState, ext: &str) -> String {
    format!("range-map-{}-{}.{ext}", url.sources.id(), url.launch.id())
}

/// Buttons that download the previewed view as SVG, PNG or GeoJSON, with a status line for
/// screen readers.
#[component]
pub fn Downloads() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.ui_lang.get_untracked();
    let et = editor.text();
    let status = RwSignal::new(String::new());
    // The frame's map size, and the view it shows now (as its address says).
    let previewed = move || -> Result<(PictureSize, UrlState, Lang), ExportProblem> {
        let (doc, query) = preview_document()?;
        let size = map_size(&doc)?;
        let url = editor.data.with_value(|d| parse_query(&query, d).0);
        let in_lang = url.lang.unwrap_or(lang);
        Ok((size, url, in_lang))
    };
    // The data as the preview has it: with the page's own claims.
    let data_for = move |url: &UrlState| {
        editor
            .data
            .with_value(|d| d.clone().with_added(&url.added, today()))
    };
    // Draws the previewed view over the base map its scale wants (fetched: the editor carries
    // none), then hands the picture on.
    let draw =
        move |format: &'static str,
              then: fn(crate::picture::Picture, String, RwSignal<String>, Lang)| {
            let (size, url, in_lang) = match previewed() {
                Ok(p) => p,
                Err(e) => return status.set(said(lang, format, Err(e))),
            };
            spawn_local(async move {
                let data = data_for(&url);
                let (_, viewport) = picture_viewport(&data, &url, size);
                let path = if wants_detail(viewport.m_per_px) {
                    BASEMAP_DETAIL_PATH
                } else {
                    BASEMAP_OVERVIEW_PATH
                };
                let basemap = crate::ui::fetch::fetch_text(path)
                    .await
                    .ok()
                    .and_then(|text| BaseMap::parse(path, &text).ok());
                let Some(basemap) = basemap else {
                    return status.set(said(lang, format, Err(ExportProblem::BaseMapMissing)));
                };
                let picture = map_picture(
                    &data,
                    &basemap,
                    &url,
                    picture_theme(url.theme),
                    in_lang,
                    size,
                );
                let ext = format.to_ascii_lowercase();
                then(picture, file_name(&url, &ext), status, lang);
            });
        };
    let svg_click = move |_| {
        draw("SVG", |picture, name, status, lang| {
            let result = svg_blob(&picture.svg).and_then(|b| download(&b, &name));
            status.set(said(lang, "SVG", result));
        });
    };
    let png_click = move |_| {
        draw("PNG", |picture, name, status, lang| {
            download_png(
                picture.svg,
                picture.width_px,
                picture.height_px,
                name,
                status,
                lang,
            );
        });
    };
    let geojson_click = move |_| {
        let result = previewed().and_then(|(_, url, _)| {
            let offer = Offer(url.offered.clone());
            let json = rings_geojson(&data_for(&url), &url.sources, &offer, &url.launch);
            let b = blob(&json, "application/geo+json")?;
            download(
                &b,
                &file_name(&url, "geojson").replace("range-map", "range-rings"),
            )
        });
        status.set(said(lang, "GeoJSON", result));
    };
    view! {
        <section class="editor-section" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{et.downloads_heading}</h2>
            <p class="small">{et.downloads_intro}</p>
            <div class="download-buttons">
                <button type="button" data-testid="download-svg" on:click=svg_click>{et.download_svg}</button>
                <button type="button" data-testid="download-png" on:click=png_click>{et.download_png}</button>
                <button type="button" data-testid="download-geojson" on:click=geojson_click>{et.download_geojson}</button>
            </div>
            <p class="share-status" role="status" data-testid="export-status">{move || status.get()}</p>
        </section>
    }
}
