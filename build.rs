//! Validates the data files and writes the page's copy of them, before the crate compiles.
//!
//! The page (wasm32) does not parse JSON at start-up: this script loads `data/*.json` with the
//! crate's own model code (`src/model`, compiled here natively as a module of this script), so
//! every check the tests make runs at build time and a malformed file fails the build with the
//! file and field at fault. It writes the validated sites, places, island chain and claims as
//! postcard bytes to `$OUT_DIR/page-data.postcard`, which `model::DataSet::load_embedded`
//! reads on wasm32.

// Linted as part of the library; here its public API is private to the script, which would
// raise lints (unused items, `from_*` naming) that only apply to private code.
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "src/model/mod.rs"]
mod model;
// The model names each field's Japanese form through the interface's language (a value
// only: the model does not reach the sentences of `src/i18n`).
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "src/lang.rs"]
mod lang;

fn main() {
    for path in ["data", "src/model", "src/lang.rs"] {
        println!("cargo:rerun-if-changed={path}");
    }
    let data = match model::DataSet::load_embedded() {
        Ok(data) => data,
        Err(e) => {
            // Cargo shows this line as the build's error.
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let page_data = (&data.sites, &data.places, &data.island_chain, &data.claims);
    let bytes = postcard::to_allocvec(&page_data).expect("the data serialises");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("page-data.postcard");
    std::fs::write(&out, bytes).expect("OUT_DIR is writable");
}
