//! Download the previewed view: as SVG (the map as the preview draws it, with title, legend,
//! sources and credit, from [`crate::export_svg`]), as PNG (that SVG drawn on a canvas at
//! twice the screen's resolution), and the shown rings as GeoJSON ([`crate::geojson`]). The
//! view is the preview frame's own, read from its address, whatever step or pan it shows.

use super::use_editor;
use crate::export_svg::{compose_export_svg, export_height_px, ExportFrame, LegendLine};
use crate::failure::ExportProblem;
use crate::geojson::rings_geojson;
use crate::i18n::Lang;
use crate::model::{DataSet, Source};
use crate::rings::Offer;
use crate::url_state::{parse_query, today, UrlState};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Pixels of the PNG per CSS pixel of the view: sharp on high-density screens and in print.
const PNG_SCALE: f64 = 2.0;

/// What the status line says after an export of `format` ("SVG"): that it downloaded, or
/// why it failed and what to do, in `lang`.
fn said(lang: Lang, format: &str, result: Result<(), ExportProblem>) -> String {
    let t = lang.text();
    match result {
        Ok(()) => format!("{format}{}", t.downloaded),
        Err(problem) => format!(
            "{}{}{}",
            t.export_failed,
            problem.message(lang),
            t.export_failed_hint
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

/// The page's stylesheet rules as text, so the file looks as the screen does.
fn page_css(doc: &web_sys::Document) -> String {
    let sheets = doc.style_sheets();
    let mut css = String::new();
    for i in 0..sheets.length() {
        let Some(sheet) = sheets
            .item(i)
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
        else {
            continue;
        };
        let Ok(rules) = sheet.css_rules() else {
            continue;
        };
        for j in 0..rules.length() {
            if let Some(rule) = rules.item(j) {
                css.push_str(&rule.css_text());
                css.push('\n');
            }
        }
    }
    css
}

/// The current view as a standalone SVG, with its width and height in CSS px.
fn current_view_svg(
    doc: &web_sys::Document,
    frame: &ExportFrame,
) -> Result<(String, f64, f64), ExportProblem> {
    let map = doc
        .query_selector("[data-testid=\"map\"]")
        .ok()
        .flatten()
        .ok_or(ExportProblem::MapMissing)?;
    let rect = map.get_bounding_client_rect();
    let (width_px, map_height_px) = (rect.width().round(), rect.height().round());
    let clone = map
        .clone_node_with_deep(true)
        .ok()
        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        .ok_or(ExportProblem::MapNotCopied)?;
    for (name, value) in [
        ("width", width_px.to_string()),
        ("height", map_height_px.to_string()),
    ] {
        let _ = clone.set_attribute(name, &value);
    }
    // The page's own styling of the map: a gesture's preview transform (an export clicked
    // within a wheel burst's rest time would be shifted by it) and the drawn margin. The
    // export is the view as drawn.
    let _ = clone.remove_attribute("style");
    let map_svg = web_sys::XmlSerializer::new()
        .and_then(|s| s.serialize_to_string(&clone))
        .map_err(|_| ExportProblem::MapNotCopied)?;
    let svg = compose_export_svg(&map_svg, &page_css(doc), width_px, map_height_px, frame);
    Ok((
        svg,
        width_px,
        export_height_px(width_px, map_height_px, frame),
    ))
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

/// The title, legend, sources and credit around the picture of `url` in `lang`.
fn export_frame(d: &DataSet, url: &UrlState, lang: Lang) -> ExportFrame {
    let t = lang.text();
    let offer = Offer(url.offered.clone());
    let legend = d
        .claims
        .range_claims
        .iter()
        .filter(|c| url.sources.shows_in(&c.source, &offer))
        .map(|c| {
            let source = d.claims.source(&c.source);
            let (outlet, date) = source
                .map(|s| (s.outlet_in(lang).to_owned(), lang.source_date(s)))
                .unwrap_or_default();
            // The embedding page's own claim says so first, where no cut can take it off.
            let mark = if source.is_some_and(|s| s.added) {
                format!("[{}] ", t.added_short)
            } else {
                String::new()
            };
            LegendLine {
                source_index: d
                    .claims
                    .sources
                    .iter()
                    .position(|s| s.id == c.source)
                    .unwrap_or(0),
                text: format!(
                    "{mark}{} {} · {} — {}",
                    lang.printed_figure(c),
                    lang.converted_figure(c, c.conversion_unit(url.unit)),
                    lang.system_label(c),
                    lang.attribution(&outlet, None, &date),
                ),
            }
        })
        .collect();
    let shown: Vec<&Source> = d
        .claims
        .sources
        .iter()
        .filter(|s| url.sources.shows_in(&s.id, &offer))
        .collect();
    let site = url.launch.name_in(d, lang);
    ExportFrame {
        title: t.title.to_owned(),
        subtitle: lang.export_subtitle(&site),
        legend,
        sources: lang.source_list(&shown),
        credit: t.export_credit.to_owned(),
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
    let t = lang.text();
    let et = editor.text();
    let status = RwSignal::new(String::new());
    // The frame's document, and the view it shows now (as its address says).
    let previewed = move || -> Result<(web_sys::Document, UrlState, Lang), ExportProblem> {
        let (doc, query) = preview_document()?;
        let url = editor.data.with_value(|d| parse_query(&query, d).0);
        let in_lang = url.lang.unwrap_or(lang);
        Ok((doc, url, in_lang))
    };
    // The data as the preview has it: with the page's own claims.
    let data_for = move |url: &UrlState| {
        editor
            .data
            .with_value(|d| d.clone().with_added(&url.added, today()))
    };
    let svg_click = move |_| {
        let result = previewed().and_then(|(doc, url, in_lang)| {
            let frame = export_frame(&data_for(&url), &url, in_lang);
            let (svg, _, _) = current_view_svg(&doc, &frame)?;
            download(&svg_blob(&svg)?, &file_name(&url, "svg"))
        });
        status.set(said(lang, "SVG", result));
    };
    let png_click = move |_| {
        let result = previewed().and_then(|(doc, url, in_lang)| {
            let frame = export_frame(&data_for(&url), &url, in_lang);
            current_view_svg(&doc, &frame).map(|drawn| (drawn, url))
        });
        match result {
            Ok(((svg, w, h), url)) => download_png(svg, w, h, file_name(&url, "png"), status, lang),
            Err(e) => status.set(said(lang, "PNG", Err(e))),
        }
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
                <button type="button" data-testid="download-svg" on:click=svg_click>{t.download_svg}</button>
                <button type="button" data-testid="download-png" on:click=png_click>{t.download_png}</button>
                <button type="button" data-testid="download-geojson" on:click=geojson_click>{t.download_geojson}</button>
            </div>
            <p class="share-status" role="status" data-testid="export-status">{move || status.get()}</p>
        </section>
    }
}
