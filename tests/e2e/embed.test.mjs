// Embedding: embed=1 drops the page chrome and fits 300 px; in an <iframe> on a page from
// another origin, the shipped snippet fits the frame to the map's height message and ignores
// messages from any other frame or origin; the editor, opened from the map, gives that snippet.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, serveDist, servePage, launchBrowser, screenshot, previewLive } from "./harness.mjs";

const withMap = mapSuite({ before, after });

test("embed=1 shows the map without page chrome, fits 300 px, and links to the full map", async () => {
  await withMap({ width: 300, height: 700, query: "?embed=1&source=washington-times-2026" }, async (page) => {
    assert.equal(await page.locator(".page-header").count(), 0);
    assert.equal(await page.locator('[data-testid="claims-table"]').count(), 0);
    assert.equal(await page.locator('[data-testid="source-switcher"]').count(), 1);
    assert.ok(await page.locator(".embed-title").isVisible());
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `page ${scroll} px wide in a ${client} px frame`);
    const link = page.locator('[data-testid="open-full-map"]');
    assert.equal(await link.getAttribute("target"), "_blank");
    assert.equal(new URL(await link.getAttribute("href"), page.url()).search, "?source=washington-times-2026");
    await screenshot(page, "embed-300");
  });
});

test("in a frame on another origin, the snippet fits the frame and ignores strangers", async () => {
  const map = await serveDist();
  const stranger = await servePage(`<script>parent.postMessage({type:"range-claims:height",height:42,version:1},"*")</script>`);
  const host = await servePage(`<!doctype html><html><body style="margin:0">
    <p>Article text before the map.</p>
    <iframe id="map" src="${map.origin}/?embed=1&source=kyodo-2023" title="Map" data-range-claims style="width:100%;height:150px;border:0"></iframe>
    <p>Article text after the map.</p>
    <script src="${map.origin}/embed.js"></script>
    </body></html>`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.goto(host.origin);
    const frameHeight = () => page.$eval("#map", (f) => f.getBoundingClientRect().height);
    await page.waitForFunction(() => document.querySelector("#map").getBoundingClientRect().height > 400, null, { timeout: 30_000 });
    // The map's height follows the frame's (its drawing is sized in vh), so the fit takes a
    // report or two to settle: wait for it, then check it holds.
    const content = () => page.frameLocator("#map").locator("html").evaluate((el) => el.scrollHeight);
    for (let i = 0; i < 50 && Math.round(await frameHeight()) !== (await content()); i++) await page.waitForTimeout(100);
    const fitted = await frameHeight();
    assert.equal(Math.round(fitted), await content(), "the frame is as tall as the map's content");
    // The map's frame shows no scroll bar: nothing is cut off.
    assert.ok(await page.frameLocator("#map").locator('[data-testid="legend"]').isVisible());

    // The host page itself, and a frame from a third origin, send look-alike messages.
    await page.evaluate(() => window.postMessage({ type: "range-claims:height", height: 43, version: 1 }, "*"));
    await page.evaluate((src) => {
      const f = document.createElement("iframe");
      f.src = src;
      document.body.append(f);
      return new Promise((ok) => f.addEventListener("load", ok));
    }, stranger.origin);
    await page.waitForTimeout(300);
    assert.equal(await frameHeight(), fitted, "messages from elsewhere are ignored");

    // A size change inside the map (a longer legend) is reported again.
    await page.frameLocator("#map").locator('[data-source="all"]').click();
    await page.waitForFunction((h) => document.querySelector("#map").getBoundingClientRect().height > h + 50, fitted);
    await screenshot(page, "embed-host-page");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await Promise.all([map.close(), stranger.close(), host.close()]);
  }
});

