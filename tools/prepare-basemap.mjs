// Derives the base map from Natural Earth (carried by the npm package `world-atlas`), at two
// levels of detail, in one format:
// - data/basemap.json, the overview compiled into the page: simplified for the zoom levels a
//   reader sees first (down to DETAIL_BELOW_M_PER_PX in src/model/basemap.rs);
// - data/basemap-detail.json, full detail, fetched by the page only once a reader zooms in
//   further (and used by the export command for the static images).
//
// Rerun with `npm ci && node tools/prepare-basemap.mjs`. The output is committed so that the
// page build never needs npm; this script is the only way it should change.
//
// What it writes: every coordinate list as a string in Google's Encoded Polyline Algorithm
// Format (deltas of lat, lon rounded to `precision` decimal places of a degree, as base-64-ish
// varints; decoded in the page by georust's `polyline` crate), so the file stays small and the
// page decodes it without parsing thousands of JSON numbers:
// - `countries`: 1:10m country polygons (outer rings) that reach into the detailed region
//   (REGION), whole, by name; their outlines are the coastlines.
// - `borders`: 1:10m land borders between countries in the region.
// - `world_land`: 1:110m land outside the region, so that a wide view or a far-away launch
//   point still has context without shipping the whole world at 1:10m.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as topojson from "topojson-client";
import { presimplify, simplify, planarTriangleArea } from "topojson-simplify";

const require = createRequire(import.meta.url);
const LEVELS = [
  // ~0.3 px² at 2,900 m per pixel (DETAIL_BELOW_M_PER_PX at 35°N), the finest the overview is
  // drawn at; its rounding to 0.01° (~1.1 km, precision 2) is under 0.4 of that pixel. Islands
  // smaller than that collapse and are left to the detailed level.
  { out: "../data/basemap.json", minAreaDeg2: 5e-4, precision: 2, what: "overview" },
  // Rounded to 0.001° (~110 m): finer than Natural Earth 1:10m is itself accurate (it is made
  // for 1:10,000,000, where 0.1 mm on paper is 1 km).
  { out: "../data/basemap-detail.json", minAreaDeg2: 1e-4, precision: 3, what: "detail" },
];

/** Detailed region [west, south, east, north] in degrees: East Asia with margin. */
const REGION = [88, -12, 172, 62];
/**
 * Visvalingam thresholds (`minAreaDeg2` in LEVELS) are in square degrees: a vertex whose triangle
 * with its neighbours is smaller than this (times detailFactor) is dropped. 1e-4 deg² is a
 * triangle ~0.014° (~1.5 km) across: below a pixel until a 1,000 km-wide view is zoomed ~x8.
 * Every ring keeps at least a triangle (see below), so no island Natural Earth 1:10m has is lost
 * at the detailed level, and shared arcs are simplified once, so borders and country outlines
 * still meet exactly.
 */
/** Where readers zoom in and full detail is kept [west, south, east, north] in degrees. */
const FOCUS = [115, 18, 150, 46];

/** Clips a closed ring to an axis-aligned rectangle (Sutherland–Hodgman; the rectangle is convex). */
function clipRing(ring, [w, s, e, n]) {
  const edges = [
    (p) => p[0] >= w, (p) => p[0] <= e, (p) => p[1] >= s, (p) => p[1] <= n,
  ];
  const cut = [
    (a, b) => lerpAt(a, b, 0, w), (a, b) => lerpAt(a, b, 0, e),
    (a, b) => lerpAt(a, b, 1, s), (a, b) => lerpAt(a, b, 1, n),
  ];
  let out = ring.slice(0, -1);
  for (let k = 0; k < 4 && out.length; k++) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      const curIn = edges[k](cur), prevIn = edges[k](prev);
      if (curIn) {
        if (!prevIn) out.push(cut[k](prev, cur));
        out.push(cur);
      } else if (prevIn) {
        out.push(cut[k](prev, cur));
      }
    }
  }
  if (out.length < 3) return null;
  out.push(out[0]);
  return out;
}

