// Compare mode: two sources, the band between their rings shaded, and what changes listed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, screenshot } from "./harness.mjs";

const withMap = mapSuite({ before, after });

const shades = (page) => page.$$eval('[data-testid="compare-shade"] path', (els) => els.map((e) => ({
  pair: e.dataset.comparePair, inner: Number(e.dataset.innerKm), outer: Number(e.dataset.outerKm),
})));

test("comparing two sources shades between their rings and lists the places that change", async () => {
  await withMap({}, async (page) => {
    await page.click('[data-testid="source-switcher"] [data-source="washington-times-2026"]');
    await page.click('[data-testid="source-switcher"] [data-source="compare"]');
    assert.equal(await page.getAttribute('[data-source="compare"]', "aria-pressed"), "true");
    await page.selectOption('[data-testid="compare-second"]', "iuvinale-2024");
    const sources = await page.$$eval("path[data-ring]", (els) => [...new Set(els.map((e) => e.dataset.source))].sort());
    assert.deepEqual(sources, ["iuvinale-2024", "washington-times-2026"]);
    // Block IV 900 mi (1,448.4 km) and Block V over 1,000 mi (1,609.3 km) against 2,500 km.
    assert.deepEqual((await shades(page)).map((s) => `${s.pair} ${s.inner}-${s.outer}`), [
      "wt-tomahawk-block-iv~iuvinale-tomahawk 1448.4-2500",
      "wt-tomahawk-block-v~iuvinale-tomahawk 1609.3-2500",
    ]);
    // From Sasebo, Beijing (1,406 km) is inside both, so it is not a change; places between
    // 1,448 km and 2,500 km are, each with its distance inside the band.
    const changes = page.locator('[data-testid="compare-changes"] [data-compare-pair="wt-tomahawk-block-iv~iuvinale-tomahawk"] [data-place]');
    assert.ok((await changes.count()) > 0);
    for (const km of await changes.evaluateAll((els) => els.map((e) => Number(e.dataset.km)))) {
      assert.ok(km > 1448 && km <= 2500, `${km} km listed as a change`);
    }
    assert.equal(await page.locator('[data-testid="compare-changes"] [data-place="beijing"]').count(), 0);
    await screenshot(page, "desktop-compare");

    // Swapping in a source with no range figure says there is nothing to compare.
    await page.selectOption('[data-testid="compare-second"]', "fox-relay-2024");
    assert.equal((await shades(page)).length, 0);
    assert.match(await page.textContent('[data-testid="compare-none"]'), /nothing to compare/);

    // Picking one source leaves compare mode.
    await page.click('[data-testid="source-switcher"] [data-source="kyodo-2023"]');
    assert.equal(await page.locator('[data-testid="compare-bar"]').count(), 0);
    assert.equal((await shades(page)).length, 0);
  });
  await withMap({ width: 360, height: 740 }, async (page) => {
    await page.click('[data-testid="source-switcher"] [data-source="compare"]');
    assert.ok((await shades(page)).length > 0);
    await screenshot(page, "phone-compare");
  });
});
