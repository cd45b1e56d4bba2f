// A locked-down page: a Content-Security-Policy that allows only the page's own origin (the
// inline loader by its hash), that the whole session keeps to; the page keeps working with the
// network gone after load; and 200 malformed and hostile URLs each leave a working page, a
// notice, no console error and nothing injected into the DOM.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, serveDist, launchBrowser, openMap, settled, previewLive } from "./harness.mjs";

const withMap = mapSuite({ before, after });
const recordViolations = () => {
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

test("the policy allows only this origin, and a whole session keeps to it", async () => {
  await withMap({}, async (page) => {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    await page.evaluate(recordViolations);
    await page.click('[data-source="compare"]');
    await page.click('[data-site-option="chain"]');
    await page.click('[data-testid="proj-aeqd"]');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });
});

test("the editor's policy allows only this origin, frames only the map, and a session keeps to it", async () => {
  await withMap.editor({}, async (page) => {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /frame-src 'self'/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    await page.evaluate(recordViolations);
    await page.selectOption('[data-testid="view-site"]', "chain");
    await page.selectOption('[data-testid="view-projection"]', "aeqd");
    await previewLive(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="download-png"]')]);
    assert.ok(await download.path());
    await page.waitForFunction(() => document.querySelector('[data-testid="embed-still"]').naturalWidth > 0);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });
});

test("an inline script slipped into the page is refused", async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const { page } = await openMap(browser, server.origin);
    await page.evaluate(recordViolations);
    const ran = await page.evaluate(() => {
      window.__ran = false;
      const s = document.createElement("script");
      s.textContent = "window.__ran = true";
      document.body.append(s);
      return window.__ran;
    });
    assert.equal(ran, false);
    assert.ok((await page.evaluate(() => window.__violations)).some((v) => v.startsWith("script-src")));
  } finally {
    await browser.close();
    await server.close();
  }
});

test("with the network gone after load, the page keeps working", async () => {
  await withMap({}, async (page) => {
    // Loaded: the overview base map for the true-distance view comes once the page is idle.
    await page.waitForSelector('[data-testid="map"][data-overview="loaded"]');
    // And the chart's drawings in the other units (the one shown is the prerendered view's).
    await page.waitForFunction(() => performance.getEntriesByType("resource")
      .filter((e) => /\/charts\/en-(mi|nmi)-1140\.svg$/.test(e.name)).length === 2);
    await page.context().setOffline(true);
    await page.click('[data-source="washington-post-2022"]');
    await page.click('[data-site-option="yonaguni"]');
    await page.click('[data-testid="proj-aeqd"]');
    await page.click('[data-testid="unit-nmi"]');
    assert.equal((await page.$$("path[data-ring]")).length, 1);
    await settled(page);
    assert.match(await page.textContent('[data-testid="reach-list"]'), /nmi/);
    assert.equal(await page.getAttribute('[data-testid="range-chart"] .chart-scroll', "data-file"), "charts/en-nmi-1140.svg");
    assert.equal(await page.locator('[data-testid="chart-notice"]').count(), 0);
  });
});

/** 200 malformed and hostile queries: wrong types, huge and tiny numbers, NaN, unicode,
 *  script snippets, repeated parameters. Deterministic (a fixed-seed generator). */
function hostileQueries() {
  let seed = 20261121;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const names = ["source", "compare", "site", "proj", "unit", "theme", "view", "embed", "zoom", "", "SOURCE", "site[]", "__proto__", "constructor"];
  const values = [
    "", "NaN", "-NaN", "Infinity", "-Infinity", "1e308", "-1e308", "1e-324", "0x10", "9".repeat(400),
    "<script>document.body.dataset.pwned=1</script>", "\"><img src=x onerror=document.body.dataset.pwned=1>",
    "javascript:alert(1)", "%00", "%FF%FE", "%E2%80%AE", "日本", "🚀,🚀", "Ｓａｓｅｂｏ", "sasebo\u0000",
    "33,129", "91,0", "0,181", "-90,-180", "90,180", "33.2N,129.7E", "1,2,3", "1,2,99", ",,", "all",
    "kyodo-2023,kyodo-2023", "kyodo-2023,", "mercator", "aeqd", "km", "mi", "nmi", "dark", "1", "true",
    "{}", "[]", "null", "undefined", "'", "\\", "%", "%%", "&", "=", "+", " ", "\t", "chain", "custom",
  ];
  const out = [];
  for (let i = 0; i < 200; i++) {
    const n = 1 + rand(5);
    const parts = [];
    for (let j = 0; j < n; j++) {
      const name = names[rand(names.length)];
      const value = values[rand(values.length)];
      const enc = rand(3) === 0 ? value : encodeURIComponent(value);
      parts.push(rand(7) === 0 ? name : `${encodeURIComponent(name)}=${enc}`);
    }
    if (rand(4) === 0) parts.push(parts[0]); // a repeated parameter
    out.push("?" + parts.join("&"));
  }
  return out;
}

test("200 malformed and hostile URLs each leave a working page, a notice and nothing injected", async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  let withNotice = 0;
  try {
    for (const q of hostileQueries()) {
      problems.length = 0;
      await page.goto(`${server.origin}/${q}`);
      await page.waitForSelector('[data-testid="map"] path.land[d^="M"]', { timeout: 15_000 });
      await settled(page);
      const state = await page.evaluate(() => ({
        rings: document.querySelectorAll("path[data-ring]").length,
        notice: !!document.querySelector('[data-testid="url-notice"]'),
        pwned: document.body.dataset.pwned ?? null,
        injected: document.querySelectorAll("main img[src=x], body > script:not([type=module])").length,
        error: !!document.querySelector('[data-testid="data-error"]'),
        silent: /No range figure given/.test(document.querySelector('[data-testid="legend"]')?.textContent ?? ""),
      }));
      assert.deepEqual(problems, [], `${q}: console errors`);
      assert.equal(state.pwned, null, `${q}: script ran`);
      assert.equal(state.injected, 0, `${q}: markup injected`);
      assert.equal(state.error, false, q);
      // A working page: a source with figures shows rings, or the page says it has none.
      assert.ok(state.rings > 0 || state.silent, `${q}: no rings and no word why`);
      if (state.notice) withNotice++;
    }
    assert.ok(withNotice > 150, `${withNotice} of 200 showed a notice`);
  } finally {
    await browser.close();
    await server.close();
  }
});
