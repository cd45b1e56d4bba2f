// Shared set-up for the browser tests: a static server for dist/ on a free localhost port,
// Debian's Chromium through playwright-core, and a page that records console errors and any
// request to another origin (both fail the test that made them).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { mkdirSync } from "node:fs";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const DIST = new URL("../../dist/", import.meta.url).pathname;
/** Content types by file extension (the benchmark's compressing server uses them too). */
export const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml",
};

/**
 * Serves dist/ (or another build, `dir`, for the benchmark's A/B runs) on 127.0.0.1; resolves
 * to { origin, close }.
 */
/** Serves one fixed HTML page on a fresh localhost port (another origin than the map's). */
export async function servePage(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function serveDist(dir = DIST) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^\/+/, "");
    try {
      const body = await readFile(join(dir, path || "index.html"));
      res.writeHead(200, { "content-type": TYPES[extname(path || "index.html")] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Launches headless Chromium with the flags this machine's closed network needs, plus any
 * `extraArgs` (the benchmark adds `--enable-precise-memory-info`).
 */
export function launchBrowser({ extraArgs = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}

/**
 * Opens the page in a new context and waits for the map to draw. Returns the page and a
 * `problems` list that collects console errors, page errors and requests to other origins.
 */
export async function openMap(browser, origin, { width = 1280, height = 800, colorScheme = "light", hasTouch = false, query = "", locale = "en-US", routes = [] } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, hasTouch, locale });
  // `routes`: [glob, handler] pairs in place before the page loads (a file cut off from the start).
  for (const [glob, handler] of routes) await context.route(glob, handler);
  const page = await context.newPage();
  const problems = watch(page, origin);
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('[data-testid="map"] path.land[d^="M"]', { timeout: 30_000 });
  // The prerendered first view stays until the live page has drawn everything and taken over
  // (src/ui/takeover.rs): tests act on the live page.
  await page.waitForSelector(".prerender", { state: "detached", timeout: 30_000 });
  return { page, context, problems };
}

/**
 * Opens the newsroom's editor (`editor.html` with `query`) in a new context and waits for its
 * preview's map to be live. Returns the page, its context and the `problems` list, as
 * [`openMap`] does.
 */
export async function openEditor(browser, origin, { width = 1280, height = 900, colorScheme = "light", query = "", locale = "en-US" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, locale });
  const page = await context.newPage();
  const problems = watch(page, origin);
  await page.goto(`${origin}/editor.html${query}`);
  await page.waitForSelector('[data-testid="embed-snippet"]', { timeout: 30_000 });
  await previewLive(page);
  return { page, context, problems };
}

/**
 * Waits for the editor's preview frame to show the live map (its prerendered view gone) of
 * the address the editor last sent it to (`data-src`: it follows a change once the settings
 * rest).
 */
export async function previewLive(page) {
  await page.waitForTimeout(400);
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-testid="preview"]');
    if (!f?.dataset.src) return false;
    const want = new URL(f.dataset.src, location.href).searchParams;
    try {
      const got = new URLSearchParams(f.contentWindow.location.search);
      return f.contentDocument.readyState === "complete" && [...want].every(([k, v]) => got.get(k) === v);
    } catch {
      return false;
    }
  }, null, { timeout: 30_000 });
  const frame = page.frameLocator('iframe[data-testid="preview"]');
  await frame.locator('[data-testid="map"] path.land[d^="M"]').first().waitFor({ timeout: 30_000 });
  await frame.locator(".prerender").first().waitFor({ state: "detached", timeout: 30_000 });
  return frame;
}

/** Records console errors, page errors and requests to other origins than `origin`. */
function watch(page, origin) {
  const problems = [];
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console error: ${msg.text()}`); });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["data:", "blob:", "about:"].includes(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${req.url()}`);
  });
  return problems;
}

/** The base group's transform as { s, tx, ty } (scale in px per km, offsets in px). */
export async function baseTransform(page) {
  const t = await page.getAttribute('[data-testid="map"] g.base', "transform");
  const [s, , , , tx, ty] = t.match(/matrix\(([^)]*)\)/)[1].split(/[ ,]+/).map(Number);
  return { s, tx, ty };
}

/**
 * Waits until the panels that follow a switch one frame late (the legend and the reach list,
 * src/ui/deferred.rs `after_paint`) have caught up: while one waits it is `aria-busy`.
 * Call after a click or key and before reading those panels.
 */
export async function settled(page) {
  // The legend mounts once the first rings are painted (src/ui/deferred.rs `Deferred`).
  await page.waitForSelector('[data-testid="legend"]', { timeout: 5_000 });
  await page.waitForSelector('[aria-busy="true"]', { state: "detached", timeout: 5_000 });
}

/** Screen position (relative to the page) of a marker's centre. */
export async function markerCentre(page, selector) {
  const box = await page.locator(selector).first().locator("circle").first().boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Saves a screenshot under target/screenshots/ for a person to look at. */
export async function screenshot(page, name) {
  await page.screenshot({ path: `target/screenshots/${name}.png` });
}

/**
 * Sets up a test file: one static server and one browser for all its tests, and returns
 * `withMap(options, body)`, which runs `body(page)` on a fresh page and fails the test on any
 * console error or request to another origin the page made.
 */
export function mapSuite({ before, after }) {
  let server, browser;
  before(async () => {
    mkdirSync("target/screenshots", { recursive: true });
    server = await serveDist();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  // `options.expectedErrors`: patterns of console errors the test provokes on purpose (the
  // browser's own "Failed to load resource" line when a test cuts a request off).
  const run = (open) => async (options, body) => {
    const { page, context, problems } = await open(browser, server.origin, options);
    const expected = options.expectedErrors ?? [];
    try {
      await body(page, server.origin);
      const unexpected = problems.filter((p) => !expected.some((re) => re.test(p)));
      assert.deepEqual(unexpected, [], "the page logged errors or reached another origin");
    } finally {
      await context.close();
    }
  };
  const withMap = run(openMap);
  /** The same for the editor: `withMap.editor(options, body)` (see [`openEditor`]). */
  withMap.editor = run(openEditor);
  return withMap;
}
