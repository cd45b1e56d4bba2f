// The URL holds every choice: loading a link restores it, changes are written back, back and
// forward walk through them, bad parameters leave a working page and a notice.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, baseTransform, screenshot, settled } from "./harness.mjs";

const withMap = mapSuite({ before, after });
const query = (page) => new URL(page.url()).search;
/**
 * Asserts that the address's query becomes `expected`: a choice's history entry is pushed
 * once the choices have rested (250 ms) and the page is idle, so it is waited for (up to 2 s),
 * not read at once.
 */
async function queryBecomes(page, expected) {
  await page.waitForFunction((q) => location.search === q, expected, { timeout: 2_000 }).catch(() => {});
  assert.equal(await page.evaluate(() => location.search), expected);
}
const pressed = (page, sel) => page.getAttribute(sel, "aria-pressed");

test("every parameter in a link is restored, and writing it back gives the same link", async () => {
  const q = "?compare=washington-times-2026,iuvinale-2024&site=chain&proj=aeqd&unit=nmi&theme=dark&view=27.0000,126.0000,5.50";
  await withMap({ query: q }, async (page) => {
    assert.equal(await page.locator('[data-testid="map"]').getAttribute("data-projection"), "aeqd");
    assert.equal(await pressed(page, '[data-source="compare"]'), "true");
    assert.equal(await page.inputValue('[data-testid="compare-second"]'), "iuvinale-2024");
    assert.ok((await page.$$eval("path[data-ring]", (els) => els.map((e) => e.dataset.site))).every((s) => s === "chain"));
    assert.equal(await pressed(page, '[data-testid="unit-nmi"]'), "true");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(20, 23, 27)");
    // Zoom 5.5 is 156,543.03 / 2^5.5 = 3,459.4 m per pixel: 0.2891 px per km.
    const { s } = await baseTransform(page);
    assert.ok(Math.abs(s - 1000 / 3459.4) < 0.0005, `scale ${s}`);
    await settled(page);
    assert.match(await page.textContent('[data-testid="reach-list"]'), /nmi/);
    assert.equal(await page.locator('[data-testid="url-notice"]').count(), 0);
    await page.waitForTimeout(400);
    assert.equal(decodeURIComponent(query(page)), q);
    await screenshot(page, "desktop-url-restored-dark");
  });
  // A custom point, one source, light theme, miles.
  await withMap({ query: "?source=kyodo-2023&site=30.5,131.25&unit=mi&theme=light" }, async (page) => {
    assert.equal(await pressed(page, '[data-source="kyodo-2023"]'), "true");
    assert.equal(await page.getAttribute('[data-testid="custom-marker"]', "data-lat"), "30.5000");
    assert.ok((await page.$$eval("path[data-ring]", (els) => els.map((e) => e.dataset.site))).every((s) => s === "custom"));
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(247, 247, 244)");
    await settled(page);
    assert.match(await page.textContent('[data-legend-claim="kyodo-tomahawk"]'), /about 1,600 km ≈ 994 mi/);
  });
});

test("changes are written to the URL, and back and forward walk through them", async () => {
  await withMap({}, async (page) => {
    assert.equal(query(page), "");
    await page.click('[data-source="washington-times-2026"]');
    await queryBecomes(page, "?source=washington-times-2026");
    await page.click('[data-site-option="yonaguni"]');
    await queryBecomes(page, "?source=washington-times-2026&site=yonaguni");
    await page.click('[data-testid="unit-mi"]');
    await queryBecomes(page, "?source=washington-times-2026&site=yonaguni&unit=mi");
    await page.click('[data-testid="theme-dark"]');
    await queryBecomes(page, "?source=washington-times-2026&site=yonaguni&unit=mi&theme=dark");
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(20, 23, 27)");
    await page.goBack();
    // A pan writes the view once it settles, without a new history entry.
    await page.keyboard.press("Tab");
    await page.focus('[data-testid="map"]');
    await page.keyboard.press("ArrowLeft");
    await page.waitForTimeout(500);
    assert.match(query(page), /&view=[\d.-]+,[\d.-]+,[\d.]+$/);

    await page.goBack();
    assert.equal(query(page), "?source=washington-times-2026&site=yonaguni");
    assert.equal(await pressed(page, '[data-testid="unit-km"]'), "true");
    await page.goBack();
    assert.equal(await pressed(page, '[data-site-option="sasebo"]'), "true");
    assert.ok((await page.$$eval("path[data-ring]", (els) => els.map((e) => e.dataset.site))).every((s) => s === "sasebo"));
    await page.goForward();
    assert.equal(await pressed(page, '[data-site-option="yonaguni"]'), "true");
    assert.equal(query(page), "?source=washington-times-2026&site=yonaguni");
  });
});

