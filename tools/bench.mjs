// The page's benchmark: bytes shipped, time to first rings, switch latency, pan/zoom frame
// times, memory and Lighthouse's mobile figures, measured on the release build in dist/ with
// headless Chromium. Run it through scripts/bench.sh (which builds dist/ first); it prints a
// table and writes target/bench.json. Every method is described in the README ("Benchmark").
//
//   node tools/bench.mjs            (dist/ must hold a release build)
//   BENCH_LOADS=20 BENCH_SWITCHES=100 node tools/bench.mjs
//   BENCH_ONLY=switches node tools/bench.mjs   (only some parts, for iterating: a comma list
//                                               of bytes, loads, switches, gestures, memory,
//                                               lighthouse)
//   BENCH_DIST=/tmp/other-dist node tools/bench.mjs  (another build, for interleaved A/B runs)
//   BENCH_OUT=/tmp/a.json node tools/bench.mjs       (the JSON elsewhere than target/bench.json)
import { gzipSync, brotliCompressSync, constants as zc } from "node:zlib";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import runLighthouse from "lighthouse";
// chrome-launcher comes with lighthouse (its dependency), so it is the same version it expects.
import { launch as launchChrome } from "chrome-launcher";
import { serveDist, launchBrowser } from "../tests/e2e/harness.mjs";
import { serveCompressed } from "./cdn-server.mjs";

const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 100);
const VIEWPORT = { width: 1280, height: 800 };
// Which parts to measure (all by default): while working on one figure, the others only cost
// time. Gestures and memory run in the switches' session, after them.
const PARTS = new Set((process.env.BENCH_ONLY ?? "bytes,loads,switches,gestures,memory,lighthouse").split(","));
// The build to measure: dist/ unless another directory is named (to compare two builds).
const DIST_DIR = process.env.BENCH_DIST ?? "dist";
const KB = 1000; // "KB" here is 1,000 bytes throughout.

const TARGETS = {
  bytesGzip: 200 * KB, // all shipped bytes of the default view up to its first rings, gzip
  wasmGzip: 335 * KB, // the reader's wasm alone, gzip, once the editor's tools left it
  wasmBrotli: 230 * KB, // the reader's wasm alone, brotli (the budget re-set on the split page)
  firstRingsMedianMs: 200,
  switchP95Ms: 8,
  rapidSwitchP95Ms: 20, // clicks 10–26 ms apart through every switcher button
  frameP95Ms: 16,
  // Lighthouse, mobile preset, median of the runs, for each of LIGHTHOUSE_PATHS
  lighthouseLcpMs: 1000,
  lighthouseCls: 0.01,
  lighthouseScore: 0.98,
};

// ---------------------------------------------------------------- statistics
function quantile(values, q) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  // Nearest-rank: the smallest value with at least q of the samples at or below it.
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))];
}
const stats = (values) => ({
  n: values.length,
  median: quantile(values, 0.5),
  p95: quantile(values, 0.95),
  min: Math.min(...values),
  max: Math.max(...values),
});

// ---------------------------------------------------------------- page helpers
async function newPage(browser, origin, query = "") {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  // Keep the wasm instance's exports when Trunk's loader announces them (the glue module
  // keeps its `wasm` private; Trunk's "TrunkApplicationStarted" event carries it).
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => {
      window.__benchWasm = e.detail?.wasm;
      window.__benchStarted = performance.now();
    });
    // Resolves when the page sets its "first-rings" mark. Waiting on this promise (a plain
    // evaluate in the page's own world) keeps Playwright from injecting its polling script
    // while the page starts: that script's evaluation is a 60–120 ms task that, landing
    // between the first painted frame and the mark's zero-delay task, delayed the mark.
    window.__benchFirstRings = new Promise((resolve) => {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName("first-rings").length) {
          observer.disconnect();
          resolve();
        }
      }).observe({ type: "mark", buffered: true });
    });
  });
  // "commit": return as soon as the navigation is under way, so nothing else of Playwright's
  // runs in the page until the first-rings promise is awaited.
  return { context, page, problems, goto: () => page.goto(`${origin}/${query}`, { waitUntil: "commit" }) };
}

const waitFirstRings = (page) =>
  page.evaluate(() => Promise.race([
    window.__benchFirstRings,
    new Promise((_, reject) => setTimeout(() => reject(new Error("no first-rings mark in 60 s")), 60_000)),
  ]));

