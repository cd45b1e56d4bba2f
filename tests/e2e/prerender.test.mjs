// The prerendered first view (src/ui/prerender.rs, written into index.html at build time):
// what a reader sees without JavaScript and before the wasm runs, and the live page taking it
// over (src/ui/takeover.rs) without a jump and without losing a click.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, serveDist, launchBrowser, screenshot } from "./harness.mjs";

const withMap = mapSuite({ before, after });
let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a fresh context; `hold` keeps the wasm back until the returned `release()`. */
async function open({ javaScriptEnabled = true, width = 1280, height = 800, query = "", hold = false, locale = "en-US", path = "", colorScheme = "light" } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height }, locale, colorScheme });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  let release = () => {};
  if (hold) {
    const held = new Promise((ok) => { release = ok; });
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  }
  // Every layout shift from the first paint on, and the prerendered rings as first parsed.
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
    document.addEventListener("DOMContentLoaded", () => {
      window.__prerenderedRings = [...document.querySelectorAll('.prerender[data-view="full"] [data-ring]')]
        .map((p) => [p.dataset.source, p.dataset.system, p.dataset.variant, p.getAttribute("d")]);
    });
  });
  await page.goto(`${server.origin}/${path}${query}`);
  return { page, context, problems, release };
}

test("without JavaScript the prerendered map shows its rings, legend and quotes", async () => {
  const { page, context } = await open({ javaScriptEnabled: false });
  try {
    const map = page.locator('.prerender[data-view="full"] [data-testid="map"]');
    assert.ok(await map.isVisible(), "the map is shown");
    assert.match(await map.getAttribute("aria-label"), /Map of East Asia/);
    assert.ok((await page.locator('.prerender[data-view="full"] [data-ring]').count()) >= 5, "rings drawn");
    for (const cls of ["land", "borders", "graticule"]) {
      const d = await page.getAttribute(`.prerender[data-view="full"] path.${cls}`, "d");
      assert.ok(d && d.length > 1000, `${cls} has path data`);
    }
    const legend = page.locator('.prerender[data-view="full"] [data-testid="legend"]');
    assert.ok(await legend.isVisible(), "the legend is shown");
    const text = await legend.textContent();
    assert.match(text, /1,600 kilomet/, "Kyodo's quote");
    assert.match(text, /900 miles/, "the Washington Times' quote");
    assert.ok(await page.locator(".noscript-note").isVisible(), "says what needs JavaScript");
    assert.equal(await page.locator('.prerender[data-view="embed"]').isVisible(), false, "one view shown");
    await screenshot(page, "prerender-nojs-1280");
  } finally {
    await context.close();
  }
});

