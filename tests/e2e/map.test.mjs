// The page as a reader meets it: the map draws, and responds to drag, wheel, pinch, keys and
// buttons, with no console error and no request to any other origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, baseTransform, markerCentre, screenshot } from "./harness.mjs";

const withMap = mapSuite({ before, after });

const SITES = ["yokosuka", "sasebo", "maizuru", "kure", "kengun", "amami", "okinawa", "miyako", "ishigaki", "yonaguni"];

test("the map draws East Asia, the launch sites and the island chain", async () => {
  await withMap({}, async (page) => {
    const map = page.locator('[data-testid="map"]');
    assert.equal(await map.evaluate((el) => el.tagName.toLowerCase()), "svg");
    const landLength = await page.locator("path.land:not(.japan)").getAttribute("d").then((d) => d.length);
    assert.ok(landLength > 100_000, `land path is only ${landLength} characters`);
    assert.ok((await page.getAttribute('[data-testid="japan"]', "d")).length > 10_000, "Japan is not drawn in detail");
    assert.ok((await page.getAttribute("path.graticule", "d")).length > 1_000, "no graticule");
    for (const id of SITES) {
      assert.equal(await page.locator(`g.site[data-site="${id}"]`).count(), 1, `site ${id} is not on the map`);
    }
    const chain = page.locator('[data-testid="island-chain"]');
    assert.match(await chain.locator("path").getAttribute("d"), /^M[-\d.]+ [-\d.]+(L[-\d.]+ [-\d.]+){10,}/);
    assert.equal(await chain.locator("text").textContent(), "First Island Chain");
    // Beijing, Seoul and Taipei are in the default view, so the reader has a sense of scale.
    for (const id of ["beijing", "seoul", "taipei"]) {
      assert.equal(await page.locator(`g.place[data-place="${id}"]`).count(), 1, `${id} is missing`);
    }
    await screenshot(page, "desktop-light");
  });
});

test("dragging with the mouse pans the map and the markers with it", async () => {
  await withMap({}, async (page) => {
    const before = await baseTransform(page);
    const site = await markerCentre(page, 'g.site[data-site="okinawa"]');
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const start = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.7 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y - 20, { steps: 5 });
    await page.mouse.move(start.x + 120, start.y - 40, { steps: 5 });
    await page.mouse.up();
    const after = await baseTransform(page);
    assert.ok(Math.abs(after.tx - before.tx - 120) < 1 && Math.abs(after.ty - before.ty + 40) < 1, JSON.stringify({ before, after }));
    assert.equal(after.s, before.s, "a drag must not zoom");
    const moved = await markerCentre(page, 'g.site[data-site="okinawa"]');
    assert.ok(Math.abs(moved.x - site.x - 120) < 1.5 && Math.abs(moved.y - site.y + 40) < 1.5, JSON.stringify({ site, moved }));
  });
});

test("the wheel zooms about the pointer", async () => {
  await withMap({}, async (page) => {
    const before = await baseTransform(page);
    const anchor = await markerCentre(page, 'g.site[data-site="sasebo"]');
    await page.mouse.move(anchor.x, anchor.y);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((s) => {
      const t = document.querySelector('[data-testid="map"] g.base').getAttribute("transform");
      return Number(t.match(/matrix\(([^ ]+)/)[1]) > s * 1.5;
    }, before.s);
    // The point under the pointer stays under it.
    const after = await markerCentre(page, 'g.site[data-site="sasebo"]');
    assert.ok(Math.hypot(after.x - anchor.x, after.y - anchor.y) < 2, JSON.stringify({ anchor, after }));
  });
});

test("zooming in on the Southwest Islands names every base there", async () => {
  await withMap({}, async (page) => {
    const at = await markerCentre(page, 'g.site[data-site="ishigaki"]');
    await page.mouse.move(at.x, at.y);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    for (const id of ["yonaguni", "ishigaki", "miyako"]) {
      await page.locator(`g.site[data-site="${id}"] text`).waitFor();
    }
    await screenshot(page, "desktop-ryukyu-zoom");
  });
});

test("two fingers pinch to zoom", async () => {
  await withMap({ hasTouch: true, width: 390, height: 800 }, async (page) => {
    const before = await baseTransform(page);
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, d) => cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: type === "touchEnd" ? [] : [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }],
    });
    await touch("touchStart", 30);
    for (const d of [40, 50, 60, 70, 80, 90]) await touch("touchMove", d);
    await touch("touchEnd", 0);
    const after = await baseTransform(page);
    const zoom = after.s / before.s;
    assert.ok(zoom > 2.5 && zoom < 3.5, `pinching 60 px apart to 180 px zoomed x${zoom}`);
  });
});

