//! The prerendered first view (`ui::prerender`): what it holds.

use range_claims::model::DataSet;
use range_claims::ui::prerender::{page_html, MapSizePx};
use range_claims::url_state::UrlState;

#[test]
fn spike() {
    let data = DataSet::load_embedded().unwrap();
    let url = UrlState::default_for(&data);
    let html = page_html(data, url, MapSizePx { width_px: 860.0, height_px: 576.0 }, vec![]);
    std::fs::write("/tmp/prerender.html", &html).unwrap();
    assert!(html.contains("data-ring"));
}
