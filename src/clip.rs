//! Cutting areas and lines to a range of x (or a box) in the plane: the part of a set of
//! polygons between two longitudes, which the GeoJSON export needs to bring rings into
//! -180..180 (RFC 7946 asks for pieces either side of the antimeridian), and the part of the
//! base map inside a box, which the prerendered first view keeps. No general
//! boolean-operations crate in the page.
//!
//! One algorithm, for one half-plane at a time (`x ≤ limit`): each loop is cut where it
//! crosses the line into stretches inside; going up the line from where a stretch leaves to
//! the next place one enters closes the pieces. With outlines anticlockwise and holes
//! clockwise, the area lies to the left of every loop, so along the line (area at smaller x)
//! the closing edges always run upwards. A hole that crosses the line becomes a notch in its
//! outline's piece, as it must. The other side is the same cut on the mirror image.

use geo::{Coord, LineString, MultiPolygon, Polygon};

/// The part of `area` between longitudes `west_deg` and `east_deg` (x in degrees), as
/// polygons with outlines anticlockwise and holes clockwise (the right-hand rule of RFC 7946),
/// each loop closed. `area`'s loops may run either way; each polygon's holes must lie inside
/// its outline, and polygons must not overlap.
pub fn clip_to_lon_range(
    area: &MultiPolygon<f64>,
    west_deg: f64,
    east_deg: f64,
) -> MultiPolygon<f64> {
    let mut loops: Vec<Vec<Coord<f64>>> = Vec::new();
    for polygon in &area.0 {
        loops.extend(open_loop(&polygon.exterior().0, true));
        loops.extend(
            polygon
                .interiors()
                .iter()
                .filter_map(|h| open_loop(&h.0, false)),
        );
    }
    group_into_polygons(clip_x_range(&loops, west_deg, east_deg))
}

/// The part of the area inside one closed loop (a filled ring, in any plane coordinates)
/// that lies in the box from `min` to `max`: closed loops turning the same way as `ring`
/// (which matters where the ring is a hole filled by the non-zero rule). How the prerendered
/// map leaves out land no first view shows.
pub fn clip_ring_to_box(
    ring: &[Coord<f64>],
    min: Coord<f64>,
    max: Coord<f64>,
) -> Vec<Vec<Coord<f64>>> {
    let Some(outline) = open_loop(ring, true) else {
        return Vec::new();
    };
    let anticlockwise = twice_signed_area(&dedup_open(ring)) > 0.0;
    let swap = |l: &Vec<Coord<f64>>| -> Vec<Coord<f64>> {
        l.iter().rev().map(|c| Coord { x: c.y, y: c.x }).collect()
    };
    let across = clip_x_range(&[outline], min.x, max.x);
    let swapped: Vec<Vec<Coord<f64>>> = across.iter().map(swap).collect();
    clip_x_range(&swapped, min.y, max.y)
        .iter()
        .map(|l| {
            let mut l = swap(l);
            if !anticlockwise {
                l.reverse();
            }
            if let Some(&first) = l.first() {
                l.push(first);
            }
            l
        })
        .collect()
}

