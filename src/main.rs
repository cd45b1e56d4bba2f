//! The page's entry point: takes over the prerendered first view (see `ui::takeover`), or
//! mounts the app on `<body>` where the page has none.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        range_claims::ui::takeover::start();
    }
    // Built natively only because `cargo test` builds every binary of the package.
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("This is the page's entry point, for the browser: build it with `trunk build`.");
}