test("the map's \"Embed or download\" link opens the editor, which gives the snippet for that view", async () => {
  await withMap({}, async (page) => {
    await page.click('[data-source="iuvinale-2024"]');
    const link = page.locator('[data-testid="open-editor"]');
    // A real link, so it also opens in a new tab, carrying the view and the language shown.
    assert.equal(await link.evaluate((a) => a.tagName), "A");
    await page.waitForFunction(() => /source=iuvinale-2024/.test(document.querySelector('[data-testid="open-editor"]').href));
    const href = new URL(await link.getAttribute("href"), page.url());
    assert.equal(href.pathname, "/editor.html");
    assert.equal(href.searchParams.get("source"), "iuvinale-2024");
    assert.equal(href.searchParams.get("lang"), "en");
    await link.click();
    await page.waitForURL(/editor\.html/);
    await previewLive(page);
    assert.equal(await page.inputValue('[data-testid="view-source"]'), "iuvinale-2024");
    const code = await page.inputValue('[data-testid="embed-snippet"]');
    assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?source=iuvinale-2024&amp;embed=1&amp;lang=en" title="Interactive map/);
    assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
    // A snippet for each kind of host page: a plain frame, pym.js, AMP.
    const snippetFor = async (host) => {
      await page.selectOption('[data-testid="embed-host"]', host);
      await page.waitForFunction((h) => document.querySelector('[data-testid="embed-snippet"]').dataset.host === h, host);
      return page.inputValue('[data-testid="embed-snippet"]');
    };
    const plain = await snippetFor("iframe");
    assert.match(plain, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?source=iuvinale-2024&amp;embed=1&amp;lang=en"/);
    assert.ok(!plain.includes("<script"));
    assert.match(await snippetFor("pym"), /new pym\.Parent\("range-claims-map", "http:\/\/127\.0\.0\.1:\d+\/\?source=iuvinale-2024&embed=1&lang=en"/);
    const amp = await snippetFor("amp");
    assert.match(amp, /^<amp-iframe src="http:\/\/127\.0\.0\.1:\d+\/\?source=iuvinale-2024&amp;embed=1&amp;lang=en"[^>]* resizable sandbox="allow-scripts allow-same-origin"/);
    assert.match(amp, /<div overflow tabindex="0" role="button"/);
    await screenshot(page, "desktop-editor-amp");
    assert.equal(await snippetFor("script"), code);
    // The still image for the chosen source, drawn at build time, loads.
    await page.waitForFunction(() => document.querySelector('[data-testid="embed-still"]').naturalWidth > 0);
    assert.equal(await page.getAttribute('[data-testid="embed-still"]', "src"), "static/map-iuvinale-2024.png");
    await screenshot(page, "desktop-editor");
  });
  // Inside an embed there is no way to the editor: an article's readers have no use for it.
  await withMap({ query: "?embed=1" }, async (page) => {
    assert.equal(await page.locator('[data-testid="open-editor"]').count(), 0);
  });
});

test("in a frame, the map tells its host when it is live and what it shows after each change", async () => {
  const map = await serveDist();
  const host = await servePage(`<!doctype html><html><body style="margin:0">
    <iframe id="map" src="${map.origin}/?embed=1&source=kyodo-2023" title="Map" style="width:100%;height:900px;border:0"></iframe>
    <script>
      window.got = [];
      addEventListener("message", (e) => {
        const f = document.getElementById("map");
        if (e.source !== f.contentWindow || !e.data || typeof e.data.type !== "string") return;
        if (e.data.type === "range-claims:ready" || e.data.type === "range-claims:state") window.got.push(e.data);
      });
    </script></body></html>`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    await page.goto(host.origin);
    const got = () => page.evaluate(() => window.got);
    await page.waitForFunction(() => window.got.some((m) => m.type === "range-claims:state"), null, { timeout: 30_000 });
    let messages = await got();
    assert.deepEqual(messages[0], { type: "range-claims:ready" }, "ready comes first");
    assert.deepEqual(messages[1], { type: "range-claims:state", query: "source=kyodo-2023", step: null });
    // A reader's choice in the frame is reported once it is shown.
    await page.frameLocator("#map").locator('[data-source="washington-post-2022"]').click();
    await page.waitForFunction(() => window.got.length >= 3);
    await page.waitForTimeout(600);
    messages = await got();
    assert.deepEqual(messages.slice(2), [{ type: "range-claims:state", query: "source=washington-post-2022", step: null }]);
    assert.equal(messages.filter((m) => m.type === "range-claims:ready").length, 1, "ready is said once");
  } finally {
    await browser.close();
    await Promise.all([map.close(), host.close()]);
  }
});