// ---------------------------------------------------------------- 1. bytes shipped
async function measureBytes(browser, origin) {
  const { context, page, problems, goto } = await newPage(browser, origin);
  const responses = [];
  page.on("response", (r) => responses.push(r));
  await goto();
  await waitFirstRings(page);
  // What the default view costs is what it loads for its first rings; what the page fetches
  // once idle after that (the overview base map, ready for the true-distance view) is listed
  // apart.
  const forFirstRings = new Set(responses);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500); // anything lazy that would still start (the idle fetch)
  const files = [], later = [];
  for (const r of responses) {
    const url = new URL(r.url());
    if (url.origin !== origin) continue;
    const body = await r.body().catch(() => Buffer.alloc(0));
    const path = url.pathname === "/" ? "/index.html" : url.pathname;
    (forFirstRings.has(r) ? files : later).push({
      path,
      kind: kindOf(path),
      status: r.status(),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  await context.close();
  const loaded = new Set([...files, ...later].map((f) => f.path.slice(1)));
  const distFiles = listDist(DIST_DIR);
  const notLoaded = collapseDirs(distFiles.filter((f) => !loaded.has(f)));
  // The data compiled into the wasm (DataSet::load_embedded): build.rs validates data/*.json
  // (all but the base maps) and writes it as postcard bytes, which the wasm includes. Nothing
  // is fetched, but its share of the wasm is worth knowing. Neither base map level is in it:
  // the page fetches the overview once idle (or for the true-distance view) and the detail on
  // zoom.
  const buildDir = "target/wasm32-unknown-unknown/release/build";
  const embedded = (existsSync(buildDir) ? readdirSync(buildDir) : [])
    .filter((d) => d.startsWith("range-claims-"))
    .map((d) => `${buildDir}/${d}/out/page-data.postcard`)
    .filter((f) => existsSync(f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    .slice(0, 1)
    .map((f) => {
      const body = readFileSync(f);
      return {
        path: f, raw: body.length, gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  const sum = (list, k) => list.reduce((a, f) => a + f[k], 0);
  const byKind = {};
  for (const kind of ["wasm", "JS", "CSS", "data", "HTML", "other"]) {
    const list = files.filter((f) => f.kind === kind);
    byKind[kind] = { files: list.length, raw: sum(list, "raw"), gzip: sum(list, "gzip"), brotli: sum(list, "brotli") };
  }
  return {
    files, later, byKind, notLoaded, embeddedData: embedded, problems,
    total: { raw: sum(files, "raw"), gzip: sum(files, "gzip"), brotli: sum(files, "brotli") },
    embeddedTotal: { raw: sum(embedded, "raw"), gzip: sum(embedded, "gzip"), brotli: sum(embedded, "brotli") },
  };
}

function kindOf(path) {
  if (path.endsWith(".wasm")) return "wasm";
  if (path.endsWith(".js")) return "JS";
  if (path.endsWith(".css")) return "CSS";
  if (path.endsWith(".json") || path.endsWith(".geojson")) return "data";
  if (path.endsWith(".html")) return "HTML";
  return "other";
}

/** `files` with a directory of many (the drawn charts) named once, with its count. */
function collapseDirs(files, many = 5) {
  const count = new Map();
  for (const f of files) if (f.includes("/")) count.set(f.split("/")[0], (count.get(f.split("/")[0]) ?? 0) + 1);
  const out = [], named = new Set();
  for (const f of files) {
    const dir = f.includes("/") ? f.split("/")[0] : null;
    if (dir && count.get(dir) > many) {
      if (!named.has(dir)) out.push(`${dir}/ (${count.get(dir)} files)`);
      named.add(dir);
    } else out.push(f);
  }
  return out;
}

function listDist(dir = "dist", prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listDist(`${dir}/${e.name}`, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
}

// ---------------------------------------------------------------- 2. cold loads
async function measureFirstRings(browser, origin) {
  const times = [], wasmFetched = [], appStarted = [], firstPaint = [];
  const problems = [];
  for (let i = 0; i < LOADS; i++) {
    // A new context per load: empty HTTP cache, no compiled-wasm cache, fresh JS heap.
    const { context, page, problems: p, goto } = await newPage(browser, origin);
    await goto();
    await waitFirstRings(page);
    const t = await page.evaluate(() => {
      const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
      return {
        firstRings: performance.getEntriesByName("first-rings")[0].startTime,
        wasmFetched: wasm?.responseEnd ?? NaN,
        appStarted: window.__benchStarted ?? NaN,
        // The prerendered view's rings are in the HTML: they show in the first paint.
        firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      };
    });
    firstPaint.push(t.firstPaint);
    times.push(t.firstRings);
    wasmFetched.push(t.wasmFetched);
    appStarted.push(t.appStarted);
    problems.push(...p);
    await context.close();
  }
  // Where the time goes: the wasm fully downloaded (resource timing), Trunk's loader done
  // (wasm compiled and instantiated, `main` run: the app is mounted), rings painted.
  return {
    samplesMs: times, ...stats(times), problems,
    wasmFetchedMs: stats(wasmFetched), appStartedMs: stats(appStarted), firstPaintMs: stats(firstPaint),
  };
}

// ---------------------------------------------------------------- 3. switch latency
/**
 * Runs in the page: clicks `selectors` in turn, `n` times, and times each click to the end of
 * the frame that paints its result. Two timings per click:
 *  - frame-aligned (the target's figure): the click is dispatched at the start of a frame, in
 *    a requestAnimationFrame callback, and a MessageChannel message is posted from there; that
 *    message is a task that runs only after this frame's style, layout and paint, so
 *    `now()` in its handler is "the page's work done and painted". Leptos applies the change
 *    in microtasks, which all run before the frame's rendering steps.
 *  - from idle: the click from an ordinary task, then the next rAF + MessageChannel message;
 *    this adds the wait for the next vsync (0–16.7 ms), which the page cannot shorten.
 * Each sample is checked: `check(selector)` must hold when the time is taken (the DOM shows
 * the new choice); if not, further frames are awaited and the count of late samples reported.
 */
async function switchLoop(page, selectors, n, checkKind) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const before = await metrics(cdp);
  const result = await page.evaluate(async ({ selectors, n, checkKind }) => {
    const afterPaint = () => new Promise((ok) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => ok(performance.now());
      ch.port2.postMessage(0);
    });
    const nextFrame = () => new Promise((ok) => requestAnimationFrame(ok));
    const shows = (sel) => {
      const btn = document.querySelector(sel);
      if (btn.getAttribute("aria-pressed") !== "true") return false;
      const rings = [...document.querySelectorAll('[data-testid="rings"] path[data-ring]')];
      if (checkKind === "source") {
        const id = btn.dataset.source;
        return id === "all" ? new Set(rings.map((r) => r.dataset.source)).size > 1
          : rings.length > 0 && rings.every((r) => r.dataset.source === id);
      }
      const id = btn.dataset.siteOption;
      return rings.length > 0 && rings.every((r) => r.dataset.site === id);
    };
    // When the page last changed the DOM after a click (a MutationObserver callback is a
    // microtask right after the changes): splits each sample into script and rendering.
    let lastMutation = 0;
    const observer = new MutationObserver(() => { lastMutation = performance.now(); });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const aligned = [], idle = [], script = [];
    let late = 0;
    n *= 2; // n clicks timed each way
    // Start from the first choice, so that every measured click changes the rings.
    document.querySelector(selectors[0]).click();
    await nextFrame();
    await nextFrame();
    for (let i = 0; i < n; i++) {
      const sel = selectors[(i + 1) % selectors.length];
      const btn = document.querySelector(sel);
      const mode = i % 2; // alternate the two timings, so both see every switch
      let t0, t1;
      if (mode === 0) {
        const painted = await new Promise((ok) => requestAnimationFrame(() => {
          t0 = performance.now();
          btn.click();
          ok(afterPaint());
        }));
        t1 = painted;
      } else {
        await new Promise((ok) => setTimeout(ok, 3 + (i % 7))); // a random-ish phase
        t0 = performance.now();
        btn.click();
        await nextFrame();
        t1 = await afterPaint();
      }
      let tries = 0;
      while (!shows(sel) && tries++ < 30) { late++; await nextFrame(); t1 = await afterPaint(); }
      if (!shows(sel)) throw new Error(`after clicking ${sel} the rings never showed it`);
      (mode === 0 ? aligned : idle).push(t1 - t0);
      if (mode === 0) script.push(lastMutation - t0);
      await nextFrame(); // let the frame settle before the next click
    }
    observer.disconnect();
    return { aligned, idle, script, late };
  }, { selectors, n, checkKind });
  result.mainThreadPerClickMs = perUnit(before, await metrics(cdp), 2 * n);
  await cdp.detach();
  return result;
}

/** Chromium's cumulative main-thread timings (CDP Performance.getMetrics), in ms. */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  const m = Object.fromEntries(list.map((x) => [x.name, x.value]));
  return {
    script: m.ScriptDuration * 1000, style: m.RecalcStyleDuration * 1000,
    layout: m.LayoutDuration * 1000, task: m.TaskDuration * 1000,
  };
}
/** The growth of each timing between two readings, divided by `n` (clicks or frames). */
function perUnit(a, b, n) {
  const d = Object.fromEntries(Object.keys(a).map((k) => [k, (b[k] - a[k]) / n]));
  // Task time that is none of script, style and layout: mostly paint (and its pre-paint).
  d.other = d.task - d.script - d.style - d.layout;
  return d;
}

async function measureSwitches(page) {
  // Sources that draw rings (a source without a range figure would show none), and "all".
  const sources = await page.$$eval('[data-testid="source-switcher"] button[data-source]',
    (bs) => bs.map((b) => b.dataset.source).filter((s) => s !== "compare"));
  const withRings = [];
  for (const id of sources) {
    await page.click(`[data-testid="source-switcher"] button[data-source="${id}"]`);
    await page.waitForTimeout(100);
    if (await page.locator('[data-testid="rings"] path[data-ring]').count() > 0) withRings.push(id);
  }
  const sourceSel = withRings.map((id) => `[data-testid="source-switcher"] button[data-source="${id}"]`);
  await page.click(sourceSel[0]);
  const src = await switchLoop(page, sourceSel, SWITCHES, "source");

  // Launch point: the preset sites (not the chain, not a typed point), with all sources shown.
  await page.click('[data-testid="source-switcher"] button[data-source="all"]');
  const sites = await page.$$eval("button[data-site-option]",
    (bs) => bs.map((b) => b.dataset.siteOption).filter((s) => s !== "chain"));
  const siteSel = sites.map((id) => `button[data-site-option="${id}"]`);
  const site = await switchLoop(page, siteSel, SWITCHES, "site");
  const rapid = await rapidSwitchLoop(page, SWITCHES * 2);
  return {
    rapid: { cycle: rapid.buttons, latency: stats(rapid.latencies), waitMs: stats(rapid.waits), frameMs: stats(rapid.frameMs), gapMs: stats(rapid.gaps), settleMaxGapMs: rapid.settleMaxGapMs, settleMaxFrameMs: rapid.settleMaxFrameMs, mainThreadPerClickMs: rapid.mainThreadPerClickMs, samples: rapid },
    source: { cycle: withRings, aligned: stats(src.aligned), idle: stats(src.idle), script: stats(src.script), late: src.late, mainThreadPerClickMs: src.mainThreadPerClickMs, samples: src },
    site: { cycle: sites, aligned: stats(site.aligned), idle: stats(site.idle), script: stats(site.script), late: site.late, mainThreadPerClickMs: site.mainThreadPerClickMs, samples: site },
  };
}

/**
 * A reader arrowing through the switcher: every switcher button in turn ("All sources", each
 * source, "Compare two"), clicked from ordinary tasks 10–26 ms apart (a fixed cycle of gaps,
 * so every run clicks alike), `n` clicks. A rAF loop records every frame: when its rAF callback
 * started and when its paint ended (a MessageChannel message posted from that callback). A
 * click's time is from just before `click()` to the end of the first frame whose callback
 * started after it: the frame that shows it. Nothing is frame-aligned here, so each figure
 * holds the wait for the next vsync, and whatever the page deferred from earlier clicks
 * ("after the next paint") that lands before that frame. At the end the page must show the
 * last choice.
 */
async function rapidSwitchLoop(page, n) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const before = await metrics(cdp);
  const result = await page.evaluate(async ({ n }) => {
    const buttons = [...document.querySelectorAll('[data-testid="source-switcher"] button[data-source]')];
    const frames = []; // [callback start, paint end]
    let on = true;
    const loop = () => {
      if (!on) return;
      const start = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => frames.push([start, performance.now()]);
      ch.port2.postMessage(0);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const gapsMs = [10, 18, 26, 14, 22, 12, 20, 16, 24];
    const clicks = [], gaps = [];
    let last = null;
    for (let i = 0; i < n; i++) {
      await new Promise((ok) => setTimeout(ok, gapsMs[i % gapsMs.length]));
      const t0 = performance.now();
      if (last !== null) gaps.push(t0 - last);
      last = t0;
      buttons[i % buttons.length].click();
      clicks.push(t0);
    }
    // Let the last click's frames, and what the page deferred until the clicks rest (the
    // panels under the map), land: what that costs is reported on a row of its own.
    const lastClick = clicks[clicks.length - 1];
    await new Promise((ok) => setTimeout(ok, 600));
    on = false;
    const after = frames.filter(([start]) => start > lastClick);
    const settleGaps = after.slice(1).map(([, end], k) => end - after[k][1]);
    const settleFrames = after.map(([start, end]) => end - start);
    // Each click's frame: how long until its rAF callback ran, and how long that frame took.
    const shownBy = clicks.map((t0) => frames.find(([start]) => start > t0));
    const latencies = clicks.map((t0, k) => (shownBy[k] ? shownBy[k][1] - t0 : NaN));
    const waits = clicks.map((t0, k) => (shownBy[k] ? shownBy[k][0] - t0 : NaN));
    const frameMs = shownBy.map((f) => (f ? f[1] - f[0] : NaN));
    const lastBtn = buttons[(n - 1) % buttons.length];
    const shown = lastBtn.getAttribute("aria-pressed") === "true";
    const sources = new Set([...document.querySelectorAll('[data-testid="rings"] path[data-ring]')]
      .map((r) => r.dataset.source));
    const id = lastBtn.dataset.source;
    const ringsRight = id === "all" || id === "compare" ? sources.size > 1 : sources.size <= 1 && (sources.size === 0 || sources.has(id));
    return {
      latencies, waits, frameMs, gaps, buttons: buttons.map((b) => b.dataset.source), shown: shown && ringsRight, lastChoice: id,
      settleMaxGapMs: Math.max(0, ...settleGaps), settleMaxFrameMs: Math.max(0, ...settleFrames),
    };
  }, { n });
  if (!result.shown) throw new Error(`after arrowing through the switcher the page did not show ${result.lastChoice}`);
  if (result.latencies.some(Number.isNaN)) throw new Error("a click in the rapid protocol had no painted frame after it");
  result.mainThreadPerClickMs = perUnit(before, await metrics(cdp), n);
  await cdp.detach();
  return result;
}

// ---------------------------------------------------------------- 4. pan and zoom frames
/**
 * Starts a rAF loop in the page that, for every frame, records the frame's start (the rAF
 * timestamp, taken before Chromium dispatches that frame's input events) and the end of its
 * paint (a MessageChannel message posted from the rAF callback runs after the frame's style,
 * layout and paint). "Frame time" = end - start: the main-thread work of that frame, input
 * handling and Leptos updates included. The rAF intervals are recorded too.
 */
async function startFrameRecorder(page) {
  await page.evaluate(() => {
    const rec = { frames: [], intervals: [], on: true, last: null };
    window.__benchFrames = rec;
    const loop = (ts) => {
      if (!rec.on) return;
      if (rec.last !== null) rec.intervals.push(ts - rec.last);
      rec.last = ts;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => rec.frames.push(performance.now() - ts);
      ch.port2.postMessage(0);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}
async function stopFrameRecorder(page) {
  return page.evaluate(async () => {
    const rec = window.__benchFrames;
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    rec.on = false;
    return { frames: rec.frames, intervals: rec.intervals };
  });
}

async function measureGestures(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const box = await page.locator('[data-testid="map"]').boundingBox();
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);

  // Pan: press on open map, drag 300 px right and 150 px down in 60 steps, and back.
  await startFrameRecorder(page);
  const panBefore = await metrics(cdp);
  await page.mouse.down();
  await page.mouse.move(cx + 300, cy + 150, { steps: 60 });
  await page.mouse.move(cx, cy, { steps: 60 });
  await page.mouse.up();
  const pan = await stopFrameRecorder(page);
  pan.mainThreadPerFrameMs = perUnit(panBefore, await metrics(cdp), pan.frames.length);

  // Zoom: 12 wheel notches in (crossing ring-density steps), 12 out, one per frame or so.
  await startFrameRecorder(page);
  const zoomBefore = await metrics(cdp);
  for (const dy of [...Array(12).fill(-100), ...Array(12).fill(100)]) {
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(16);
  }
  const zoom = await stopFrameRecorder(page);
  zoom.mainThreadPerFrameMs = perUnit(zoomBefore, await metrics(cdp), zoom.frames.length);
  // A wheel burst is drawn for its final view once the wheel has rested (src/ui/map/gestures.rs,
  // WHEEL_QUIET): that frame falls after the recording above, so it is recorded on its own.
  await startFrameRecorder(page);
  await page.waitForTimeout(600);
  const settle = await stopFrameRecorder(page);

  // Zoomed in: three zoom-button steps (x1.5 each: the detailed base map loads), then the
  // same drag. A layer or a cost that grows with the scale shows here and not at the home view
  // (a compositor layer on the base map once made these frames take seconds).
  await startFrameRecorder(page);
  for (let i = 0; i < 3; i++) {
    await page.click('[data-testid="zoom-in"]');
    await page.waitForTimeout(400);
  }
  await page.waitForFunction(() => document.querySelector('[data-testid="map"]').dataset.basemap === "detail", null, { timeout: 30_000 });
  await page.waitForTimeout(400);
  const zoomSteps = await stopFrameRecorder(page);
  await page.mouse.move(cx, cy);
  await startFrameRecorder(page);
  await page.mouse.down();
  await page.mouse.move(cx + 300, cy + 150, { steps: 60 });
  await page.mouse.move(cx, cy, { steps: 60 });
  await page.mouse.up();
  await page.waitForTimeout(300); // the drag is drawn once at its end
  const panZoomedIn = await stopFrameRecorder(page);
  await page.click('[data-testid="reset-view"]');
  await cdp.detach();
  const summarise = (r) => ({
    frameMs: stats(r.frames), intervalMs: stats(r.intervals),
    over16: r.frames.filter((f) => f > 16).length, mainThreadPerFrameMs: r.mainThreadPerFrameMs,
    samples: { frames: r.frames, intervals: r.intervals },
  });
  return {
    pan: summarise(pan), zoom: summarise(zoom), panZoomedIn: summarise(panZoomedIn),
    zoomSteps: {
      maxFrameMs: Math.max(...zoomSteps.frames), maxIntervalMs: Math.max(...zoomSteps.intervals),
      samples: zoomSteps,
    },
    zoomSettle: { maxFrameMs: Math.max(...settle.frames), samples: settle },
  };
}

// ---------------------------------------------------------------- 5. memory
async function measureMemory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const inPage = await page.evaluate(() => ({
    usedJSHeapSize: performance.memory?.usedJSHeapSize ?? null,
    totalJSHeapSize: performance.memory?.totalJSHeapSize ?? null,
    wasmMemoryBytes: window.__benchWasm?.memory?.buffer?.byteLength ?? null,
  }));
  await cdp.detach();
  return { ...inPage, cdpUsedSize: heap.usedSize, cdpTotalSize: heap.totalSize, afterGc: true };
}

// ---------------------------------------------------------------- 6. Lighthouse
// The page and its embed view, each measured LIGHTHOUSE_RUNS times: Lighthouse's figures vary
// from run to run, so the table shows the median of each.
const LIGHTHOUSE_PATHS = ["/", "/?embed=1"];
const LIGHTHOUSE_RUNS = 3;
// The figures kept from each report: key in bench.json → Lighthouse audit (ms; CLS unitless).
const LIGHTHOUSE_AUDITS = {
  lcpMs: "largest-contentful-paint",
  fcpMs: "first-contentful-paint",
  tbtMs: "total-blocking-time",
  cls: "cumulative-layout-shift",
  speedIndexMs: "speed-index",
};

/**
 * One Lighthouse run of `url` in a Chromium of its own (as the Lighthouse CLI does), with the
 * default config: the mobile preset (simulated slow 4G, 4x CPU slowdown), performance only.
 */
async function lighthouseRun(url) {
  const chrome = await launchChrome({
    chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const { lhr, artifacts } = await runLighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error" });
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return lighthouseFigures(lhr, artifacts.Trace);
  } finally {
    await chrome.kill();
  }
}

/** The figures, the LCP element and its phases, and any warnings, from one report. */
function lighthouseFigures(lhr, trace) {
  const audits = Object.entries(LIGHTHOUSE_AUDITS).map(([key, id]) => [key, lhr.audits[id]]);
  const lcpAudit = lhr.audits["largest-contentful-paint-element"];
  // The audit's details are a list: the element's table, then the LCP phases' table.
  const [element, phases] = lcpAudit.details?.items ?? [];
  const node = element?.items[0]?.node;
  const failed = [...audits.map(([, a]) => a), lcpAudit].filter((a) => a.errorMessage);
  return {
    ...Object.fromEntries(audits.map(([key, a]) => [key, a.numericValue ?? NaN])),
    score: lhr.categories.performance.score ?? NaN,
    lcpElement: node ? { selector: node.selector, snippet: node.snippet, label: node.nodeLabel } : lcpCandidate(trace),
    lcpPhasesMs: phases ? Object.fromEntries(phases.items.map((p) => [p.phase, p.timing])) : null,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lighthouseVersion: lhr.lighthouseVersion,
    warnings: [...lhr.runWarnings, ...failed.map((a) => `${a.id}: ${a.errorMessage}`)],
  };
}

/**
 * The LCP element as the trace names it, for when the audit cannot: Lighthouse 12.2.3's trace
 * engine reads frame events by their old argument name (`chrome_frame_reporter`; Chromium now
 * writes `frame_reporter`) and throws, which fails the gatherer the audit needs. The trace's
 * last main-frame LCP candidate still gives the element's tag, its kind and its size.
 */
function lcpCandidate(trace) {
  const last = trace?.traceEvents
    .filter((e) => e.name === "largestContentfulPaint::Candidate" && e.args.data?.isOutermostMainFrame)
    .at(-1)?.args.data;
  if (!last) return null;
  // nodeName is the tag and its class, as in "P class='lede'".
  const snippet = `<${last.nodeName.replace(/^\S+/, (tag) => tag.toLowerCase())}>`;
  return { selector: null, snippet, label: `${last.type}, ${last.size} px² (from the trace)` };
}

/** The median of each figure over the runs, and the LCP element of the median-LCP run. */
function lighthouseMedians(runs) {
  const median = Object.fromEntries([...Object.keys(LIGHTHOUSE_AUDITS), "score"]
    .map((key) => [key, quantile(runs.map((r) => r[key]), 0.5)]));
  const mid = runs.find((r) => r.lcpMs === median.lcpMs) ?? runs[0];
  return { median, lcpElement: mid.lcpElement, lcpPhasesMs: mid.lcpPhasesMs, runs };
}

/** Each target of the Lighthouse figures, met or not, for one URL's medians. */
const lighthousePass = (m) => ({
  lcp: m.lcpMs <= TARGETS.lighthouseLcpMs,
  cls: m.cls <= TARGETS.lighthouseCls,
  score: m.score >= TARGETS.lighthouseScore,
});

async function measureLighthouse() {
  const cdn = await serveCompressed(DIST_DIR);
  try {
    const pages = {};
    for (const path of LIGHTHOUSE_PATHS) {
      const runs = [];
      for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
        console.error(`[bench] lighthouse ${path}, run ${i}/${LIGHTHOUSE_RUNS}…`);
        runs.push(await lighthouseRun(`${cdn.origin}${path}`));
      }
      pages[path] = lighthouseMedians(runs);
    }
    const runs = Object.values(pages).flatMap((p) => p.runs);
    return {
      version: runs[0].lighthouseVersion,
      preset: "mobile (default config: simulated slow 4G, 4x CPU slowdown)",
      runsPerUrl: LIGHTHOUSE_RUNS,
      pages,
      responsesByEncoding: cdn.served,
      problems: [...new Set(runs.flatMap((r) => r.warnings))].map((w) => `lighthouse: ${w}`),
    };
  } finally {
    await cdn.close();
  }
}

// ---------------------------------------------------------------- the table
const kb = (b) => (b / KB).toFixed(1);
const ms = (x) => x.toFixed(1);
const sec = (x) => (x / 1000).toFixed(2);
const mb = (b) => (b / 1e6).toFixed(2);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const verdict = (ok) => (ok ? "PASS" : "MISS");

/** The editor's wasm (loaded by editor.html only): its size raw, gzip -9 and brotli q11. */
function editorWasm() {
  const file = readdirSync(DIST_DIR).find((f) => /^editor-.*_bg\.wasm$/.test(f));
  if (!file) return null;
  const body = readFileSync(`${DIST_DIR}/${file}`);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function printReport(r) {
  const out = [];
  const bytesRow = (kind, file, b) =>
    `${pad(kind, 6)} ${pad(file, 44)} ${lpad(kb(b.raw), 9)} ${lpad(kb(b.gzip), 9)} ${lpad(kb(b.brotli), 10)}`;
  out.push(`Benchmark of the release page (${DIST_DIR}/), headless Chromium ${r.chromium}, ${VIEWPORT.width}x${VIEWPORT.height}; KB = 1,000 bytes`);
  out.push("");
  if (r.bytes) {
    out.push("Bytes shipped for the default view (every response the page loads for its first rings; gzip -9, brotli q11)");
    out.push(`${pad("kind", 6)} ${pad("file", 44)} ${lpad("raw KB", 9)} ${lpad("gzip KB", 9)} ${lpad("brotli KB", 10)}`);
    for (const kind of ["wasm", "JS", "CSS", "data", "HTML", "other"]) {
      const files = r.bytes.files.filter((f) => f.kind === kind);
      if (files.length === 0 && kind === "data") {
        out.push(bytesRow(kind, "(none fetched: compiled into the wasm)", { raw: 0, gzip: 0, brotli: 0 }));
      }
      for (const f of files) out.push(bytesRow(kind, f.path.replace(/^\//, ""), f));
    }
    out.push(bytesRow("total", "", r.bytes.total));
    out.push(bytesRow("", "(inside the wasm: data/*.json as postcard, by build.rs)", r.bytes.embeddedTotal));
    for (const f of r.bytes.later ?? []) out.push(bytesRow("later", `${f.path.replace(/^\//, "")} (once idle)`, f));
    out.push(`not loaded on screen: ${r.bytes.notLoaded.join(", ") || "(nothing)"}`);
    out.push("");
  }
  const fr = r.firstRings, sw = r.switches, g = r.gestures;
  const rows = [];
  if (r.bytes) {
    const t = r.bytes.total;
    rows.push(
      ["shipped bytes, default view, gzip", `${kb(t.gzip)} KB`, "", `≤ ${kb(TARGETS.bytesGzip)} KB`, t.gzip <= TARGETS.bytesGzip],
      ["shipped bytes, default view, brotli", `${kb(t.brotli)} KB`, "", "", null],
      ["  of which the wasm, gzip", `${kb(r.bytes.byKind.wasm.gzip)} KB`, "", `≤ ${kb(TARGETS.wasmGzip)} KB`, r.bytes.byKind.wasm.gzip <= TARGETS.wasmGzip],
      ["  of which the wasm, brotli", `${kb(r.bytes.byKind.wasm.brotli)} KB`, "", `≤ ${kb(TARGETS.wasmBrotli)} KB`, r.bytes.byKind.wasm.brotli <= TARGETS.wasmBrotli]);
    const editor = editorWasm();
    if (editor) {
      rows.push(["the editor's wasm (editor.html only), gzip", `${kb(editor.gzip)} KB`, "", "", null],
        ["the editor's wasm, brotli", `${kb(editor.brotli)} KB`, "", "", null]);
    }
  }
  if (fr) {
    rows.push(
      [`first rings drawn, ${fr.n} cold loads (ms)`, ms(fr.median), ms(fr.p95), `median ≤ ${TARGETS.firstRingsMedianMs}`, fr.median <= TARGETS.firstRingsMedianMs],
      ["  of which: wasm downloaded", ms(fr.wasmFetchedMs.median), ms(fr.wasmFetchedMs.p95), "", null],
      ["  of which: app started (compiled, mounted)", ms(fr.appStartedMs.median), ms(fr.appStartedMs.p95), "", null],
      ["  prerendered rings first painted (FCP)", ms(fr.firstPaintMs.median), ms(fr.firstPaintMs.p95), "", null]);
  }
  if (sw) {
    rows.push(
      [`source switch, click→painted, ${sw.source.aligned.n}× (ms)`, ms(sw.source.aligned.median), ms(sw.source.aligned.p95), `p95 ≤ ${TARGETS.switchP95Ms}`, sw.source.aligned.p95 <= TARGETS.switchP95Ms],
      ["  of which: script, click→last DOM change", ms(sw.source.script.median), ms(sw.source.script.p95), "", null],
      [`  click from idle (+vsync wait), ${sw.source.idle.n}×`, ms(sw.source.idle.median), ms(sw.source.idle.p95), "", null],
      [`launch point switch, click→painted, ${sw.site.aligned.n}×`, ms(sw.site.aligned.median), ms(sw.site.aligned.p95), `p95 ≤ ${TARGETS.switchP95Ms}`, sw.site.aligned.p95 <= TARGETS.switchP95Ms],
      ["  of which: script, click→last DOM change", ms(sw.site.script.median), ms(sw.site.script.p95), "", null],
      [`  click from idle (+vsync wait), ${sw.site.idle.n}×`, ms(sw.site.idle.median), ms(sw.site.idle.p95), "", null],
      [`switcher arrowed, clicks ${ms(sw.rapid.gapMs.min)}–${ms(sw.rapid.gapMs.max)} ms apart, ${sw.rapid.latency.n}×`, ms(sw.rapid.latency.median), ms(sw.rapid.latency.p95), `p95 ≤ ${TARGETS.rapidSwitchP95Ms}`, sw.rapid.latency.p95 <= TARGETS.rapidSwitchP95Ms],
      ["  (click → next painted frame, vsync wait included)", "", "", "", null],
      ["  of which: click → that frame's rAF callback", ms(sw.rapid.waitMs.median), ms(sw.rapid.waitMs.p95), "", null],
      ["  of which: that frame, rAF callback → painted", ms(sw.rapid.frameMs.median), ms(sw.rapid.frameMs.p95), "", null],
      ["  after the last click: longest frame", "", ms(sw.rapid.settleMaxFrameMs), "", null],
      ["  after the last click: longest gap between frames", "", ms(sw.rapid.settleMaxGapMs), "", null]);
  }
  if (g) {
    rows.push(
      [`pan frame time, ${g.pan.frameMs.n} frames (ms)`, ms(g.pan.frameMs.median), ms(g.pan.frameMs.p95), `p95 ≤ ${TARGETS.frameP95Ms}`, g.pan.frameMs.p95 <= TARGETS.frameP95Ms],
      ["  pan: interval between frames", ms(g.pan.intervalMs.median), ms(g.pan.intervalMs.p95), "", null],
      [`zoom frame time, ${g.zoom.frameMs.n} frames (ms)`, ms(g.zoom.frameMs.median), ms(g.zoom.frameMs.p95), `p95 ≤ ${TARGETS.frameP95Ms}`, g.zoom.frameMs.p95 <= TARGETS.frameP95Ms],
      ["  zoom: interval between frames", ms(g.zoom.intervalMs.median), ms(g.zoom.intervalMs.p95), "", null],
      ["  zoom: longest frame in the 600 ms after it", "", ms(g.zoomSettle.maxFrameMs), "", null],
      ["three zoom-button steps in: longest frame", "", ms(g.zoomSteps.maxFrameMs), "", null],
      ["  longest gap between frames (raster included)", "", ms(g.zoomSteps.maxIntervalMs), "", null],
      [`pan zoomed in x3.4 (detailed map), ${g.panZoomedIn.frameMs.n} frames`, ms(g.panZoomedIn.frameMs.median), ms(g.panZoomedIn.frameMs.p95), "", null],
      ["  pan zoomed in: longest frame", "", ms(Math.max(...g.panZoomedIn.samples.frames)), "", null],
      ["  pan zoomed in: longest gap between frames", "", ms(Math.max(...g.panZoomedIn.samples.intervals)), "", null]);
  }
  if (r.memory) {
    rows.push(
      ["JS heap used after the session (after GC)", `${mb(r.memory.usedJSHeapSize ?? r.memory.cdpUsedSize)} MB`, "", "", null],
      ["wasm linear memory after the session", r.memory.wasmMemoryBytes == null ? "n/a" : `${mb(r.memory.wasmMemoryBytes)} MB`, "", "", null]);
  }
  for (const [path, p] of Object.entries(r.lighthouse?.pages ?? {})) {
    const m = p.median, ok = lighthousePass(m);
    rows.push(
      [`Lighthouse ${r.lighthouse.version} mobile, ${path}, median of ${p.runs.length}`, "", "", "", null],
      ["  LCP (s)", sec(m.lcpMs), "", `≤ ${sec(TARGETS.lighthouseLcpMs)}`, ok.lcp],
      ["  FCP (s)", sec(m.fcpMs), "", "", null],
      ["  TBT (ms)", ms(m.tbtMs), "", "", null],
      ["  CLS", m.cls.toFixed(3), "", `≤ ${TARGETS.lighthouseCls}`, ok.cls],
      ["  Speed Index (s)", sec(m.speedIndexMs), "", "", null],
      ["  performance score", m.score.toFixed(2), "", `≥ ${TARGETS.lighthouseScore}`, ok.score]);
  }
  out.push(`${pad("figure", 46)} ${lpad("median", 10)} ${lpad("p95", 7)}  ${pad("target", 14)} result`);
  for (const [name, a, b, target, ok] of rows) {
    out.push(`${pad(name, 46)} ${lpad(a, 10)} ${lpad(b, 7)}  ${pad(target, 14)} ${ok === null ? "" : verdict(ok)}`.trimEnd());
  }
  out.push("");
  const split = [];
  if (sw) split.push(["per source switch", sw.source.mainThreadPerClickMs], ["per launch-point switch", sw.site.mainThreadPerClickMs], ["per arrowed switcher click", sw.rapid.mainThreadPerClickMs]);
  if (g) split.push(["per pan frame", g.pan.mainThreadPerFrameMs], ["per zoom frame", g.zoom.mainThreadPerFrameMs]);
  if (split.length) {
    out.push("Main-thread time (CDP Performance.getMetrics deltas), ms    script   style  layout   other");
    for (const [name, m] of split) {
      out.push(`  ${pad(name, 56)} ${[m.script, m.style, m.layout, m.other].map((x) => lpad(x.toFixed(1), 7)).join(" ")}`);
    }
    out.push("  (other = task time that is none of the three: mostly paint)");
    out.push("");
  }
  if (r.lighthouse) printLighthouseDetails(out, r.lighthouse);
  out.push(`machine: ${cpus().length} cores, load average ${r.machine.loadavgStart.map((x) => x.toFixed(2)).join(" ")} at start, ${r.machine.loadavgEnd.map((x) => x.toFixed(2)).join(" ")} at end; measuring took ${(r.durationMs / 1000).toFixed(0)} s`);
  if (r.problems.length) out.push(`page problems: ${[...new Set(r.problems)].join("; ")}`);
  console.log(out.join("\n"));
}

/** What the Lighthouse rows cannot show: each URL's LCP element and phases, and the server. */
function printLighthouseDetails(out, lh) {
  out.push("Lighthouse LCP element (of the median-LCP run) and its phases, ms");
  for (const [path, p] of Object.entries(lh.pages)) {
    const e = p.lcpElement;
    out.push(`  ${pad(path, 10)} ${e ? [e.selector, e.snippet, e.label].filter(Boolean).join("  ") : "(none reported)"}`);
    if (p.lcpPhasesMs) {
      out.push(`  ${pad("", 10)} ${Object.entries(p.lcpPhasesMs).map(([phase, t]) => `${phase} ${t.toFixed(0)}`).join(", ")}`);
    }
    const others = new Set(p.runs.map((run) => run.lcpElement?.selector ?? run.lcpElement?.snippet));
    if (others.size > 1) out.push(`  ${pad("", 10)} (the runs differ: ${[...others].join(" | ")})`);
  }
  const served = Object.entries(lh.responsesByEncoding).map(([e, n]) => `${e} ${n}`).join(", ");
  out.push(`  served precompressed (brotli q11, else gzip -9, by Accept-Encoding); responses: ${served}`);
  const index = Object.values(lh.pages).flatMap((p) => p.runs.map((run) => run.benchmarkIndex.toFixed(0)));
  out.push(`  Lighthouse's CPU benchmark index, run by run: ${index.join(", ")}`);
  out.push("");
}

// ---------------------------------------------------------------- main
const started = Date.now();
const loadavgStart = loadavg();
const server = await serveDist(process.env.BENCH_DIST);
const browser = await launchBrowser({ extraArgs: ["--enable-precise-memory-info"] });
try {
  const part = (name, run) => (PARTS.has(name) ? run() : undefined);
  const bytes = await part("bytes", () => {
    console.error("[bench] bytes shipped…");
    return measureBytes(browser, server.origin);
  });
  const firstRings = await part("loads", () => {
    console.error(`[bench] ${LOADS} cold loads…`);
    return measureFirstRings(browser, server.origin);
  });
  let switches, gestures, memory, session;
  if (["switches", "gestures", "memory"].some((p) => PARTS.has(p))) {
    console.error(`[bench] ${[...PARTS].filter((p) => ["switches", "gestures", "memory"].includes(p)).join(", ")}…`);
    session = await newPage(browser, server.origin);
    await session.goto();
    await waitFirstRings(session.page);
    switches = await part("switches", () => measureSwitches(session.page));
    // Back to the default view (all sources, default site) for the gestures.
    await session.page.click('[data-testid="source-switcher"] button[data-source="all"]');
    gestures = await part("gestures", () => measureGestures(session.page));
    memory = await part("memory", () => measureMemory(session.page));
    await session.context.close();
  }
  const lighthouse = await part("lighthouse", () => {
    console.error("[bench] lighthouse: compressing the build once…");
    return measureLighthouse();
  });
  const result = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    viewport: VIEWPORT,
    targets: TARGETS,
    dist: DIST_DIR,
    bytes, firstRings, switches, gestures, memory, lighthouse,
    problems: [bytes, firstRings, session, lighthouse].flatMap((x) => x?.problems ?? []),
    machine: { cores: cpus().length, loadavgStart, loadavgEnd: loadavg() },
    durationMs: Date.now() - started,
  };
  result.pass = {
    bytesGzip: bytes && bytes.total.gzip <= TARGETS.bytesGzip,
    wasmGzip: bytes && bytes.byKind.wasm.gzip <= TARGETS.wasmGzip,
    firstRingsMedian: firstRings && firstRings.median <= TARGETS.firstRingsMedianMs,
    sourceSwitchP95: switches && switches.source.aligned.p95 <= TARGETS.switchP95Ms,
    siteSwitchP95: switches && switches.site.aligned.p95 <= TARGETS.switchP95Ms,
    rapidSwitchP95: switches && switches.rapid.latency.p95 <= TARGETS.rapidSwitchP95Ms,
    panP95: gestures && gestures.pan.frameMs.p95 <= TARGETS.frameP95Ms,
    zoomP95: gestures && gestures.zoom.frameMs.p95 <= TARGETS.frameP95Ms,
    lighthouse: lighthouse && Object.fromEntries(Object.entries(lighthouse.pages)
      .map(([path, p]) => [path, lighthousePass(p.median)])),
  };
  const outFile = process.env.BENCH_OUT ?? "target/bench.json";
  mkdirSync("target", { recursive: true });
  writeFileSync(outFile, JSON.stringify(result, null, 2) + "\n");
  printReport(result);
  console.log(`wrote ${outFile}`);
} finally {
  await browser.close();
  await server.close();
}
