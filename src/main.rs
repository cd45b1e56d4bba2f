//! The page's entry point: takes over the prerendered first view (see `ui::takeover`), or
//! mounts the app on `<body>` where the page has none.

fn main() {
    console_error_panic_hook::set_once();
    range_claims::ui::takeover::start();
}
