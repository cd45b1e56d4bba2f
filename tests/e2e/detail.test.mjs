// Two levels of base-map detail: the page opens on the overview compiled into it, fetches the
// detailed coastlines (same origin) only when the reader zooms in, and keeps working on the
// overview, with a note, when that fetch fails.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, screenshot } from "./harness.mjs";

const withMap = mapSuite({ before, after });
const DETAIL = "data/basemap-detail.json";
const level = (page) => page.getAttribute('[data-testid="map"]', "data-basemap");
const landLength = (page) => page.locator("path.land:not(.japan)").getAttribute("d").then((d) => d.length);
const japanLength = (page) => page.getAttribute('[data-testid="japan"]', "d").then((d) => d.length);

/** Clicks the zoom-in button `n` times (x1.5 each). */
async function zoomIn(page, n) {
  for (let i = 0; i < n; i++) await page.click('[data-testid="zoom-in"]');
}

test("the default view draws the overview and never fetches the detail", async () => {
  for (const size of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
    await withMap(size, async (page) => {
      const fetched = [];
      page.on("request", (r) => { if (r.url().includes(DETAIL)) fetched.push(r.url()); });
      // A pan is not a zoom: still no detail.
      await page.keyboard.press("Tab");
      await page.focus('[data-testid="map"]');
      await page.keyboard.press("ArrowLeft");
      await page.waitForTimeout(500);
      assert.equal(await level(page), "overview");
      assert.ok(await landLength(page) > 30_000, "the overview's land is too thin to be a map");
      assert.deepEqual(fetched, [], `${size.width}px: the detail was fetched without a zoom`);
    });
  }
});

test("zooming in fetches the detailed coastline once and draws it", async () => {
  await withMap({}, async (page) => {
    const fetched = [];
    page.on("request", (r) => { if (r.url().includes(DETAIL)) fetched.push(r.url()); });
    const overviewJapan = await japanLength(page);
    const transform = await page.getAttribute('[data-testid="map"] g.base', "transform");
    await zoomIn(page, 3);
    await page.waitForFunction(() => document.querySelector('[data-testid="map"]').dataset.basemap === "detail");
    const detailJapan = await japanLength(page);
    assert.ok(detailJapan > overviewJapan * 1.5, `Japan's outline went from ${overviewJapan} to ${detailJapan} characters`);
    assert.notEqual(await page.getAttribute('[data-testid="map"] g.base', "transform"), transform);
    // Zooming out and in again reuses what was loaded.
    await page.click('[data-testid="zoom-out"]');
    await page.click('[data-testid="zoom-out"]');
    await page.click('[data-testid="zoom-out"]');
    await zoomIn(page, 3);
    assert.equal(fetched.length, 1, `fetched ${fetched.length} times`);
    assert.equal(await page.locator('[data-testid="detail-notice"]').count(), 0);
    await screenshot(page, "detail-zoomed");
  });
});

test("when the detail cannot be fetched, the overview stays with a note, and a later zoom retries", async () => {
  const cutOff = /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;
  await withMap({ expectedErrors: [cutOff] }, async (page) => {
    await page.route(`**/${DETAIL}`, (route) => route.abort("internetdisconnected"));
    await zoomIn(page, 3);
    const notice = page.locator('[data-testid="detail-notice"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /Detailed coastlines could not be loaded/);
    assert.match(await notice.textContent(), /basemap-detail\.json/);
    assert.equal(await level(page), "overview");
    assert.ok(await landLength(page) > 30_000, "the map lost its land");
    // The map still works: the launch site list and the zoom buttons respond.
    await page.click('[data-testid="zoom-out"]');
    await screenshot(page, "detail-failed");
    // Back online: zooming out and in again loads the detail and the note goes away.
    await page.unroute(`**/${DETAIL}`);
    await page.click('[data-testid="zoom-out"]');
    await page.click('[data-testid="zoom-out"]');
    await zoomIn(page, 3);
    await page.waitForFunction(() => document.querySelector('[data-testid="map"]').dataset.basemap === "detail");
    assert.equal(await notice.count(), 0);
  });
});
