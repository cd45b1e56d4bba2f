//! The page's entry point: mounts the Leptos app on `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(range_claims::ui::App);
}
