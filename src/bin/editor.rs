//! The newsroom's editor's entry point (`editor.html`): mounts [`range_claims::editor`]. A wasm
//! binary of its own, so the reader's map carries none of the editor's code.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        range_claims::editor::start();
    }
    // Built natively only because `cargo test` builds every binary of the package.
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("This is the editor's entry point, for the browser: build it with `trunk build`.");
}