test("the keyboard pans and zooms, and 0 and the reset button go home", async () => {
  await withMap({}, async (page) => {
    const home = await baseTransform(page);
    await page.locator('[data-testid="map"]').focus();
    await page.keyboard.press("ArrowLeft");
    let t = await baseTransform(page);
    assert.ok(Math.abs(t.tx - home.tx - 80) < 0.5, "ArrowLeft shows more of the west");
    await page.keyboard.press("+");
    t = await baseTransform(page);
    assert.ok(Math.abs(t.s / home.s - 1.5) < 1e-6, "+ zooms in x1.5");
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    t = await baseTransform(page);
    assert.ok(t.s < home.s, "- zooms out");
    await page.keyboard.press("0");
    assert.deepEqual(await baseTransform(page), home);
    await page.click('[data-testid="zoom-in"]');
    assert.ok((await baseTransform(page)).s > home.s);
    await page.click('[data-testid="reset-view"]');
    assert.deepEqual(await baseTransform(page), home);
  });
});

test("clicking a site selects it; the true-distance view centres on it", async () => {
  await withMap({}, async (page) => {
    await page.locator('g.site[data-site="yokosuka"] circle.hit').click();
    assert.equal(await page.getAttribute('g.site[data-site="yokosuka"]', "aria-pressed"), "true");
    assert.equal(await page.getAttribute('[data-site-option="yokosuka"]', "aria-pressed"), "true");
    assert.match(await page.textContent('[data-testid="site-detail"]'), /Yokosuka/);
    await page.click('[data-testid="proj-aeqd"]');
    assert.equal(await page.getAttribute('[data-testid="map"]', "data-projection"), "aeqd");
    assert.match(await page.textContent('[data-testid="projection-note"]'), /perfect circle/);
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const site = await markerCentre(page, 'g.site[data-site="yokosuka"]');
    assert.ok(Math.abs(site.x - (box.x + box.width / 2)) < 1.5 && Math.abs(site.y - (box.y + box.height / 2)) < 1.5, "the site is at the centre");
    // Picking another site from the list re-centres the true-distance view on it.
    await page.click('[data-site-option="ishigaki"]');
    const other = await markerCentre(page, 'g.site[data-site="ishigaki"]');
    assert.ok(Math.abs(other.x - (box.x + box.width / 2)) < 1.5, "the new site is at the centre");
    await screenshot(page, "desktop-aeqd");
  });
});

test("a phone-width page fits and the dark theme follows the system", async () => {
  await withMap({ width: 360, height: 740, colorScheme: "dark" }, async (page) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
    const map = await page.locator('[data-testid="map"]').boundingBox();
    assert.ok(map.width >= 340 && map.height >= 300, JSON.stringify(map));
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, "rgb(20, 23, 27)", "dark background");
    await screenshot(page, "phone-dark");
  });
  await withMap({ width: 360, height: 740 }, async (page) => screenshot(page, "phone-light"));
  await withMap({ colorScheme: "dark" }, async (page) => screenshot(page, "desktop-dark"));
});

test("ring labels are readable: clear of the map's buttons, the site and place labels, and each other", async () => {
  for (const [width, height, query] of [[1280, 800, ""], [360, 740, ""], [1280, 800, "?site=okinawa"]]) {
    await withMap({ width, height, query }, async (page) => {
      await page.waitForSelector(".ring-labels text");
      const boxes = await page.evaluate(() => {
        const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height, text: el.textContent }; };
        return {
          map: box(document.querySelector(".map-clip")),
          buttons: box(document.querySelector(".map-controls")),
          rings: [...document.querySelectorAll(".ring-labels text")].map(box),
          markers: [...document.querySelectorAll("g.site text, g.place text, .chain-label")].map(box),
        };
      });
      const what = `${width}x${height}${query}`;
      const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      assert.ok(boxes.rings.length >= (width > 800 ? 6 : 5), `${what}: only ${boxes.rings.map((r) => r.text)}`);
      for (const [i, r] of boxes.rings.entries()) {
        const inside = r.x >= boxes.map.x - 0.5 && r.y >= boxes.map.y - 0.5 && r.x + r.w <= boxes.map.x + boxes.map.w + 0.5 && r.y + r.h <= boxes.map.y + boxes.map.h + 0.5;
        assert.ok(inside, `${what}: "${r.text}" runs off the map`);
        assert.ok(!overlap(r, boxes.buttons), `${what}: "${r.text}" is under the map's buttons`);
        for (const m of boxes.markers) assert.ok(!overlap(r, m), `${what}: "${r.text}" covers the label "${m.text}"`);
        for (const o of boxes.rings.slice(i + 1)) assert.ok(!overlap(r, o), `${what}: "${r.text}" covers "${o.text}"`);
      }
    });
  }
});
