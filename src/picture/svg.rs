//! A small SVG writer: elements with presentation attributes, numbers written short, text
//! escaped. Everything the picture writes goes through it, so the file stays plain SVG 1.1.

use super::palette::Paint;
use std::fmt::Write;

/// An SVG document being written.
#[derive(Debug, Default)]
pub struct Svg {
    out: String,
}

/// A number for an attribute: at most `decimals` decimals, trailing zeros dropped.
pub fn num(value: f64, decimals: usize) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let mut s = format!("{value:.decimals$}");
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" {
        s = "0".to_owned();
    }
    s
}

impl Svg {
    /// An empty document.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends raw markup (already escaped).
    pub fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// Opens `<name` with `attrs`, then `>`.
    pub fn open(&mut self, name: &str, attrs: &[(&str, String)]) {
        self.start(name, attrs);
        self.out.push('>');
    }

    /// Writes `<name … />`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, String)]) {
        self.start(name, attrs);
        self.out.push_str("/>");
    }

    /// Writes `</name>`.
    pub fn close(&mut self, name: &str) {
        let _ = write!(self.out, "</{name}>");
    }

    /// Writes `<name …>text</name>`, the text escaped.
    pub fn element(&mut self, name: &str, attrs: &[(&str, String)], text: &str) {
        self.open(name, attrs);
        self.out.push_str(&xml_escape(text));
        self.close(name);
    }

    fn start(&mut self, name: &str, attrs: &[(&str, String)]) {
        let _ = write!(self.out, "<{name}");
        for (key, value) in attrs {
            let _ = write!(self.out, " {key}=\"{}\"", xml_escape(value));
        }
    }

    /// The document written so far.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Escapes text for XML content and attribute values; characters XML 1.0 does not allow are
/// dropped rather than break the file (text a newsroom typed is only ever text here).
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// `fill` (and `fill-opacity` if not opaque) for `paint`.
pub fn fill(paint: Paint) -> Vec<(&'static str, String)> {
    let mut out = vec![("fill", paint.hex.to_owned())];
    if paint.opacity < 1.0 {
        out.push(("fill-opacity", num(paint.opacity, 3)));
    }
    out
}

/// `stroke` (and `stroke-opacity` if not opaque) for `paint`, `width` in the current user
/// units.
pub fn stroke(paint: Paint, width: f64) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("stroke", paint.hex.to_owned()),
        ("stroke-width", num(width, 4)),
    ];
    if paint.opacity < 1.0 {
        out.push(("stroke-opacity", num(paint.opacity, 3)));
    }
    out
}

/// A `stroke-dasharray` value from lengths in CSS px, scaled by `unit_per_px` into the
/// current user units; `None` for a solid line.
pub fn dasharray(dash_px: &[f64], unit_per_px: f64) -> Option<String> {
    (!dash_px.is_empty()).then(|| {
        dash_px
            .iter()
            .map(|d| num(d * unit_per_px, 4))
            .collect::<Vec<_>>()
            .join(" ")
    })
}
