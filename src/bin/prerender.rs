//! Writes each language's page from a built `index.html` (`range_claims::ui::prerender::
//! language_page`): the prerendered first views in that language in place of the marker
//! comment, Trunk's loader starting the wasm after their first paint, the title and notes in
//! that language; `index.html` (English) is rewritten in place and `ja.html` written beside it.
//! It also draws the range chart for every language, unit and width the page shows into
//! `charts/` (`range_claims::chart::drawn_charts`), and the claims table and the legend for
//! every language into `tables/` and `legends/` (`range_claims::ui::prerender::drawn_tables`,
//! `drawn_legends`): the page fetches the one it needs.
//! Trunk runs it after each build on the staged page (`Trunk.toml`), before the
//! Content-Security-Policy is written.
//!
//! With `PUBLIC_URL` set to the site's address (`https://news.example/maps/range/`), each
//! page gets its canonical address, every language's absolute address and an oEmbed
//! discovery link, and `oembed.json` / `oembed-ja.json` are written beside the pages (an
//! oEmbed response needs absolute addresses, so without `PUBLIC_URL` there is none). A bad
//! value fails the build, naming the variable.
//!
//!   prerender DIR      (the directory holding index.html; default $TRUNK_STAGING_DIR)

// The command is native only; on wasm32 (where `cargo clippy --target wasm32-unknown-unknown`
// checks every binary) it is an empty program.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use range_claims::i18n::Lang;
#[cfg(not(target_arch = "wasm32"))]
use range_claims::ui::prerender::{oembed_json, oembed_path, published_page, PublicUrl};
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".into());
    let dir = std::path::Path::new(&dir);
    let public = match PublicUrl::from_env() {
        Ok(public) => public,
        Err(e) => {
            eprintln!("[prerender] {e}");
            return ExitCode::FAILURE;
        }
    };
    let template = dir.join(Lang::En.page_file());
    let html = match std::fs::read_to_string(&template) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("[prerender] {}: {e}", template.display());
            return ExitCode::FAILURE;
        }
    };
    for lang in Lang::ALL {
        let file = dir.join(lang.page_file());
        let written = published_page(&html, lang, public.as_ref())
            .map_err(|e| e.to_string())
            .and_then(|page| {
                std::fs::write(&file, &page)
                    .map(|()| page.len())
                    .map_err(|e| e.to_string())
            });
        match written {
            Ok(bytes) => println!("[prerender] {}: written ({bytes} bytes)", file.display()),
            Err(message) => {
                eprintln!("[prerender] {}: {message}", file.display());
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(public) = &public {
        for lang in Lang::ALL {
            let file = dir.join(oembed_path(lang));
            let written = oembed_json(lang, public)
                .map_err(|e| e.to_string())
                .and_then(|json| std::fs::write(&file, json).map_err(|e| e.to_string()));
            if let Err(message) = written {
                eprintln!("[prerender] {}: {message}", file.display());
                return ExitCode::FAILURE;
            }
        }
        println!(
            "[prerender] oEmbed and absolute links for {}",
            public.as_str()
        );
    }
    match write_drawn(dir) {
        Ok(count) => println!(
            "[prerender] {}: {count} charts, tables and legends",
            dir.display()
        ),
        Err(message) => {
            eprintln!("[prerender] {message}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Writes every drawing of the range chart, the claims table and the legend under `dir`; how
/// many, or what failed.
#[cfg(not(target_arch = "wasm32"))]
fn write_drawn(dir: &std::path::Path) -> Result<usize, String> {
    use range_claims::chart::drawn_charts;
    use range_claims::ui::prerender::{drawn_legends, drawn_tables};
    let data = range_claims::model::DataSet::load_embedded().map_err(|e| e.to_string())?;
    let mut count = 0;
    let claims = &data.claims;
    let drawn = drawn_charts(claims)
        .chain(drawn_tables(claims))
        .chain(drawn_legends(claims));
    for (path, markup) in drawn {
        let file = dir.join(&path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&file, markup).map_err(|e| format!("{}: {e}", file.display()))?;
        count += 1;
    }
    Ok(count)
}