test("the live page takes over the prerendered view with no layout shift, drawing the same rings", async () => {
  for (const [width, height, query, view] of [[1280, 800, "", "full"], [412, 823, "?embed=1", "embed"]]) {
    // The wasm is held back while the prerendered view is measured.
    const { page, context, problems, release } = await open({ width, height, query, hold: true });
    try {
      // The prerendered map is laid out for this window: its viewBox is the frame's size.
      const [vbW, vbH] = await page.evaluate((v) => {
        const svg = document.querySelector(`.prerender[data-view="${v}"] svg.map`);
        return svg.getAttribute("viewBox").split(" ").slice(2).map(Number);
      }, view);
      const frame = await page.locator(`.prerender[data-view="${view}"] .map-clip`).boundingBox();
      assert.ok(Math.abs(frame.width - vbW) < 1 && Math.abs(frame.height - vbH) < 1, `${view}: frame ${frame.width}x${frame.height} vs viewBox ${vbW}x${vbH}`);
      release();
      await page.waitForSelector(".prerender", { state: "detached", timeout: 30_000 });
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((a, b) => a + b, 0);
      assert.ok(cls <= 0.01, `${view}: cumulative layout shift ${cls} (${shifts.length} shifts)`);
      assert.equal(await page.locator("#app.booting").count(), 0, "the live page is shown");
      if (view === "full") {
        const live = await page.evaluate(() => [...document.querySelectorAll("[data-ring]")]
          .map((p) => [p.dataset.source, p.dataset.system, p.dataset.variant, p.getAttribute("d")]));
        const pre = await page.evaluate(() => window.__prerenderedRings);
        assert.equal(live.length, pre.length, "as many rings");
        assert.deepEqual(live, pre, "the same ring paths");
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

test("a reader whose browser prefers Japanese sees the prerendered map in Japanese, and the live map takes it over", async () => {
  for (const [width, height, query, view] of [[1280, 800, "", "full"], [412, 823, "?embed=1", "embed"]]) {
    const { page, context, problems, release } = await open({ width, height, query, hold: true, locale: "ja-JP" });
    try {
      await page.waitForURL(/\/ja\.html/);
      assert.equal(await page.getAttribute("html", "lang"), "ja");
      const block = page.locator(`.prerender[data-view="${view}"]`);
      await block.locator('[data-testid="legend"]').waitFor();
      assert.match(await block.locator("h1").textContent(), /日本の新たなミサイル/);
      assert.match(await block.locator('[data-testid="legend"]').textContent(), /約1,600キロ/);
      // Quotes stay as printed.
      assert.match(await block.locator('[data-testid="legend"] [lang="en"]').first().textContent(), /[A-Za-z]{4}/);
      await screenshot(page, `prerender-ja-${width}`);
      release();
      await page.waitForSelector(".prerender", { state: "detached", timeout: 30_000 });
      await page.waitForTimeout(500);
      const cls = (await page.evaluate(() => window.__shifts)).reduce((a, b) => a + b, 0);
      assert.ok(cls <= 0.01, `${view}: cumulative layout shift ${cls}`);
      assert.match(await page.textContent("h1"), /日本の新たなミサイル/);
      assert.equal(new URL(page.url()).searchParams.get("lang"), null, "the browser's language is not written down");
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

test("each language's page links the other, with and without JavaScript", async () => {
  {
    const { page, context } = await open({ javaScriptEnabled: false, path: "ja.html" });
    try {
      assert.equal(await page.getAttribute("html", "lang"), "ja");
      assert.equal(await page.title(), "日本の新たなミサイルはどこまで届くのか");
      const note = page.locator(".noscript-note");
      assert.match(await note.textContent(), /JavaScriptとWebAssemblyが必要です/);
      assert.match(await page.locator('.prerender[data-view="full"] [data-testid="legend"]').textContent(), /約1,600キロ/);
      await screenshot(page, "prerender-ja-nojs-1280");
      await note.locator('a[hreflang="en"]').click();
      await page.waitForURL(/index\.html/);
      assert.equal(await page.getAttribute("html", "lang"), "en");
      assert.match(await page.locator('.prerender[data-view="full"] h1').textContent(), /How far can Japan/);
      assert.equal(await page.locator('.noscript-note a[hreflang="ja"]').getAttribute("href"), "ja.html?lang=ja");
    } finally {
      await context.close();
    }
  }
  // A Japanese browser that asks for English stays on the English page; 日本語 picked on the
  // prerendered switch shows the Japanese page at once, keeping the reader's other choices.
  const { page, context, problems, release } = await open({ hold: true, locale: "ja-JP", query: "?lang=en&unit=km" });
  try {
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await page.click('.prerender[data-view="full"] [data-testid="language-switch"] [data-lang="ja"]');
    await page.waitForURL(/ja\.html\?.*lang=ja/);
    assert.match(page.url(), /unit=km/);
    assert.match(await page.locator('.prerender[data-view="full"] h1').textContent(), /日本の新たなミサイル/);
    release();
    await page.waitForSelector(".prerender", { state: "detached", timeout: 30_000 });
    assert.match(await page.textContent("h1"), /日本の新たなミサイル/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("the Japanese page without JavaScript fits a 360 px phone, in light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await open({ javaScriptEnabled: false, path: "ja.html", width: 360, height: 740, colorScheme });
    try {
      const block = page.locator('.prerender[data-view="full"]');
      await block.locator('[data-testid="legend"]').waitFor();
      // Nothing wider than the phone: Japanese lines break between characters.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${colorScheme}: the page is ${overflow} px wider than the phone`);
      const title = await block.locator("h1").boundingBox();
      assert.ok(title.x >= 0 && title.x + title.width <= 360, `${colorScheme}: the title runs off the screen`);
      // Dark means dark: the page's background follows the reader's setting.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g).map(Number);
      const light = (r + g + b) / 3 > 128;
      assert.equal(light, colorScheme === "light", `${colorScheme}: background ${background}`);
      await screenshot(page, `prerender-ja-nojs-360-${colorScheme}`);
      await block.locator('[data-testid="legend"]').scrollIntoViewIfNeeded();
      await screenshot(page, `prerender-ja-nojs-360-${colorScheme}-legend`);
    } finally {
      await context.close();
    }
  }
});

test("a source picked before the map is live is shown once it is", async () => {
  const { page, context, problems, release } = await open({ hold: true });
  try {
    const button = page.locator('.prerender[data-view="full"] button[data-source="kyodo-2023"]');
    await button.click();
    assert.equal(await button.getAttribute("aria-pressed"), "true", "pressed at once");
    assert.ok(await page.locator('[data-testid="boot-status"]').isVisible(), "says the map is still loading");
    release();
    await page.waitForSelector(".prerender", { state: "detached", timeout: 30_000 });
    await page.waitForFunction(() => {
      const rings = [...document.querySelectorAll("[data-ring]")];
      return rings.length > 0 && rings.every((r) => r.dataset.source === "kyodo-2023");
    }, null, { timeout: 10_000 });
    assert.equal(await page.getAttribute('button[data-source="kyodo-2023"]', "aria-pressed"), "true");
    assert.match(page.url(), /source=kyodo-2023/);
    assert.equal(await page.locator('[data-testid="boot-status"]').count(), 0, "the note goes with the prerendered view");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a link to another view says what the prerendered map shows, then shows the view", async () => {
  const { page, context, problems, release } = await open({ hold: true, query: "?source=iuvinale-2024" });
  try {
    const note = page.locator('[data-testid="boot-view"]');
    assert.ok(await note.isVisible(), "says the prerendered map shows the default view");
    assert.match(await note.textContent(), /every source from Sasebo/);
    release();
    await page.waitForSelector(".prerender", { state: "detached", timeout: 30_000 });
    const sources = await page.evaluate(() => [...document.querySelectorAll("[data-ring]")].map((r) => r.dataset.source));
    assert.deepEqual([...new Set(sources)], ["iuvinale-2024"]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("in print the map is printed as drawn, without its buttons", async () => {
  await withMap({}, async (page) => {
    await page.emulateMedia({ media: "print" });
    assert.ok(await page.locator('[data-testid="map"]').isVisible(), "map printed");
    assert.ok((await page.locator("[data-ring]").count()) > 0, "with its rings");
    assert.equal(await page.locator(".map-controls").isVisible(), false, "buttons left out");
    await screenshot(page, "print");
    await page.emulateMedia({ media: "screen" });
  });
});

test("the live map opens on the prerendered base map and fetches the overview for the true-distance view", async () => {
  await withMap({}, async (page) => {
    // The overview comes once the page is idle, from the page's own origin.
    await page.waitForSelector('[data-testid="map"][data-overview="loaded"]', { timeout: 10_000 });
    await page.click('[data-testid="proj-aeqd"]');
    await page.waitForFunction(() => (document.querySelector("path.land")?.getAttribute("d") ?? "").length > 10_000);
    assert.equal(await page.locator('[data-testid="overview-notice"]').count(), 0);
  });
});

test("the overview fetched when idle is drawn only once the view goes past the prerendered land", async () => {
  await withMap({}, async (page) => {
    const worldLength = () => page.evaluate(() => document.querySelector("path.world-land").getAttribute("d").length);
    await page.waitForSelector('[data-testid="map"][data-overview="loaded"]', { timeout: 10_000 });
    const prerendered = await worldLength();
    // Fetched, not drawn: the first view keeps the land it opened on.
    await page.waitForTimeout(500);
    assert.equal(await worldLength(), prerendered, "the idle fetch redrew the first view");
    // Zoomed out past what the prerendered land covers, the map draws the whole overview.
    for (let i = 0; i < 3; i++) await page.click('[data-testid="zoom-out"]');
    await page.waitForFunction((n) => document.querySelector("path.world-land").getAttribute("d").length > n * 1.5, prerendered, { timeout: 15_000 })
      .catch(async () => {
        const seen = await page.evaluate(() => ({
          url: location.search,
          map: { ...document.querySelector('[data-testid="map"]').dataset },
          length: document.querySelector("path.world-land").getAttribute("d").length,
        }));
        assert.fail(`the whole overview was not drawn after zooming out (prerendered land ${prerendered} characters): ${JSON.stringify(seen)}`);
      });
    // And back home, it keeps what it has.
    assert.equal(await page.locator('[data-testid="overview-notice"]').count(), 0);
  });
});

test("if the overview cannot be fetched, the true-distance view keeps its rings and says why", async () => {
  const { page, context, problems } = await open({});
  try {
    await page.route(/basemap\.json$/, (route) => route.abort());
    await page.waitForSelector(".prerender", { state: "detached", timeout: 30_000 });
    await page.click('[data-testid="proj-aeqd"]');
    await page.waitForSelector('[data-testid="overview-notice"]', { timeout: 10_000 });
    assert.ok((await page.locator("[data-ring]").count()) > 0, "the rings stay");
    await page.click('[data-testid="proj-mercator"]');
    assert.equal(await page.locator('[data-testid="overview-notice"]').count(), 0, "no note where the map has its coastlines");
    assert.ok((await page.getAttribute("path.land", "d")).length > 10_000, "Mercator keeps the prerendered coastlines");
    assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  } finally {
    await context.close();
  }
});
