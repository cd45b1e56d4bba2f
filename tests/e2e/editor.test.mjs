// The newsroom's editor (editor.html), driven as a journalist would: opened from the map on a
// chosen view, two sources kept, a three-step story captioned, previewed at a phone's width,
// the pym.js snippet copied into a host page on another origin that then offers exactly those
// sources and steps through the story. And the reader's map honouring the sources list.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mapSuite, servePage, launchBrowser, previewLive, screenshot, settled } from "./harness.mjs";

const withMap = mapSuite({ before, after });
const PYM = readFileSync(new URL("../../node_modules/pym.js/dist/pym.v1.min.js", import.meta.url), "utf8");

/** The `data-source` of each switcher button, in order. */
const switcher = (scope) => scope.locator('[data-testid="source-switcher"] button[data-source]').evaluateAll((bs) => bs.filter((b) => !b.hidden).map((b) => b.dataset.source));
/** The sources of the rings drawn, each once, in order. */
const ringSources = (scope) => scope.locator("[data-ring]").evaluateAll((rs) => [...new Set(rs.map((r) => r.dataset.source))]);

test("a journalist keeps two sources, builds a three-step story, and a pym.js host page plays it", async () => {
  await withMap({ query: "?source=washington-post-2022&unit=mi" }, async (page, origin) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.click('[data-testid="open-editor"]');
    await page.waitForURL(/editor\.html/);
    const frame = await previewLive(page);
    // The editor opens on the map's view.
    assert.equal(await page.inputValue('[data-testid="view-source"]'), "washington-post-2022");
    assert.equal(await page.inputValue('[data-testid="view-unit"]'), "mi");
    // Keep the two sources the article cites.
    const pick = page.locator('[data-testid="source-pick"]');
    for (const id of ["fox-relay-2024", "washington-times-2026", "iuvinale-2024"]) {
      await pick.locator(`input[type=checkbox][data-source="${id}"]`).uncheck();
    }
    await previewLive(page);
    assert.deepEqual(await switcher(frame), ["all", "kyodo-2023", "washington-post-2022", "compare"]);
    // Kyodo first in the embed's switcher.
    assert.equal(await page.locator('[data-testid="source-pick"] li').first().locator("input").getAttribute("data-source"), "kyodo-2023");
    // A three-step story: the Post, Kyodo, then both.
    const steps = page.locator('[data-testid="story-step"]');
    await page.click('[data-testid="story-add"]');
    await page.selectOption('[data-testid="view-source"]', "kyodo-2023");
    await page.click('[data-testid="story-add"]');
    await page.selectOption('[data-testid="view-source"]', "all");
    await page.click('[data-testid="story-add"]');
    assert.equal(await steps.count(), 3);
    const captions = ["The Post: 1,000-mile-plus", "Kyodo: about 1,600 km", "Both & more"];
    for (const [i, text] of captions.entries()) await steps.nth(i).locator('[data-testid="story-step-caption"]').fill(text);
    // Previewed at a phone's width, on its second step.
    await page.click('[data-testid="preview-width"] button[data-width="360"]');
    assert.equal(await page.getAttribute('iframe[data-testid="preview"]', "width"), "360");
    await steps.nth(1).locator('[data-testid="story-step-preview"]').click();
    await frame.locator('[data-testid="story-bar"][data-step="2"]').waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('[data-testid="story-caption"]').textContent(), "Kyodo: about 1,600 km");
    await screenshot(page, "editor-story-360");
    // The pym.js snippet, copied.
    await page.selectOption('[data-testid="embed-host"]', "pym");
    await page.waitForFunction(() => document.querySelector('[data-testid="embed-snippet"]').dataset.host === "pym");
    await page.click('[data-testid="copy-snippet"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="copy-snippet-status"]').textContent.length > 0);
    assert.equal(await page.textContent('[data-testid="copy-snippet-status"]'), "Code copied.");
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await page.inputValue('[data-testid="embed-snippet"]'));
    assert.match(snippet, /sources=kyodo-2023,washington-post-2022/);

    // The host page: pym.js loaded where the page loads it (here inline), then the snippet.
    const article = snippet.replace('<script src="pym.v1.min.js"></script>', `<script>${PYM}</script>`);
    const host = await servePage(`<!doctype html><html><head><title>An article</title></head><body>
      <p>Article text before the map.</p>${article}<p>After the map.</p></body></html>`);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const errors = [];
      tab.on("pageerror", (e) => errors.push(e.message));
      await tab.goto(host.origin);
      const map = tab.frameLocator("#range-claims-map iframe");
      await map.locator('#app:not(.booting) [data-testid="map"] [data-ring]').first().waitFor({ timeout: 30_000 });
      assert.deepEqual(await switcher(map), ["all", "kyodo-2023", "washington-post-2022", "compare"]);
      // The story, step by step.
      await map.locator('[data-testid="story-bar"][data-step="1"]').waitFor();
      assert.equal(await map.locator('[data-testid="story-caption"]').textContent(), "The Post: 1,000-mile-plus");
      assert.deepEqual(await ringSources(map), ["washington-post-2022"]);
      await map.locator('[data-testid="story-next"]').click();
      await map.locator('[data-testid="story-bar"][data-step="2"]').waitFor();
      assert.deepEqual(await ringSources(map), ["kyodo-2023"]);
      await map.locator('[data-testid="story-next"]').click();
      await map.locator('[data-testid="story-bar"][data-step="3"]').waitFor();
      assert.equal(await map.locator('[data-testid="story-caption"]').textContent(), "Both & more");
      // "All sources" there means the two offered.
      assert.deepEqual((await ringSources(map)).sort(), ["kyodo-2023", "washington-post-2022"]);
      assert.equal(await map.locator('[data-testid="url-notice"]').count(), 0);
      await screenshot(tab, "editor-pym-host");
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await host.close();
    }
  });
});

