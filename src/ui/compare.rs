//! Compare mode: two sources side by side, the area between their rings shaded, and the
//! places in range under one and not the other.

use super::map::rings::RingScale;
use super::panels::reach::{use_place_distances, PlaceList};
use super::use_text;
use super::PlaneTransform;
use crate::compare::{claim_pairs, pair_band_path, ClaimPair};
use crate::projection::Projection;
use crate::rings::SourceChoice;
use crate::state::MapState;
use leptos::prelude::*;

/// A compared pair of claims ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownPair {
    /// The two claims.
    pub pair: ClaimPair,
    /// Source-list position of the claim that reaches farther (its colour shades the band).
    pub farther_index: usize,
    /// That source's colour class ([`crate::rings::palette_class`]).
    pub palette: String,
    /// SVG path data of the band between the two outer edges, in km (empty if they coincide).
    pub path_d: String,
}

/// The compared pairs for the reader's choice (empty unless comparing), recomputed when the
/// sources, launch point, projection or ring scale change.
pub fn shown_pairs_memo(
    state: MapState,
    projection: Memo<Projection>,
    RingScale(scale): RingScale,
) -> Memo<Vec<ShownPair>> {
    Memo::new(move |_| {
        let SourceChoice::Compare(first, second) = state.sources.get() else {
            return Vec::new();
        };
        let centres = state.launch_centres();
        let proj = projection.get();
        let m_per_px = scale.get();
        state.data.with_value(|d| {
            let index = |id: &str| {
                d.claims
                    .sources
                    .iter()
                    .position(|s| s.id == id)
                    .unwrap_or(0)
            };
            claim_pairs(&d.claims, &first, &second)
                .into_iter()
                .map(|pair| {
                    let farther = pair.farther_nearer().map_or(&pair.first, |(f, _)| f);
                    let farther_index = index(&farther.source);
                    let added = d.claims.sources.get(farther_index).is_some_and(|s| s.added);
                    ShownPair {
                        farther_index,
                        palette: crate::rings::palette_class(
                            farther_index,
                            added,
                            d.claims.shipped_count(),
                        ),
                        path_d: pair_band_path(&pair, &centres, &proj, m_per_px),
                        pair,
                    }
                })
                .collect()
        })
    })
}

fn use_shown_pairs() -> Memo<Vec<ShownPair>> {
    expect_context::<Memo<Vec<ShownPair>>>()
}

/// The two source pickers shown while comparing.
#[component]
pub fn CompareBar() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
    let sources: Vec<(String, String)> = state.data.with_value(|d| {
        state.offer.with_value(|offer| {
            offer
                .sources(&d.claims)
                .into_iter()
                .map(|(_, s)| (s.id.clone(), lang.source_with_date(s)))
                .collect()
        })
    });
    let picker = move |slot: usize, testid: &'static str, label: &'static str| {
        let options = sources.clone();
        let selected = move || match state.sources.get() {
            SourceChoice::Compare(a, b) => Some(if slot == 0 { a } else { b }),
            _ => None,
        };
        view! {
            <label>
                <span class="visually-hidden">{label}</span>
                <select
                    data-testid=testid
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        state.sources.update(|c| {
                            if let SourceChoice::Compare(a, b) = c {
                                if slot == 0 { *a = id } else { *b = id }
                            }
                        });
                    }
                >
                    {options.into_iter().map(|(id, name)| {
                        let is_selected = {
                            let id = id.clone();
                            move || selected().as_deref() == Some(id.as_str())
                        };
                        view! { <option value=id.clone() selected=is_selected>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };
    let picker = StoredValue::new(picker);
    move || {
        matches!(state.sources.get(), SourceChoice::Compare(..)).then(|| {
            view! {
                <div class="compare-bar" data-testid="compare-bar" role="group" aria-label=t.compare_group>
                    <span>{t.compare_lead}</span>
                    {picker.with_value(|p| p(0, "compare-first", t.compare_first))}
                    <span>{t.compare_with}</span>
                    {picker.with_value(|p| p(1, "compare-second", t.compare_second))}
                    {(!t.compare_tail.is_empty()).then_some(view! { <span>{t.compare_tail}</span> })}
                </div>
            }
        })
    }
}

/// The shaded bands between compared rings, under the rings themselves.
#[component]
pub fn CompareShade() -> impl IntoView {
    let pairs = use_shown_pairs();
    let transform = expect_context::<PlaneTransform>().0;
    view! {
        <g class="compare-shade" data-testid="compare-shade" transform=transform>
            {move || pairs.get().into_iter().filter(|p| !p.path_d.is_empty()).map(|p| view! {
                <path
                    class=format!("shade {}", p.palette)
                    data-compare-pair=format!("{}~{}", p.pair.first.id, p.pair.second.id)
                    data-system=p.pair.first.system.id()
                    data-inner-km=format!("{:.1}", p.pair.inner_km())
                    data-outer-km=format!("{:.1}", p.pair.outer_km())
                    d=p.path_d
                />
            }).collect_view()}
        </g>
    }
}

/// For each compared pair: the two figures, and the places in range under the farther one
/// only.
#[component]
pub fn CompareChanges() -> impl IntoView {
    let state = expect_context::<MapState>();
    let t = use_text();
    let lang = state.lang_untracked();
    let pairs = use_shown_pairs();
    let distances = use_place_distances();
    let outlet = move |id: &str| state.data.with_value(|d| d.claims.outlet_of_in(id, lang));
    move || {
        let SourceChoice::Compare(first, second) = state.sources.get() else {
            return None;
        };
        let pairs = pairs.get();
        let all = distances.get();
        let body = if pairs.is_empty() {
            view! {
                <p data-testid="compare-none">{lang.compare_none(&outlet(&first), &outlet(&second))}</p>
            }
            .into_any()
        } else {
            pairs
                .into_iter()
                .map(|p| {
                    let pair = p.pair;
                    let title = lang.compare_title(
                        &pair.first,
                        &outlet(&pair.first.source),
                        &pair.second,
                        &outlet(&pair.second.source),
                    );
                    let detail = match pair.farther_nearer() {
                        None => view! { <p>{t.compare_equal}</p> }.into_any(),
                        Some((far, near)) => {
                            let gained = pair.places_gained(&all);
                            let (far_outlet, near_outlet) =
                                (outlet(&far.source), outlet(&near.source));
                            if gained.is_empty() {
                                let none = lang.compare_gained(
                                    far,
                                    &far_outlet,
                                    near,
                                    &near_outlet,
                                    false,
                                );
                                view! { <p>{none}</p> }.into_any()
                            } else {
                                let lead =
                                    lang.compare_gained(far, &far_outlet, near, &near_outlet, true);
                                view! {
                                    <p>{lead}</p>
                                    <PlaceList places=gained />
                                }
                                .into_any()
                            }
                        }
                    };
                    view! {
                        <div class=format!("compare-pair {}", p.palette)
                            data-compare-pair=format!("{}~{}", pair.first.id, pair.second.id)>
                            <h3>{title}</h3>
                            {detail}
                        </div>
                    }
                })
                .collect_view()
                .into_any()
        };
        Some(view! {
            <section class="compare-changes" data-testid="compare-changes" aria-label=t.compare_changes_label>
                <h2>{t.compare_changes}</h2>
                {body}
            </section>
        })
    }
}
