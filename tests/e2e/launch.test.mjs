// Launch points a reader chooses: a click on the map, a dragged marker, typed coordinates (with
// messages for bad input), and the whole Southwest Islands chain as one envelope.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, markerCentre, screenshot, settled } from "./harness.mjs";

const withMap = mapSuite({ before, after });

const ringSites = (page) => page.$$eval("path[data-ring]", (els) => els.map((e) => e.dataset.site));
const customAt = async (page) => {
  const m = page.locator('[data-testid="custom-marker"]');
  return { lat: Number(await m.getAttribute("data-lat")), lon: Number(await m.getAttribute("data-lon")) };
};
const type = async (page, lat, lon) => {
  await page.fill('[data-testid="coord-lat"]', lat);
  await page.fill('[data-testid="coord-lon"]', lon);
  await page.click('[data-testid="coord-go"]');
};

test("a click on open map puts the launch point there; dragging the marker moves it", async () => {
  await withMap({}, async (page) => {
    const map = await page.locator('[data-testid="map"]').boundingBox();
    // A click in the middle of the map (open sea or land, not a marker).
    await page.mouse.click(map.x + map.width * 0.42, map.y + map.height * 0.62);
    assert.ok((await ringSites(page)).every((s) => s === "custom"));
    const first = await customAt(page);
    assert.ok(first.lat > 18 && first.lat < 46 && first.lon > 112 && first.lon < 150, JSON.stringify(first));
    assert.equal(await page.inputValue('[data-testid="coord-lat"]'), first.lat.toFixed(3));

    // A drag of the map still pans and leaves the launch point alone.
    await page.mouse.move(map.x + 100, map.y + 100);
    await page.mouse.down();
    await page.mouse.move(map.x + 160, map.y + 130, { steps: 5 });
    await page.mouse.up();
    assert.deepEqual(await customAt(page), first);

    // Dragging the marker to the east moves the point east, at the same latitude.
    const c = await markerCentre(page, '[data-testid="custom-marker"]');
    await page.mouse.move(c.x, c.y);
    await page.mouse.down();
    await page.mouse.move(c.x + 120, c.y, { steps: 6 });
    await page.mouse.up();
    const moved = await customAt(page);
    assert.ok(moved.lon > first.lon + 1, `dragged to ${JSON.stringify(moved)}`);
    assert.ok(Math.abs(moved.lat - first.lat) < 0.2);
    await screenshot(page, "desktop-custom-point");
  });
});

test("typed coordinates move the launch point; bad input says what is wrong", async () => {
  await withMap({}, async (page) => {
    await type(page, "33.159", "129.723");
    assert.deepEqual(await customAt(page), { lat: 33.159, lon: 129.723 });
    // Same point as Sasebo, so Beijing is the same 1,406 km away.
    await settled(page);
    assert.equal(await page.getAttribute('[data-reach-claim="wt-tomahawk-block-iv"] [data-place="beijing"]', "data-km"), "1406");

    await type(page, "95", "129");
    assert.match(await page.textContent('[data-testid="coord-error"]'), /Latitude 95° is out of range/);
    assert.equal(await page.getAttribute('[data-testid="coord-lat"]', "aria-invalid"), "true");
    assert.equal(await page.getAttribute('[data-testid="coord-lon"]', "aria-invalid"), "false");
    await type(page, "abc", "129");
    assert.match(await page.textContent('[data-testid="coord-error"]'), /not a number/);
    await type(page, "33", "");
    assert.match(await page.textContent('[data-testid="coord-error"]'), /Longitude is empty/);
    // The last good point still stands.
    assert.deepEqual(await customAt(page), { lat: 33.159, lon: 129.723 });
    await screenshot(page, "desktop-coord-error");

    // A point far from East Asia is accepted, with a note, and the map goes there.
    await type(page, "51.5N", "0.1W");
    assert.deepEqual(await customAt(page), { lat: 51.5, lon: -0.1 });
    assert.match(await page.textContent('[data-testid="coord-note"]'), /outside East Asia/);
    assert.equal(await page.textContent('[data-testid="coord-error"]'), "");
    assert.ok(await page.locator('[data-testid="custom-marker"]').isVisible());
  });
});

test("the whole Southwest Islands chain is one envelope, nearest-site distances", async () => {
  await withMap({}, async (page) => {
    await page.click('[data-site-option="chain"]');
    assert.equal(await page.getAttribute('[data-site-option="chain"]', "aria-pressed"), "true");
    const rings = await page.$$eval("path[data-ring]", (els) => els.map((e) => ({
      site: e.dataset.site, subpaths: e.getAttribute("d").split("M").length - 1,
    })));
    assert.equal(rings.length, 7);
    assert.ok(rings.every((r) => r.site === "chain"));
    // Every chain site is marked as a launch point.
    assert.equal(await page.locator("g.site.selected").count(), 5);
    // Taipei is nearest to Yonaguni (about 230 km away), far closer than to Okinawa.
    await settled(page);
    const taipei = Number(await page.getAttribute('[data-reach-claim="wt-type12-upgraded"] [data-place="taipei"]', "data-km"));
    assert.ok(taipei > 150 && taipei < 300, `Taipei ${taipei} km from the chain`);
    await screenshot(page, "desktop-chain");
    await page.click('[data-testid="proj-aeqd"]');
    await screenshot(page, "desktop-chain-aeqd");
  });
});