test("a quick run along the switcher makes one history entry, and its panels end on the last choice", async () => {
  await withMap({}, async (page) => {
    await page.click('[data-source="kyodo-2023"]');
    await queryBecomes(page, "?source=kyodo-2023");
    const entries = await page.evaluate(() => history.length);
    // A reader arrowing along the buttons, a click every 20 ms.
    await page.evaluate(async () => {
      for (const id of ["fox-relay-2024", "washington-times-2026", "iuvinale-2024", "washington-post-2022"]) {
        document.querySelector(`[data-source="${id}"]`).click();
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await queryBecomes(page, "?source=washington-post-2022");
    assert.equal(await page.evaluate(() => history.length), entries + 1, "one entry for the run");
    // The legend and the reach list, which wait for the run to end, show the last choice only.
    await settled(page);
    const legendSources = await page.$$eval('[data-testid="legend"] [data-source]', (els) => [...new Set(els.map((e) => e.dataset.source))]);
    assert.deepEqual(legendSources, ["washington-post-2022"]);
    assert.deepEqual(await page.$$eval("[data-reach-claim]", (els) => els.map((e) => e.dataset.reachClaim)), ["wp-tomahawk"]);
    // Back goes to where the reader was before the run.
    await page.goBack();
    assert.equal(query(page), "?source=kyodo-2023");
    assert.equal(await pressed(page, '[data-source="kyodo-2023"]'), "true");
    await settled(page);
    assert.match(await page.textContent('[data-testid="legend"]'), /Kyodo/);
  });
});

test("wrong and unknown parameters leave a working page and a notice that can be dismissed", async () => {
  await withMap({ query: "?source=nope&unit=furlong&zoom=3&site=95,129&proj=aeqd&%3Cb%3Ex%3C/b%3E=1" }, async (page) => {
    const notice = page.locator('[data-testid="url-notice"]');
    const text = await notice.textContent();
    for (const part of ["source=nope", "no source has this id", "unit=furlong", "zoom=3", "Latitude 95° is out of range"]) {
      assert.ok(text.includes(part), `notice lacks ${part}: ${text}`);
    }
    assert.equal(await page.locator("b").count(), 0, "nothing from the URL became markup");
    // The good parameter applied; the rest fell back to the defaults.
    assert.equal(await page.locator('[data-testid="map"]').getAttribute("data-projection"), "aeqd");
    assert.equal((await page.$$("path[data-ring]")).length, 7);
    await screenshot(page, "desktop-url-notice");
    await page.click('[data-testid="url-notice-dismiss"]');
    assert.equal(await notice.count(), 0);
  });
});

test("Copy link puts the current view's address on the clipboard", async () => {
  await withMap({}, async (page) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.click('[data-source="iuvinale-2024"]');
    await page.click('[data-testid="copy-link"]');
    await page.waitForSelector('[data-testid="copy-status"]:has-text("Link copied")');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The link carries the language it was shared in (issue 14), whatever the recipient's browser.
    assert.equal(new URL(copied).search, "?source=iuvinale-2024&lang=en");
  });
});
