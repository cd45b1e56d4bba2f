//! Writes the page's prerendered first views (`range_claims::ui::prerender::index_blocks`)
//! into a built `index.html`, in place of its marker comment, and makes Trunk's loader start
//! the wasm after their first paint (`defer_loader`). Trunk runs it after each build on the
//! staged page (`Trunk.toml`), before the Content-Security-Policy is written.
//!
//!   prerender DIR      (the directory holding index.html; default $TRUNK_STAGING_DIR)

// The command is native only; on wasm32 (where `cargo clippy --target wasm32-unknown-unknown`
// checks every binary) it is an empty program.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use range_claims::ui::prerender::{defer_loader, index_blocks, INDEX_MARKER};
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".into());
    let file = std::path::Path::new(&dir).join("index.html");
    match run(&file) {
        Ok(bytes) => {
            println!(
                "[prerender] {}: first views written ({bytes} bytes)",
                file.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("[prerender] {}: {message}", file.display());
            ExitCode::FAILURE
        }
    }
}

/// Puts the blocks into `file`; returns their length in bytes.
#[cfg(not(target_arch = "wasm32"))]
fn run(file: &std::path::Path) -> Result<usize, String> {
    let html = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    if !html.contains(INDEX_MARKER) {
        return Err(format!("no `{INDEX_MARKER}` to put the first views in"));
    }
    let html = defer_loader(&html).ok_or("no Trunk loader (`const wasm = await init(`) found")?;
    let blocks = index_blocks().map_err(|e| e.to_string())?;
    std::fs::write(file, html.replacen(INDEX_MARKER, &blocks, 1)).map_err(|e| e.to_string())?;
    Ok(blocks.len())
}
