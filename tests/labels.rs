//! The one marker and label layout ([`range_claims::labels`]) the page and the pictures share:
//! the selected site first, labels clear of what lies over the map and of each other, and a
//! reader's own point taking room only under a picture's rules.

use range_claims::i18n::Lang;
use range_claims::labels::{marker_layout, ring_labels, MarkerLayout, MarkerRules};
use range_claims::launch::Launch;
use range_claims::model::{DataSet, LonLat};
use range_claims::projection::{Projection, ProjectionKind};
use range_claims::render::ScreenBox;
use range_claims::rings::{shown_rings, SourceChoice};
use range_claims::state::home_view;
use range_claims::viewport::Viewport;

const WIDTH_PX: f64 = 1_000.0;
const HEIGHT_PX: f64 = 700.0;

fn data() -> DataSet {
    DataSet::load_embedded().expect("the embedded data loads")
}

fn mercator_home() -> (Projection, Viewport) {
    let proj = Projection::new(ProjectionKind::Mercator, LonLat::new(130.0, 33.0));
    let view = home_view(&proj, WIDTH_PX, HEIGHT_PX);
    (proj, view)
}

fn lay_out(data: &DataSet, launch: &Launch, covered: &[ScreenBox], custom: bool) -> MarkerLayout {
    let (proj, view) = mercator_home();
    let rules = MarkerRules {
        covered,
        offscreen_margin_px: 12.0,
        custom_point: custom,
    };
    marker_layout(data, launch, Lang::En, &proj, &view, &rules)
}

fn overlaps(a: &ScreenBox, b: &ScreenBox) -> bool {
    a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
}

#[test]
fn the_selected_site_comes_first_and_only_it_is_selected() {
    let data = data();
    // Not the data's first site, so the order is the layout's doing.
    let site = data.sites[3].id.clone();
    let layout = lay_out(&data, &Launch::Site(site.clone()), &[], false);
    assert_eq!(layout.sites[0].id, site);
    assert!(layout.sites[0].selected);
    assert!(layout.sites[1..].iter().all(|m| !m.selected));
    assert!(
        layout.sites[0].label_right.is_some(),
        "the selected site's label has room"
    );
}

#[test]
fn every_site_of_the_chain_is_selected_when_the_chain_is() {
    let data = data();
    let layout = lay_out(&data, &Launch::Chain, &[], false);
    let selected: Vec<&str> = layout
        .sites
        .iter()
        .filter(|m| m.selected)
        .map(|m| m.id.as_str())
        .collect();
    assert!(selected.len() > 1, "{selected:?}");
    // The selected come first.
    assert!(layout.sites[..selected.len()].iter().all(|m| m.selected));
}

#[test]
fn a_readers_own_point_takes_room_only_under_a_pictures_rules() {
    let data = data();
    let launch = Launch::Custom(LonLat::new(131.0, 31.0));
    let page = lay_out(&data, &launch, &[], false);
    assert!(page.custom.is_none());
    let picture = lay_out(&data, &launch, &[], true);
    let custom = picture.custom.as_ref().expect("the point is on the map");
    assert_eq!(custom.label_right, Some(true));
    assert_eq!(custom.name, Lang::En.lat_lon(LonLat::new(131.0, 31.0)));
    // Its cross comes first among what the layout covers, the other labels keep off it.
    let (x, y) = (custom.x_px, custom.y_px);
    assert_eq!(picture.covered_px[0], [x - 11.0, y - 11.0, 22.0, 22.0]);
}

#[test]
fn no_label_goes_under_what_lies_over_the_map_and_ring_labels_keep_clear() {
    let data = data();
    let launch = Launch::default_for(&data);
    let buttons: ScreenBox = [0.0, 0.0, WIDTH_PX / 2.0, HEIGHT_PX / 2.0];
    let layout = lay_out(&data, &launch, &[buttons], false);
    assert!(
        !layout.covered_px.contains(&buttons),
        "only what the markers cover"
    );
    let (proj, view) = mercator_home();
    let rings = shown_rings(
        &data.claims,
        &SourceChoice::All,
        &launch.centres(&data),
        &proj,
        view.m_per_px,
    );
    let mut covered = layout.covered_px.clone();
    covered.push(buttons);
    let labels = ring_labels(Lang::En, &proj, &view, &rings, &covered);
    assert!(!labels.is_empty());
    for l in &labels {
        let ring = rings.iter().find(|r| r.claim.id == l.id).expect("its ring");
        assert_eq!((l.source_index, l.added), (ring.source_index, ring.added));
        assert_eq!(l.palette, ring.palette);
        // The anchor is off the buttons (the label's box keeps clear of them too).
        assert!(!overlaps(&buttons, &[l.x_px, l.y_px, 0.1, 0.1]), "{}", l.id);
    }
}
