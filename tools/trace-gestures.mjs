// Where a pan or zoom frame's main-thread time goes: runs the benchmark's drag and wheel
// gestures (the same input as tools/bench.mjs) under a Chromium trace, and prints the time
// of each trace event on the renderer's main thread (self time, children subtracted),
// summed and divided by the number of frames. Writes the raw trace to target/trace-<phase>.json
// (open it in chrome://tracing or the DevTools Performance panel).
//
//   node tools/trace-gestures.mjs            (dist/ must hold a release build)
//   BENCH_DIST=/tmp/other-dist node tools/trace-gestures.mjs
//   TRACE_CSS='.borders { stroke-dasharray: none }' node tools/trace-gestures.mjs
//     (adds a rule to the page first, to try a CSS change without a build; the page's
//     Content-Security-Policy is bypassed for that)
//   TRACE_ONLY=zoom (or pan)
import { mkdirSync, writeFileSync } from "node:fs";
import { serveDist, launchBrowser } from "../tests/e2e/harness.mjs";

const CATEGORIES = [
  "devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "cc", "viz",
  "v8.execute", "blink.user_timing", "input", "benchmark", "toplevel",
].join(",");

async function traced(cdp, body) {
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const done = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });
  await body();
  await cdp.send("Tracing.end");
  await done;
  cdp.removeAllListeners("Tracing.dataCollected");
  return events;
}

/** Self time per event name on the renderer main thread, in ms, and the number of frames. */
function summarise(events) {
  const names = events.filter((e) => e.ph === "M" && e.name === "thread_name");
  const main = names.find((e) => e.args.name === "CrRendererMain");
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur != null)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  const frames = onMain.filter((e) => e.name === "ProxyMain::BeginMainFrame").length;
  const total = onMain.filter((e) => e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask")
    .reduce((a, e) => a + e.dur, 0);
  return { self, frames, totalTaskUs: total };
}

function print(phase, { self, frames, totalTaskUs }) {
  const n = Math.max(1, frames);
  console.log(`\n${phase}: ${frames} main-thread frames, task time ${(totalTaskUs / 1000 / n).toFixed(2)} ms per frame`);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [name, us] of rows) console.log(`  ${(us / 1000 / n).toFixed(2).padStart(7)} ms  ${name}`);
}

/** Raster work (off the main thread, but it shares the 2 cores) and the trace's length. */
function printOtherThreads(events) {
  const raster = events.filter((e) => e.name === "RasterTask" && e.ph === "X");
  const ms = raster.reduce((a, e) => a + e.dur, 0) / 1000;
  const spans = events.filter((e) => e.ph === "X" && e.ts > 0);
  const lengthMs = (Math.max(...spans.map((e) => e.ts + (e.dur ?? 0))) - Math.min(...spans.map((e) => e.ts))) / 1000;
  console.log(`  raster: ${raster.length} tiles, ${ms.toFixed(0)} ms in all; the phase took ${lengthMs.toFixed(0)} ms`);
}

const server = await serveDist(process.env.BENCH_DIST);
const browser = await launchBrowser();
try {
  const css = process.env.TRACE_CSS;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: Boolean(css) });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  if (css) await page.addStyleTag({ content: css });
  await page.waitForFunction(() => performance.getEntriesByName("first-rings").length > 0, null, { timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  const box = await page.locator('[data-testid="map"]').boundingBox();
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  mkdirSync("target", { recursive: true });

  const only = process.env.TRACE_ONLY;
  if (only !== "zoom") {
  const pan = await traced(cdp, async () => {
    await page.mouse.down();
    await page.mouse.move(cx + 300, cy + 150, { steps: 60 });
    await page.mouse.move(cx, cy, { steps: 60 });
    await page.mouse.up();
    await page.waitForTimeout(100);
  });
  writeFileSync("target/trace-pan.json", JSON.stringify({ traceEvents: pan }));
  print("pan", summarise(pan));
  printOtherThreads(pan);
  }
  if (only !== "pan") {

  const zoom = await traced(cdp, async () => {
    for (const dy of [...Array(12).fill(-100), ...Array(12).fill(100)]) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(100);
  });
  writeFileSync("target/trace-zoom.json", JSON.stringify({ traceEvents: zoom }));
  print("zoom", summarise(zoom));
  printOtherThreads(zoom);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
