// A drag or a wheel burst moves the drawn map while it lasts (a CSS transform on the <svg>,
// src/ui/map/view_preview.rs) and draws the map once at its end: the end state must be exactly
// what the same pan or zoom gives when applied at once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, baseTransform } from "./harness.mjs";

const withMap = mapSuite({ before, after });

/** What a reader sees drawn for the current view: every transform and marker, as markup. */
const drawn = (page) => page.evaluate(() => {
  const map = document.querySelector('[data-testid="map"]');
  const html = (sel) => [...map.querySelectorAll(sel)].map((el) => el.outerHTML).join("\n");
  return {
    base: map.querySelector("g.base").getAttribute("transform"),
    rings: map.querySelector("g.rings").getAttribute("transform"),
    chain: map.querySelector(".island-chain path").getAttribute("transform"),
    markers: html("g.places, g.sites, .chain-label, g.ring-labels"),
    svgTransform: map.style.transform,
  };
});

const near = (a, b, what) => {
  for (const k of ["s", "tx", "ty"]) assert.ok(Math.abs(a[k] - b[k]) < 1e-6, `${what}: ${JSON.stringify({ a, b })}`);
};

test("a drag moves the drawing while the button is down, and draws the map as the keyboard pan would at its end", async () => {
  // The reference: one ArrowLeft press pans 80 px right, drawn at once.
  let expected;
  await withMap({}, async (page) => {
    await page.focus('[data-testid="map"]');
    await page.keyboard.press("ArrowLeft");
    expected = { ...(await drawn(page)), t: await baseTransform(page) };
  });
  await withMap({}, async (page) => {
    const start = await drawn(page);
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const x = Math.round(box.x + box.width * 0.4), y = Math.round(box.y + box.height * 0.6);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 40, y, { steps: 4 });
    // Mid-drag: the map is moved as a picture, not drawn again.
    const mid = await drawn(page);
    assert.equal(mid.base, start.base, "the map was drawn again mid-drag");
    assert.equal(mid.markers, start.markers, "the markers were laid out again mid-drag");
    const m = mid.svgTransform.match(/^matrix\(([^)]*)\)$/)[1].split(",").map(Number);
    assert.deepEqual(m.map((v) => Math.round(v * 1e6) / 1e6 + 0), [1, 0, 0, 1, 40, 0], mid.svgTransform);
    await page.mouse.move(x + 80, y, { steps: 4 });
    await page.mouse.up();
    const end = await drawn(page);
    assert.equal(end.svgTransform, "", "the drawing is still moved after the drag");
    near(await baseTransform(page), expected.t, "base transform after the drag");
    // Eight 10 px steps and one 80 px step may differ in the last digit of a float.
    const rounded = (markup) => markup.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1e6) / 1e6));
    assert.equal(rounded(end.markers), rounded(expected.markers), "markers and labels differ from the same pan by key");
    // The view reaches the URL once it settles, as for any pan.
    await page.waitForFunction(() => /[?&]view=/.test(location.search));
  });
});

test("a burst of wheel notches is drawn once, as the same notches drawn one by one", async () => {
  const notches = [-100, -100, -100, 100];
  const at = async (page) => {
    const box = await page.locator('[data-testid="map"]').boundingBox();
    await page.mouse.move(Math.round(box.x + box.width * 0.35), Math.round(box.y + box.height * 0.55));
  };
  const settled = (page) => page.waitForFunction(
    () => document.querySelector('[data-testid="map"]').style.transform === "");
  // The reference: each notch waits for the map to be drawn before the next.
  let expected;
  await withMap({}, async (page) => {
    await at(page);
    for (const dy of notches) {
      const before = (await drawn(page)).base;
      await page.mouse.wheel(0, dy);
      await page.waitForFunction((b) => document.querySelector('[data-testid="map"] g.base').getAttribute("transform") !== b, before);
      await settled(page);
    }
    expected = await drawn(page);
  });
  await withMap({}, async (page) => {
    await at(page);
    const start = await drawn(page);
    for (const dy of notches) await page.mouse.wheel(0, dy);
    await page.waitForFunction((b) => document.querySelector('[data-testid="map"] g.base').getAttribute("transform") !== b, start.base);
    await settled(page);
    const end = await drawn(page);
    assert.equal(end.base, expected.base);
    assert.equal(end.rings, expected.rings);
    assert.equal(end.chain, expected.chain);
    assert.equal(end.markers, expected.markers, "markers and labels differ from the notches drawn one by one");
  });
});

test("a drag or wheel zoom out past what is drawn beyond the frame draws the map, never an empty edge", async () => {
  // The map is drawn 320 px beyond its frame (DRAWN_MARGIN_PX): a preview that would show past
  // that is drawn for at once, so no step of a long drag or a zoom out shows an undrawn strip.
  await withMap({}, async (page) => {
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const x = Math.round(box.x + 40), y = Math.round(box.y + box.height / 2);
    const margin = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('[data-testid="map"]')).overflowClipMargin));
    assert.equal(margin, 320, "the drawn margin the page sets");
    /** The preview's matrix(k, 0, 0, k, tx, ty), or the identity when nothing is previewed. */
    const preview = () => page.evaluate(() => {
      const t = document.querySelector('[data-testid="map"]').style.transform;
      const m = t ? t.match(/^matrix\(([^)]*)\)$/)[1].split(",").map(Number) : [1, 0, 0, 1, 0, 0];
      return { k: m[0], tx: m[4], ty: m[5] };
    });
    const covered = ({ k, tx, ty }, what) => {
      assert.ok(-margin * k + tx <= 1e-6 && k * (box.width + margin) + tx >= box.width - 2, `${what}: ${JSON.stringify({ k, tx })}`);
      assert.ok(-margin * k + ty <= 1e-6 && k * (box.height + margin) + ty >= box.height - 2, `${what}: ${JSON.stringify({ k, ty })}`);
    };
    const before = await baseTransform(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    let drawnMidDrag = false;
    for (let step = 1; step <= 12; step++) {
      await page.mouse.move(x + step * 60, y);
      covered(await preview(), `drag of ${step * 60} px`);
      drawnMidDrag ||= (await baseTransform(page)).tx !== before.tx;
    }
    await page.mouse.up();
    assert.ok(drawnMidDrag, "a 720 px drag never drew the map before its end");
    // Zoom out with the wheel, one notch at a time, within one burst.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let notch = 0; notch < 8; notch++) {
      await page.mouse.wheel(0, 100);
      covered(await preview(), `zoom out, notch ${notch + 1}`);
    }
  });
});
