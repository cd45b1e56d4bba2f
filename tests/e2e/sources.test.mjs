// Switching sources with real clicks and keys: rings, legend and reach list follow the data.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, screenshot, settled } from "./harness.mjs";

const withMap = mapSuite({ before, after });

const rings = (page) => page.$$eval("path[data-ring]", (els) => els.map((e) => ({
  source: e.dataset.source, system: e.dataset.system, variant: e.dataset.variant, site: e.dataset.site,
  min: Number(e.dataset.minKm), max: Number(e.dataset.maxKm), d: e.getAttribute("d").length,
})));
const pick = (page, id) => page.click(`[data-testid="source-switcher"] [data-source="${id}"]`);

test("all sources are overlaid by default, one ring per range claim", async () => {
  await withMap({}, async (page) => {
    const all = await rings(page);
    assert.equal(all.length, 7);
    assert.ok(all.every((r) => r.site === "sasebo" && r.d > 200));
    assert.equal(await page.getAttribute('[data-source="all"]', "aria-pressed"), "true");
    await settled(page);
    assert.equal(await page.locator("[data-legend-claim]").count(), 7);
  });
});

test("one source shows only its rings, legend quotes and reach", async () => {
  await withMap({}, async (page) => {
    await pick(page, "washington-times-2026");
    assert.equal(await page.getAttribute('[data-source="washington-times-2026"]', "aria-pressed"), "true");
    const wt = await rings(page);
    assert.deepEqual(wt.map((r) => `${r.system}/${r.variant} ${r.min}-${r.max}`).sort(), [
      "tomahawk/block-iv 1448.4-1448.4",
      "tomahawk/block-v 1609.3-1609.3",
      "type-12/current 193.1-400.7",
      "type-12/upgraded 997.8-997.8",
    ]);
    await settled(page);
    const legend = await page.textContent('[data-legend-claim="wt-tomahawk-block-iv"]');
    assert.match(legend, /900 mi/);
    assert.match(legend, /≈ 1,448 km/);
    assert.match(legend, /The Block IV has a range of 900 miles/);
    assert.match(legend, /The Washington Times, Bill Gertz, about Jan 2026/);
    // From Sasebo, Beijing (1,406 km) is inside the 900 mi ring, and Taipei is inside 620 mi.
    const beijing = page.locator('[data-reach-claim="wt-tomahawk-block-iv"] [data-place="beijing"]');
    assert.equal(await beijing.getAttribute("data-km"), "1406");
    assert.equal(await page.locator('[data-reach-claim="wt-type12-upgraded"] [data-place="beijing"]').count(), 0);
    // The claims table follows: the Washington Times column is the one shown.
    const shown = (id) => page.$$eval(`[data-testid="claims-table"] td[data-source="${id}"]`, (els) => els.map((e) => e.dataset.shown));
    assert.deepEqual([...new Set(await shown("washington-times-2026"))], ["true"]);
    assert.deepEqual([...new Set(await shown("kyodo-2023"))], ["false"]);
    // Miles: every figure follows the unit, the printed figure stays beside the conversion.
    await page.click('[data-testid="unit-mi"]');
    await settled(page);
    assert.match(await page.textContent('[data-legend-claim="wt-tomahawk-block-iv"]'), /900 mi ≈ 1,448 km/);
    assert.match(await page.textContent('[data-reach-claim="wt-tomahawk-block-iv"] [data-place="beijing"]'), /874 mi/);
    assert.match(await page.textContent('[data-testid="claims-table"] [data-row="tomahawk-range"] td[data-source="kyodo-2023"]'), /about 1,600 km ≈ 994 mi/);
    assert.match(await page.textContent('[data-testid="range-chart"] svg'), /Distance in [a-z ]+ \(mi\)/);
    await page.click('[data-testid="unit-km"]');
    await screenshot(page, "desktop-washington-times");
  });
});

test("the keyboard switches sources; a source without a figure says so", async () => {
  await withMap({}, async (page) => {
    await page.focus('[data-testid="source-switcher"] [data-source="kyodo-2023"]');
    await page.keyboard.press("Enter");
    const kyodo = await rings(page);
    assert.deepEqual(kyodo.map((r) => [r.source, r.variant, r.min, r.max]), [["kyodo-2023", "block-iv-and-v", 1600, 1600]]);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    assert.equal((await rings(page)).length, 0);
    await settled(page);
    assert.match(await page.textContent('[data-testid="legend"]'), /No range figure given/);
  });
});

test("from Camp Kengun, Beijing is beyond 900 mi but within about 1,600 km", async () => {
  await withMap({}, async (page) => {
    await page.click('[data-site-option="kengun"]');
    const kengun = await rings(page);
    assert.ok(kengun.every((r) => r.site === "kengun"));
    await settled(page);
    assert.equal(await page.locator('[data-reach-claim="wt-tomahawk-block-iv"] [data-place="beijing"]').count(), 0);
    const km = Number(await page.getAttribute('[data-reach-claim="kyodo-tomahawk"] [data-place="beijing"]', "data-km"));
    assert.ok(km > 1_448 && km < 1_600, `Beijing at ${km} km`);
    await page.click('[data-testid="proj-aeqd"]');
    await screenshot(page, "desktop-kengun-aeqd");
  });
  await withMap({ width: 360, height: 740 }, async (page) => screenshot(page, "phone-rings"));
});
