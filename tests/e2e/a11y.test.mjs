// Accessibility: an axe-core scan (run in the page) finds no serious or critical violation, in
// light and dark themes, with every panel open; every control is reachable by keyboard.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { mapSuite, settled, serveDist, launchBrowser } from "./harness.mjs";

const withMap = mapSuite({ before, after });
const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** Runs axe in the page; returns the serious and critical violations, summarised. */
async function scan(page) {
  // The panels under the map mount after the first rings and follow switches a frame late.
  await settled(page);
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")} — ${v.nodes[0]?.failureSummary ?? ""}`);
}

/** Runs axe in the editor (its own page, without the map's panels); as [`scan`]. */
async function scanEditor(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")} — ${v.nodes[0]?.failureSummary ?? ""}`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no serious or critical violation (${colorScheme})`, async () => {
    await withMap({ colorScheme }, async (page) => {
      assert.deepEqual(await scan(page), []);
      // Compare mode and an error message add controls and text of their own.
      await page.click('[data-source="compare"]');
      await page.fill('[data-testid="coord-lat"]', "x");
      await page.click('[data-testid="coord-go"]');
      assert.deepEqual(await scan(page), []);
    });
    await withMap({ colorScheme, query: "?embed=1" }, async (page) => {
      assert.deepEqual(await scan(page), []);
    });
    // In Japanese, with compare mode and the reach list's summaries.
    await withMap({ colorScheme, query: "?lang=ja" }, async (page) => {
      assert.deepEqual(await scan(page), []);
      await page.click('[data-source="compare"]');
      assert.deepEqual(await scan(page), []);
    });
    // A story's bar.
    await withMap({ colorScheme, query: "?story=claims-over-time" }, async (page) => {
      assert.deepEqual(await scan(page), []);
    });
    // The editor, building a story, in English and Japanese, at a desktop's and a phone's width.
    for (const [query, width] of [["?story=claims-over-time", 1280], ["?lang=ja&sources=kyodo-2023,washington-post-2022", 390]]) {
      await withMap.editor({ colorScheme, query, width }, async (page) => {
        assert.deepEqual(await scanEditor(page), []);
        await page.click('[data-testid="story-builtin"]');
        await page.locator('[data-testid="source-pick"] input[data-source="iuvinale-2024"]').uncheck();
        assert.deepEqual(await scanEditor(page), []);
        await page.screenshot({ path: `target/screenshots/editor-${colorScheme}-${width}.png`, fullPage: true });
      });
    }
  });
}

test("the story demo article has no serious or critical violation, light or dark", async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    for (const colorScheme of ["light", "dark"]) {
      const page = await browser.newPage({ colorScheme });
      await page.goto(`${server.origin}/story-demo.html`);
      await page.frameLocator("#story-map").locator("#app:not(.booting)").waitFor({ timeout: 30_000 });
      await page.evaluate(AXE);
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
      assert.deepEqual(bad, [], colorScheme);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
});

test("every control is reachable with Tab and shows a visible focus", async () => {
  await withMap({}, async (page) => {
    const seen = new Set();
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press("Tab");
      const f = await page.evaluate(() => {
        if (document.activeElement === document.body) return null;
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        const hit = el.querySelector?.(".hit");
        const hitRing = hit ? getComputedStyle(hit).strokeWidth !== "0px" && getComputedStyle(hit).stroke !== "none" : false;
        return { key: el.dataset.testid || el.dataset.source || el.dataset.siteOption || el.dataset.site || el.tagName, visible: ring || hitRing };
      });
      if (f === null) break; // past the last control
      assert.ok(f.visible, `${f.key} has no visible focus`);
      seen.add(f.key);
    }
    for (const key of ["all", "compare", "map", "zoom-in", "proj-aeqd", "unit-mi", "copy-link", "open-editor", "sasebo", "chain", "coord-lat", "coord-go"]) {
      assert.ok(seen.has(key), `${key} not reached by Tab; reached: ${[...seen].join(", ")}`);
    }
  });
});
