//! The ring cache a source switch draws from gives exactly the rings computed afresh, for any
//! order of choices, launch points, projections and scales, including a return to a scale
//! seen before.

use range_claims::launch::Launch;
use range_claims::model::DataSet;
use range_claims::projection::{Projection, ProjectionKind};
use range_claims::rings::{shown_rings, RingCache, SourceChoice};

#[test]
fn cached_rings_equal_fresh_ones_through_switches() {
    let d = DataSet::load_embedded().expect("embedded data loads");
    let mut cache = RingCache::default();
    let choices = [
        SourceChoice::All,
        SourceChoice::One("kyodo-2023".into()),
        SourceChoice::One("washington-times-2026".into()),
        SourceChoice::All,
        SourceChoice::Compare("kyodo-2023".into(), "iuvinale-2024".into()),
    ];
    let launches = [
        Launch::Site("sasebo".into()),
        Launch::Site("yonaguni".into()),
        Launch::Chain,
    ];
    for kind in [ProjectionKind::Mercator, ProjectionKind::TrueDistance] {
        for launch in &launches {
            let proj = Projection::new(kind, launch.focus(&d));
            let centres = launch.centres(&d);
            // Back to a scale seen before, as a zoom out does, after others.
            for m_per_px in [4_096.0, 1_024.0, 512.0, 4_096.0] {
                for choice in &choices {
                    let fresh = shown_rings(&d.claims, choice, &centres, &proj, m_per_px);
                    let cached = cache.shown_rings(
                        &d.claims,
                        choice,
                        &Default::default(),
                        &centres,
                        &proj,
                        m_per_px,
                    );
                    assert_eq!(
                        cached,
                        fresh,
                        "{kind:?} {} {m_per_px} {choice:?}",
                        launch.id()
                    );
                }
            }
        }
    }
}