/// The pieces of a line (in any plane coordinates) inside the box from `min` to `max`,
/// each segment cut where it leaves the box (Liang–Barsky).
pub fn clip_line_to_box(
    line: &[Coord<f64>],
    min: Coord<f64>,
    max: Coord<f64>,
) -> Vec<Vec<Coord<f64>>> {
    let mut pieces: Vec<Vec<Coord<f64>>> = Vec::new();
    let mut current: Vec<Coord<f64>> = Vec::new();
    for pair in line.windows(2) {
        match clip_segment(pair[0], pair[1], min, max) {
            Some((a, b)) => {
                if current.last() != Some(&a) {
                    if current.len() >= 2 {
                        pieces.push(std::mem::take(&mut current));
                    }
                    current.clear();
                    current.push(a);
                }
                current.push(b);
            }
            None => {
                if current.len() >= 2 {
                    pieces.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() >= 2 {
        pieces.push(current);
    }
    pieces
}

/// The part of segment `a`–`b` inside the box, if any.
fn clip_segment(
    a: Coord<f64>,
    b: Coord<f64>,
    min: Coord<f64>,
    max: Coord<f64>,
) -> Option<(Coord<f64>, Coord<f64>)> {
    let d = b - a;
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-d.x, a.x - min.x),
        (d.x, max.x - a.x),
        (-d.y, a.y - min.y),
        (d.y, max.y - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then(|| (a + d * t0, a + d * t1))
}

/// The part of the area the loops bound (outlines anticlockwise, holes clockwise) between
/// x = `west` and x = `east`, as loops turned the same way.
fn clip_x_range(loops: &[Vec<Coord<f64>>], west: f64, east: f64) -> Vec<Vec<Coord<f64>>> {
    let east_cut = clip_below(loops, east);
    let mirrored: Vec<Vec<Coord<f64>>> = east_cut.iter().map(|l| mirror(l)).collect();
    clip_below(&mirrored, -west)
        .iter()
        .map(|l| mirror(l))
        .collect()
}

/// A loop's vertices with consecutive duplicates and the closing repeat dropped.
fn dedup_open(ring: &[Coord<f64>]) -> Vec<Coord<f64>> {
    let mut pts: Vec<Coord<f64>> = Vec::with_capacity(ring.len());
    for &c in ring {
        if pts.last() != Some(&c) {
            pts.push(c);
        }
    }
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    pts
}

/// A loop's distinct vertices (the closing repeat dropped, consecutive duplicates merged),
/// turned anticlockwise for an outline or clockwise for a hole; `None` if fewer than three.
fn open_loop(ring: &[Coord<f64>], outline: bool) -> Option<Vec<Coord<f64>>> {
    let mut pts = dedup_open(ring);
    if pts.len() < 3 {
        return None;
    }
    if (twice_signed_area(&pts) > 0.0) != outline {
        pts.reverse();
    }
    Some(pts)
}

/// The loops mirrored in the meridian x = 0 and reversed, so each keeps its turning sense.
fn mirror(pts: &[Coord<f64>]) -> Vec<Coord<f64>> {
    pts.iter()
        .rev()
        .map(|c| Coord { x: -c.x, y: c.y })
        .collect()
}

/// The part of the area the loops bound that lies at x ≤ `limit`, as loops turned the same
/// way (outlines anticlockwise, holes clockwise).
fn clip_below(loops: &[Vec<Coord<f64>>], limit: f64) -> Vec<Vec<Coord<f64>>> {
    let inside = |c: &Coord<f64>| c.x <= limit;
    let at_limit = |a: Coord<f64>, b: Coord<f64>| {
        let t = (limit - a.x) / (b.x - a.x);
        Coord {
            x: limit,
            y: a.y + t * (b.y - a.y),
        }
    };
    let mut out: Vec<Vec<Coord<f64>>> = Vec::new();
    // Stretches inside, each from where it enters across the line to where it leaves.
    let mut stretches: Vec<Vec<Coord<f64>>> = Vec::new();
    for pts in loops {
        let Some(start) = pts.iter().position(|c| !inside(c)) else {
            out.push(pts.clone());
            continue;
        };
        let n = pts.len();
        let mut current: Option<Vec<Coord<f64>>> = None;
        for k in 0..n {
            let (a, b) = (pts[(start + k) % n], pts[(start + k + 1) % n]);
            match (inside(&a), inside(&b)) {
                (false, true) => {
                    let entry = at_limit(a, b);
                    let mut stretch = vec![entry];
                    if b != entry {
                        stretch.push(b);
                    }
                    current = Some(stretch);
                }
                (true, true) => {
                    if let Some(stretch) = current.as_mut() {
                        stretch.push(b);
                    }
                }
                (true, false) => {
                    if let Some(mut stretch) = current.take() {
                        let exit = at_limit(a, b);
                        if stretch.last() != Some(&exit) {
                            stretch.push(exit);
                        }
                        stretches.push(stretch);
                    }
                }
                (false, false) => {}
            }
        }
    }
    // Join the stretches: from where one leaves, up the line to the nearest entry above.
    let mut used = vec![false; stretches.len()];
    for first in 0..stretches.len() {
        if used[first] {
            continue;
        }
        let mut piece: Vec<Coord<f64>> = Vec::new();
        let mut k = first;
        loop {
            used[k] = true;
            piece.extend_from_slice(&stretches[k]);
            let exit_y = stretches[k].last().map_or(f64::NAN, |c| c.y);
            let next = (0..stretches.len())
                .filter(|&j| j == first || !used[j])
                .filter(|&j| stretches[j][0].y >= exit_y)
                .min_by(|&a, &b| stretches[a][0].y.total_cmp(&stretches[b][0].y));
            match next {
                Some(j) if j != first => k = j,
                _ => break,
            }
        }
        piece.dedup();
        if piece.len() >= 3 {
            out.push(piece);
        }
    }
    out
}

/// An open loop of vertices (the closing repeat left off).
type Loop = Vec<Coord<f64>>;

/// Loops turned by the rule (outlines anticlockwise, holes clockwise) as polygons: each hole
/// goes to the smallest outline around it.
fn group_into_polygons(loops: Vec<Vec<Coord<f64>>>) -> MultiPolygon<f64> {
    let (outlines, holes): (Vec<_>, Vec<_>) =
        loops.into_iter().partition(|l| twice_signed_area(l) > 0.0);
    let mut polygons: Vec<(f64, Loop, Vec<Loop>)> = outlines
        .into_iter()
        .map(|l| (twice_signed_area(&l), l, Vec::new()))
        .collect();
    for hole in holes {
        let probe = hole[0];
        let home = polygons
            .iter_mut()
            .filter(|(_, outline, _)| contains(outline, probe))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, _, hs)) = home {
            hs.push(hole);
        }
    }
    MultiPolygon::new(
        polygons
            .into_iter()
            .map(|(_, outline, hs)| {
                Polygon::new(closed(outline), hs.into_iter().map(closed).collect())
            })
            .collect(),
    )
}

fn closed(mut pts: Vec<Coord<f64>>) -> LineString<f64> {
    if let Some(&first) = pts.first() {
        pts.push(first);
    }
    LineString::new(pts)
}

/// Twice the signed area of an open loop: positive when it runs anticlockwise.
pub(crate) fn twice_signed_area(pts: &[Coord<f64>]) -> f64 {
    let n = pts.len();
    (0..n)
        .map(|i| {
            let (a, b) = (pts[i], pts[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum()
}

/// Whether `p` lies inside the open loop (even-odd rule).
fn contains(pts: &[Coord<f64>], p: Coord<f64>) -> bool {
    let n = pts.len();
    let mut inside = false;
    for i in 0..n {
        let (a, b) = (pts[i], pts[(i + 1) % n]);
        if (a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x) {
            inside = !inside;
        }
    }
    inside
}