test("the reader's map offers only the sources the link lists, in its order", async () => {
  await withMap({ query: "?sources=washington-post-2022,kyodo-2023" }, async (page) => {
    await settled(page);
    assert.deepEqual(await switcher(page), ["all", "washington-post-2022", "kyodo-2023", "compare"]);
    assert.deepEqual((await ringSources(page)).sort(), ["kyodo-2023", "washington-post-2022"]);
    // The legend lists those rings only; each source keeps its own colour class.
    const legendSources = await page.locator('[data-testid="legend"] [data-legend-claim]').evaluateAll((items) => [...new Set(items.map((i) => i.dataset.source))]);
    assert.deepEqual(legendSources.sort(), ["kyodo-2023", "washington-post-2022"]);
    assert.match(await page.getAttribute('[data-source="kyodo-2023"]', "class"), /\bs0\b/);
    // Comparing takes the two offered.
    await page.click('[data-source="compare"]');
    await settled(page);
    assert.deepEqual((await ringSources(page)).sort(), ["kyodo-2023", "washington-post-2022"]);
    // Every choice keeps the list in the address.
    assert.match(page.url(), /sources=washington-post-2022,kyodo-2023/);
  });
  // One source offered: nothing to compare.
  await withMap({ query: "?sources=iuvinale-2024&source=iuvinale-2024" }, async (page) => {
    assert.deepEqual(await switcher(page), ["all", "iuvinale-2024"]);
  });
});

test("a wrong sources list is named in the notice, and the map offers every source", async () => {
  for (const [query, named] of [
    ["?sources=kyodo-2023,reuters-2099", /reuters-2099/],
    ["?sources=kyodo-2023,kyodo-2023", /kyodo-2023.*twice/],
    ["?sources=", /no source id/],
    ["?source=iuvinale-2024&sources=kyodo-2023", /iuvinale-2024.*not in the list/],
  ]) {
    await withMap({ query }, async (page) => {
      const notice = page.locator('[data-testid="url-notice"]');
      await notice.waitFor();
      assert.match(await notice.textContent(), named, query);
      assert.equal((await switcher(page)).length, 7, `${query}: all five sources, All and Compare`);
    });
  }
});

test("the preview follows its widths and settings, and a pan in it becomes the embed's view", async () => {
  await withMap.editor({}, async (page) => {
    const framed = page.locator('iframe[data-testid="preview"]');
    for (const width of ["360", "640", "1280"]) {
      await page.click(`[data-testid="preview-width"] button[data-width="${width}"]`);
      assert.equal(await framed.getAttribute("width"), width);
      assert.equal(await page.getAttribute(`[data-testid="preview-width"] button[data-width="${width}"]`, "aria-pressed"), "true");
    }
    // Shown whole at 1280 px in a narrower column: scaled, not cut.
    const box = await framed.boundingBox();
    const stage = await page.locator(".preview-stage").boundingBox();
    assert.ok(box.width <= stage.width + 1, `frame ${box.width} px in a ${stage.width} px stage`);
    await page.click('[data-testid="preview-width"] button[data-width="640"]');
    // A setting: the preview reloads on it.
    await page.selectOption('[data-testid="view-theme"]', "dark");
    const frame = await previewLive(page);
    assert.equal(await frame.locator("html").getAttribute("data-theme"), "dark");
    assert.match(await page.inputValue('[data-testid="embed-snippet"]'), /theme=dark/);
    // A zoom in the preview: the embed opens there, and the preview is not reloaded.
    await frame.locator('[data-testid="zoom-in"]').click();
    await page.waitForFunction(() => /view=/.test(document.querySelector('[data-testid="embed-snippet"]').value), null, { timeout: 10_000 });
    assert.equal(await frame.locator(".prerender").count(), 0, "not reloaded");
    assert.ok(await page.locator('[data-testid="view-reset"]').isVisible());
    await page.click('[data-testid="view-reset"]');
    await page.waitForFunction(() => !/view=/.test(document.querySelector('[data-testid="embed-snippet"]').value));
    // The editor's own address keeps its settings: a reload opens on them.
    await page.locator('[data-testid="source-pick"] input[data-source="fox-relay-2024"]').uncheck();
    await page.waitForFunction(() => /sources=/.test(location.search));
    await page.reload();
    await previewLive(page);
    assert.equal(await page.locator('[data-testid="source-pick"] input[data-source="fox-relay-2024"]').isChecked(), false);
    assert.match(await page.inputValue('[data-testid="embed-snippet"]'), /theme=dark/);
  });
});
