// Export: the current view downloads as SVG and PNG with title, legend, sources and credit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { mapSuite } from "./harness.mjs";

const withMap = mapSuite({ before, after });

async function downloaded(page, testid) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid="${testid}"]`)]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test("the view downloads as an SVG that parses and carries title, legend, sources and credit", async () => {
  await withMap({}, async (page) => {
    await page.click('[data-source="washington-times-2026"]');
    const { name, bytes } = await downloaded(page, "download-svg");
    assert.equal(name, "range-map-washington-times-2026-sasebo.svg");
    const svg = bytes.toString("utf8");
    await writeFile("target/screenshots/export.svg", svg);
    // Parsed as XML by the browser: no parser error, and the parts are there.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        title: doc.querySelector("svg > title")?.textContent,
        rings: doc.querySelectorAll("path[data-ring]").length,
        texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
      };
    }, svg);
    assert.equal(parsed.error, null);
    assert.equal(parsed.title, "How far can Japan's new missiles reach?");
    assert.equal(parsed.rings, 4);
    const all = parsed.texts.join("\n");
    assert.match(all, /900 mi ≈ 1,448 km · Tomahawk Block IV — The Washington Times, about Jan 2026/);
    assert.match(all, /Sources: The Washington Times \(about Jan 2026\)/);
    assert.match(all, /Base map: Natural Earth/);
    assert.match(all, /Range rings from Sasebo/);
  });
});

test("the view downloads as a PNG at twice the screen's resolution", async () => {
  await withMap({}, async (page) => {
    const { name, bytes } = await downloaded(page, "download-png");
    assert.equal(name, "range-map-all-sasebo.png");
    assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "PNG signature");
    const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20);
    const map = await page.locator('[data-testid="map"]').boundingBox();
    assert.equal(width, Math.round(map.width) * 2);
    assert.ok(height > Math.round(map.height) * 2, `${height} px tall: the map plus title and legend`);
    await writeFile("target/screenshots/export.png", bytes);
    assert.match(await page.textContent('[data-testid="export-status"]'), /PNG downloaded/);
  });
});
