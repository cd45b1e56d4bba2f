// The static map the export command draws: shown by <noscript> when JavaScript is off, and in
// place of the interactive map when the page is printed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, serveDist, launchBrowser, screenshot } from "./harness.mjs";

const withMap = mapSuite({ before, after });

test("without JavaScript, <noscript> shows the static map and it loads", async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Only the picture matters here: with scripting off, Chromium drops the module preload.
    const failed = [];
    page.on("requestfailed", (req) => { if (req.url().includes("/static/")) failed.push(req.url()); });
    page.on("response", (res) => { if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`); });
    await page.goto(`${server.origin}/`);
    const img = page.locator('noscript img[src="static/map-all.png"], .noscript-map img');
    await img.first().waitFor({ state: "visible" });
    await page.waitForFunction(() => {
      const i = document.querySelector(".noscript-map img");
      return i && i.complete && i.naturalWidth > 0;
    });
    const { naturalWidth, naturalHeight, alt } = await img.first().evaluate((i) => ({ naturalWidth: i.naturalWidth, naturalHeight: i.naturalHeight, alt: i.alt }));
    assert.equal(naturalWidth, 1200);
    assert.equal(naturalHeight, 900);
    assert.match(alt, /Sasebo/);
    const caption = page.locator(".noscript-map figcaption");
    assert.ok(await caption.isVisible());
    assert.match(await caption.textContent(), /needs\s+JavaScript and WebAssembly/);
    // The print copy stays hidden on screen.
    assert.equal(await page.locator("img.print-only").isVisible(), false);
    assert.deepEqual(failed, []);
    await screenshot(page, "noscript");
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test("in print, the interactive map is hidden and the static map shown instead", async () => {
  await withMap({}, async (page) => {
    const printImg = page.locator("img.print-only");
    assert.equal(await printImg.isVisible(), false, "hidden on screen");
    assert.ok(await page.locator('[data-testid="map"]').isVisible());
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator('[data-testid="map"]').isVisible(), false, "map hidden in print");
    assert.ok(await printImg.isVisible(), "static map shown in print");
    await page.waitForFunction(() => {
      const i = document.querySelector("img.print-only");
      return i.complete && i.naturalWidth > 0;
    });
    // The page header stays above the picture.
    const header = await page.locator(".page-header").boundingBox();
    const picture = await printImg.boundingBox();
    assert.ok(header.y < picture.y, "header above the picture");
    await screenshot(page, "print");
    await page.emulateMedia({ media: "screen" });
    assert.ok(await page.locator('[data-testid="map"]').isVisible());
  });
});