/** The point on segment a–b where coordinate `axis` equals `v`. */
function lerpAt(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

const inside = (p, [w, s, e, n]) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;

/** Splits a line into the runs that lie inside the rectangle (vertices inside, ends cut on its edge). */
function clipLine(line, rect) {
  const runs = [];
  let run = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i];
    if (inside(p, rect)) {
      if (!run.length && i > 0) run.push(edgePoint(line[i - 1], p, rect));
      run.push(p);
    } else if (run.length) {
      run.push(edgePoint(p, run[run.length - 1], rect));
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

/** Where the segment from `outP` (outside) to `inP` (inside) crosses the rectangle's edge. */
function edgePoint(outP, inP, [w, s, e, n]) {
  let t = 1;
  const d = [outP[0] - inP[0], outP[1] - inP[1]];
  for (const [axis, v] of [[0, w], [0, e], [1, s], [1, n]]) {
    if (d[axis] !== 0) {
      const tt = (v - inP[axis]) / d[axis];
      if (tt >= 0 && tt < t) t = tt;
    }
  }
  return [inP[0] + t * d[0], inP[1] + t * d[1]];
}

/** Appends one signed delta to `out` as an Encoded Polyline varint. */
function pushVarint(delta, out) {
  let v = delta < 0 ? ~(delta << 1) : delta << 1;
  while (v >= 0x20) {
    out.push(String.fromCharCode((0x20 | (v & 0x1f)) + 63));
    v >>= 5;
  }
  out.push(String.fromCharCode(v + 63));
}

/**
 * Rounds a [lon, lat] list to `precision` decimal places of a degree, drops points that round
 * onto the one before, and writes the rest in Encoded Polyline form (lat before lon, as the
 * format has it). Returns the string and how many points it holds.
 */
function encode(coords, precision) {
  const scale = 10 ** precision;
  const out = [];
  let px = 0, py = 0, points = 0;
  for (const [lon, lat] of coords) {
    const x = Math.round(lon * scale), y = Math.round(lat * scale);
    if (points > 0 && x === px && y === py) continue;
    pushVarint(y - py, out);
    pushVarint(x - px, out);
    px = x; py = y; points++;
  }
  return { text: out.join(""), points };
}

const polygonsOf = (g) => (!g ? [] : g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []);
const linesOf = (g) => (g.type === "LineString" ? [g.coordinates] : g.coordinates);

const ringBox = (ring) => {
  const xs = ring.map((p) => p[0]), ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};
const overlaps = ([w1, s1, e1, n1], [w2, s2, e2, n2]) => w1 <= e2 && w2 <= e1 && s1 <= n2 && s2 <= n1;

/**
 * How much a vertex's Visvalingam weight counts where it lies: full detail where readers zoom in
 * (Japan, the Ryukyus, Taiwan, Korea, China's coast), less in the rest of the region, little
 * outside it, where the country outlines are only context.
 */
function detailFactor(lon, lat) {
  if (overlaps([lon, lat, lon, lat], FOCUS)) return 1;
  if (overlaps([lon, lat, lon, lat], REGION)) return 0.25;
  return 0.02;
}
const presimplified = presimplify(
  JSON.parse(readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8")),
  planarTriangleArea,
);
for (const arc of presimplified.arcs) {
  for (const p of arc) if (Number.isFinite(p[2])) p[2] *= detailFactor(p[0], p[1]);
  // Every arc keeps its two most significant inner vertices, so that no island (a ring of one
  // arc) ever collapses: the Senkakus, Scarborough Reef and the Spratlys stay on the map.
  const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
  for (const p of inner.slice(0, 2)) p[2] = Infinity;
}
const coarse = JSON.parse(readFileSync(require.resolve("world-atlas/land-110m.json"), "utf8"));

/** Writes one level of detail (an entry of LEVELS). */
function writeLevel({ out: out_, minAreaDeg2, precision, what }) {
  const detailed = simplify(presimplified, minAreaDeg2);

  // Country polygons that reach into the region are kept whole, not clipped, so that stroking a
  // polygon draws its true coastline and never a false edge along the region's border.
  const countries = [];
  for (const f of topojson.feature(detailed, detailed.objects.countries).features) {
    const polys = [];
    for (const poly of polygonsOf(f.geometry)) {
      // Outer rings only: in this region no lake is large enough to need a hole.
      if (!overlaps(ringBox(poly[0]), REGION)) continue;
      const enc = encode(poly[0], precision);
      if (enc.points >= 3) polys.push(enc);
    }
    if (polys.length) countries.push({ name: f.properties.name, id: String(f.id ?? ""), polys });
  }
  countries.sort((a, b) => a.name.localeCompare(b.name));

  // Land borders only (arcs shared by two countries); coastlines are the country outlines.
  const borders = linesOf(topojson.mesh(detailed, detailed.objects.countries, (a, b) => a !== b))
    .flatMap((l) => clipLine(l, REGION))
    .map((l) => encode(l, precision))
    .filter((l) => l.points >= 2);

  // 1:110m land outside the region: the complement of REGION as four rectangles.
  const [w, s, e, n] = REGION;
  const outside = [[-180, -90, w, 90], [e, -90, 180, 90], [w, n, e, 90], [w, -90, e, s]];
  const worldLand = [];
  for (const f of topojson.feature(coarse, coarse.objects.land).features) {
    for (const poly of polygonsOf(f.geometry)) {
      for (const rect of outside) {
        const clipped = clipRing(poly[0], rect);
        if (clipped) worldLand.push(encode(clipped, precision));
      }
    }
  }

  const land = worldLand.filter((r) => r.points >= 3);
  const text = (list) => list.map((l) => l.text);
  const file = {
    about:
      "Derived from Natural Earth (public domain) via the npm package world-atlas 2.0.2 by tools/prepare-basemap.mjs. Do not edit by hand.",
    region_deg: REGION,
    precision,
    countries: countries.map((c) => ({ ...c, polys: text(c.polys) })),
    borders: text(borders),
    world_land: text(land),
  };
  const outUrl = new URL(out_, import.meta.url);
  writeFileSync(outUrl, JSON.stringify(file) + "\n");
  const count = (xs) => xs.reduce((t, x) => t + x.points, 0);
  console.log(
    `wrote ${outUrl.pathname} (${what}): ${countries.length} countries, ` +
      `${count(countries.flatMap((c) => c.polys))} polygon points, ` +
      `${count(borders)} border points, ${count(land)} world points`,
  );
}

for (const level of LEVELS) writeLevel(level);
