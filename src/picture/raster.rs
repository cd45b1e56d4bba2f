//! The picture as PNG: its SVG drawn by resvg with the bundled fonts ([`super::fonts`]), so
//! every PNG is exactly the SVG's drawing, outside a browser. Native only.

use super::fonts::bundled_font_files;
use super::{map_picture, PictureSize, PictureTheme};
use crate::i18n::Lang;
use crate::model::{BaseMap, DataSet};
use crate::url_state::UrlState;
use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};

/// Why a PNG could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PictureError {
    /// The SVG did not parse (a bug in the renderer: the tests parse every kind of picture).
    #[error("the picture's SVG does not parse: {0}")]
    Svg(String),
    /// The drawing would be empty or too large for a bitmap.
    #[error("a {width_px:.0} × {height_px:.0} px picture at scale {scale} is no bitmap")]
    Size {
        /// The picture's width, CSS px.
        width_px: f32,
        /// The picture's height, CSS px.
        height_px: f32,
        /// Pixels per CSS px asked for.
        scale: f32,
    },
    /// The PNG encoder failed.
    #[error("encoding the PNG failed: {0}")]
    Encode(String),
}

/// The bundled fonts in a font database, loaded once; DejaVu Sans stands for `sans-serif`.
fn font_database() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for bytes in bundled_font_files() {
            db.load_font_data(bytes.to_vec());
        }
        db.set_sans_serif_family("DejaVu Sans");
        Arc::new(db)
    })
    .clone()
}

/// Draws `svg` at `scale` bitmap pixels per CSS px, as 8-bit RGBA pixels, with its size in
/// pixels.
pub fn svg_to_pixels(svg: &str, scale: f32) -> Result<(u32, u32, Vec<u8>), PictureError> {
    let options = usvg::Options {
        fontdb: font_database(),
        font_family: "DejaVu Sans".to_owned(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| PictureError::Svg(e.to_string()))?;
    let size = tree.size();
    let too_big = || PictureError::Size {
        width_px: size.width(),
        height_px: size.height(),
        scale,
    };
    let (w, h) = (
        (size.width() * scale).round(),
        (size.height() * scale).round(),
    );
    if !(w >= 1.0 && h >= 1.0 && w * h <= 100_000_000.0) {
        return Err(too_big());
    }
    let mut pixmap = tiny_skia::Pixmap::new(w as u32, h as u32).ok_or_else(too_big)?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok((pixmap.width(), pixmap.height(), pixmap.take()))
}

/// Draws `svg` at `scale` bitmap pixels per CSS px and encodes it as PNG (8-bit RGB: the
/// picture paints its own background, so it is opaque).
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, PictureError> {
    let (w, h, rgba) = svg_to_pixels(svg, scale)?;
    let rgb: Vec<u8> = rgba
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Best);
    let encode = |e: png::EncodingError| PictureError::Encode(e.to_string());
    let mut writer = encoder.write_header().map_err(encode)?;
    writer.write_image_data(&rgb).map_err(encode)?;
    writer.finish().map_err(encode)?;
    Ok(out)
}

/// [`super::map_picture_svg`] drawn as PNG at `scale` pixels per CSS px.
pub fn map_picture_png(
    data: &DataSet,
    basemap: &BaseMap,
    view: &UrlState,
    theme: PictureTheme,
    lang: Lang,
    size: PictureSize,
    scale: f32,
) -> Result<Vec<u8>, PictureError> {
    svg_to_png(
        &map_picture(data, basemap, view, theme, lang, size).svg,
        scale,
    )
}
