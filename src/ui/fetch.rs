//! Fetching a file of the page's own origin as text, with why it failed typed for the reader
//! ([`FetchProblem`]): the base map's levels and the panels drawn at build time.

use crate::failure::FetchProblem;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches a same-origin file (`path`, from the page) as text, or says why it could not be.
pub async fn fetch_text(path: &str) -> Result<String, FetchProblem> {
    let window = web_sys::window().ok_or(FetchProblem::Offline)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| FetchProblem::Offline)?
        .dyn_into()
        .map_err(|_| FetchProblem::Unreadable)?;
    if !response.ok() {
        return Err(FetchProblem::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchProblem::Unreadable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchProblem::Unreadable)
}
