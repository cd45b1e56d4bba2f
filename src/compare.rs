//! Comparing two sources: which of their range claims describe the same missile, how far
//! apart their figures are, and which places are in range under one and not the other.

use crate::model::{Claims, LonLat, RangeClaim, Variant};
use crate::projection::Projection;
use crate::rings::{push_reach_outline, Offer, PlaceDistance};

/// Two claims, one per compared source, about the same missile.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimPair {
    /// The first compared source's claim.
    pub first: RangeClaim,
    /// The second compared source's claim.
    pub second: RangeClaim,
}

impl ClaimPair {
    /// The nearer of the two outer edges, in kilometres.
    pub fn inner_km(&self) -> f64 {
        self.first.km_bounds().1.min(self.second.km_bounds().1)
    }

    /// The farther of the two outer edges, in kilometres.
    pub fn outer_km(&self) -> f64 {
        self.first.km_bounds().1.max(self.second.km_bounds().1)
    }

    /// The claim that reaches farther, and the one that reaches less far; `None` if both
    /// reach equally far (their rings coincide, so there is nothing to shade).
    pub fn farther_nearer(&self) -> Option<(&RangeClaim, &RangeClaim)> {
        let (a, b) = (self.first.km_bounds().1, self.second.km_bounds().1);
        if (a - b).abs() < SAME_REACH_KM {
            None
        } else if a > b {
            Some((&self.first, &self.second))
        } else {
            Some((&self.second, &self.first))
        }
    }

    /// The places in range under the farther claim but not the nearer one, nearest first.
    pub fn places_gained(&self, distances: &[PlaceDistance]) -> Vec<PlaceDistance> {
        if self.farther_nearer().is_none() {
            return Vec::new();
        }
        let (inner, outer) = (self.inner_km(), self.outer_km());
        distances
            .iter()
            .filter(|p| p.km > inner && p.km <= outer)
            .cloned()
            .collect()
    }
}

/// Outer edges closer than this, in kilometres, count as the same reach (rounding of
/// converted figures).
const SAME_REACH_KM: f64 = 0.5;

/// Whether two claims' variants can describe the same missile: the same variant, a claim that
/// covers Block IV and V against either block, or a claim that names no variant.
pub fn variants_overlap(a: Variant, b: Variant) -> bool {
    use Variant::{BlockIv, BlockIvAndV, BlockV, Unspecified};
    a == b
        || a == Unspecified
        || b == Unspecified
        || matches!(
            (a, b),
            (BlockIvAndV, BlockIv | BlockV) | (BlockIv | BlockV, BlockIvAndV)
        )
}

/// Every pair of claims, one from `first_id` and one from `second_id`, about the same system
/// with overlapping variants, in the order of the first source's claims.
pub fn claim_pairs(claims: &Claims, first_id: &str, second_id: &str) -> Vec<ClaimPair> {
    claims
        .ranges_of(first_id)
        .flat_map(|a| {
            claims
                .ranges_of(second_id)
                .filter(move |b| a.system == b.system && variants_overlap(a.variant, b.variant))
                .map(move |b| ClaimPair {
                    first: a.clone(),
                    second: b.clone(),
                })
        })
        .collect()
}

/// SVG path data (kilometres, y to the south) of the area between a pair's two outer edges
/// around `centres`: the farther outline then the nearer one, to fill with the even-odd rule.
/// Empty if the two reach equally far.
pub fn pair_band_path(
    pair: &ClaimPair,
    centres: &[LonLat],
    proj: &Projection,
    m_per_px: f64,
) -> String {
    let mut d = String::new();
    if pair.farther_nearer().is_some() {
        push_reach_outline(&mut d, centres, pair.outer_km(), proj, m_per_px);
        push_reach_outline(&mut d, centres, pair.inner_km(), proj, m_per_px);
    }
    d
}

/// The pair of sources to compare when the reader turns compare mode on: the source shown now
/// (or the first offered with a range figure), and the next offered source whose claims pair
/// with it; `None` while fewer than two offered sources have range figures.
pub fn default_pair(
    claims: &Claims,
    offer: &Offer,
    current: Option<&str>,
) -> Option<(String, String)> {
    let with_ranges: Vec<&str> = offer
        .sources(claims)
        .into_iter()
        .map(|(_, s)| s.id.as_str())
        .filter(|id| claims.ranges_of(id).next().is_some())
        .collect();
    let first = current
        .filter(|id| with_ranges.contains(id))
        .or_else(|| with_ranges.first().copied())?;
    let second = with_ranges
        .iter()
        .copied()
        .filter(|&id| id != first)
        .find(|&id| {
            claim_pairs(claims, first, id)
                .iter()
                .any(|p| p.farther_nearer().is_some())
        })
        .or_else(|| with_ranges.iter().copied().find(|&id| id != first))?;
    Some((first.to_owned(), second.to_owned()))
}
