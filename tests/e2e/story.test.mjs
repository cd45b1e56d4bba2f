// Stories: a frame with story= shows its steps in turn, moved by its own buttons, by #step=N,
// by the host's messages and by the demo article's scrolling (embed.js); it ignores every
// message that is not a well-formed step from its parent; the Embed dialog builds one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, serveDist, servePage, launchBrowser, screenshot } from "./harness.mjs";

const withMap = mapSuite({ before, after });

/** The demo article's story (public/story-demo.html). */
const DEMO = "source:washington-post-2022;text:The+Washington+Post,+Dec+2022~source:kyodo-2023;text:Kyodo+News,+Oct+2023~compare:kyodo-2023,iuvinale-2024;text:Kyodo+against+Iuvinale~source:washington-times-2026;site:chain;text:From+the+Southwest+Islands~source:washington-times-2026;proj:aeqd;text:True+distances+from+Sasebo";

/** What each demo step shows: its sources' rings, launch point and projection. */
const EXPECT = {
  1: { sources: ["washington-post-2022"], site: "sasebo", proj: "mercator" },
  2: { sources: ["kyodo-2023"], site: "sasebo", proj: "mercator" },
  3: { sources: ["iuvinale-2024", "kyodo-2023"], site: "sasebo", proj: "mercator" },
  4: { sources: ["washington-times-2026"], site: "chain", proj: "mercator" },
  5: { sources: ["washington-times-2026"], site: "sasebo", proj: "aeqd" },
};

/** What the map in `scope` (a page or frame) shows. */
async function shows(scope) {
  return scope.locator("body").evaluate(() => ({
    step: document.querySelector('[data-testid="story-bar"]')?.dataset.step ?? null,
    sources: [...new Set([...document.querySelectorAll("[data-ring]")].map((r) => r.dataset.source))].sort(),
    site: document.querySelector("[data-ring]")?.dataset.site ?? null,
    proj: document.querySelector('[data-testid="map"]').dataset.projection,
    caption: document.querySelector('[data-testid="story-caption"]')?.textContent ?? "",
  }));
}

/** Waits until the map in `scope` shows step `n` of the demo story, fully. */
async function waitForStep(scope, n) {
  const want = EXPECT[n];
  await scope.locator("body").evaluate(async (_, [n, want]) => {
    const t0 = performance.now();
    for (;;) {
      const rings = [...document.querySelectorAll("[data-ring]")];
      const sources = [...new Set(rings.map((r) => r.dataset.source))].sort();
      const ok = document.querySelector('[data-testid="story-bar"]')?.dataset.step === String(n) &&
        JSON.stringify(sources) === JSON.stringify(want.sources) &&
        rings.every((r) => r.dataset.site === want.site) &&
        document.querySelector('[data-testid="map"]').dataset.projection === want.proj;
      if (ok) return;
      if (performance.now() - t0 > 15_000) throw new Error(`step ${n} not shown: ${document.querySelector('[data-testid="story-bar"]')?.dataset.step}, ${sources}`);
      await new Promise((r) => setTimeout(r, 30));
    }
  }, [n, want]);
}

test("a story opens on its first step, and its buttons and #step=N move between steps", async () => {
  await withMap({ width: 390, height: 844, query: `?embed=1&story=${DEMO}` }, async (page) => {
    await waitForStep(page, 1);
    const entries = await page.evaluate(() => history.length);
    assert.equal((await shows(page)).caption, "The Washington Post, Dec 2022");
    assert.ok(await page.locator('[data-testid="story-prev"]').isDisabled());
    await page.click('[data-testid="story-next"]');
    await waitForStep(page, 2);
    // The frame's address follows (replacing its entry); reloaded, it opens on that step.
    await page.waitForFunction(() => new URLSearchParams(location.search).get("source") === "kyodo-2023");
    await page.reload();
    await page.waitForSelector("#app:not(.booting)", { timeout: 30_000 });
    await waitForStep(page, 2);
    await page.click('[data-testid="story-next"]');
    await waitForStep(page, 3);
    // Rings that went fade out as copies, which nothing mistakes for a ring, and are gone.
    await page.waitForFunction(() => !document.querySelector("g.ring-ghosts > *"), null, { timeout: 3_000 });
    await screenshot(page, "story-step-3-phone");
    await page.evaluate(() => { location.hash = "step=5"; });
    await waitForStep(page, 5);
    assert.ok(await page.locator('[data-testid="story-next"]').isDisabled());
    await page.click('[data-testid="story-prev"]');
    await waitForStep(page, 4);
    // A reader's own choice leaves the step: the bar says so, and the arrows lead back.
    await page.click('[data-source="kyodo-2023"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="story-bar"]').dataset.step === "");
    assert.match(await page.textContent('[data-testid="story-bar"]'), /Step 4 of 5, changed/);
    await page.click('[data-testid="story-next"]');
    await waitForStep(page, 5);
    // The steps and the reader's choice added no history entries to the article's page (the
    // test's own move to #step=5 added one).
    assert.equal(await page.evaluate(() => history.length), entries + 1);
  });
});

test("#step=N opens a story on that step, and with reduced motion each step shows at once", async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${server.origin}/?embed=1&story=${DEMO}#step=3`);
    await page.waitForSelector("#app:not(.booting)", { timeout: 30_000 });
    await waitForStep(page, 3);
    await page.click('[data-testid="story-next"]');
    // No fade: the rings that went are not even copied.
    await waitForStep(page, 4);
    assert.equal(await page.locator("g.ring-ghosts > *").count(), 0);
    assert.equal(await page.locator(".ring-entering").count(), 0);
  } finally {
    await browser.close();
    await server.close();
  }
});

test("the demo article drives its map as the reader scrolls: forwards, backwards and in a fling", async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    for (const [width, height, name] of [[1280, 800, "desktop"], [390, 844, "phone"]]) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      await page.goto(`${server.origin}/story-demo.html`);
      const frame = page.frameLocator("#story-map");
      await frame.locator("#app:not(.booting)").waitFor({ timeout: 30_000 });
      await waitForStep(frame, 1);
      // Puts step n's text across the middle of the window, as a reader scrolling does.
      const readStep = (n) => page.evaluate((n) => {
        const el = document.querySelector(`[data-range-claims-step="${n}"]`);
        const r = el.getBoundingClientRect();
        scrollBy(0, r.top + Math.min(r.height, innerHeight) / 2 - innerHeight / 2 + 1);
      }, n);
      for (const n of [1, 2, 3, 4, 5]) {
        await readStep(n);
        await waitForStep(frame, n);
        if (n === 3 || n === 5) await screenshot(page, `story-demo-${name}-step-${n}`);
      }
      for (const n of [4, 3, 2, 1]) {
        await readStep(n);
        await waitForStep(frame, n);
      }
      // A fling: many quick wheel turns, ending wherever they end; the map follows.
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
      // Wait for the page to come to rest before asking where it stopped.
      await page.evaluate(async () => {
        let last = -1;
        while (scrollY !== last) {
          last = scrollY;
          await new Promise((r) => setTimeout(r, 300));
        }
      });
      const at = await page.evaluate(() => {
        const mid = innerHeight / 2;
        let pick = 1;
        for (const el of document.querySelectorAll("[data-range-claims-step]")) {
          if (el.getBoundingClientRect().top <= mid) pick = Number(el.dataset.rangeClaimsStep);
        }
        return pick;
      });
      await waitForStep(frame, at);
      // And straight back to the top in one jump, mid-move.
      await readStep(5);
      await page.evaluate(() => scrollTo(0, 0));
      await waitForStep(frame, 1);
      // The frame is sticky: it keeps its height, not the content's.
      const h = await page.$eval("#story-map", (f) => f.getBoundingClientRect().height);
      assert.ok(h <= height, `frame ${h} px high in a ${height} px window`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
});

/** Over 100 messages that are not a well-formed step message for a 5-step story. */
function hostileMessages() {
  const big = "x".repeat(200_000);
  const list = [
    null, undefined, 0, 1, 3, NaN, Infinity, -1, true, false, "", "3", big, "range-claims:step",
    "pymxPYMxmapxPYMxheightxPYMx100", [], [3], [{ type: "range-claims:step", step: 3 }], {},
    { type: "range-claims:step" }, { type: "range-claims:step", step: null },
    { type: "range-claims:step", step: NaN }, { type: "range-claims:step", step: Infinity },
    { type: "range-claims:step", step: -Infinity }, { type: "range-claims:step", step: 0 },
    { type: "range-claims:step", step: -1 }, { type: "range-claims:step", step: 6 },
    { type: "range-claims:step", step: 99999 }, { type: "range-claims:step", step: 2.5 },
    { type: "range-claims:step", step: 1e308 }, { type: "range-claims:step", step: -0.5 },
    { type: "range-claims:step", step: "" }, { type: "range-claims:step", step: "3.0" },
    { type: "range-claims:step", step: "0x3" }, { type: "range-claims:step", step: " 9 " },
    { type: "range-claims:step", step: "3e0" }, { type: "range-claims:step", step: big },
    { type: "range-claims:step", step: "<script>alert(1)</script>" },
    { type: "range-claims:step", step: "javascript:alert(1)" },
    { type: "range-claims:step", step: [3] }, { type: "range-claims:step", step: { valueOf: 3 } },
    { type: "range-claims:step", step: true }, { type: "range-claims:step", step: 3n },
    { type: "range-claims:step", step: new Date(3) }, { type: "range-claims:step", step: new Map([[3, 3]]) },
    { type: "RANGE-CLAIMS:STEP", step: 3 }, { type: " range-claims:step", step: 3 },
    { type: "range-claims:step ", step: 3 }, { type: "range-claims:steps", step: 3 },
    { type: "range-claims:height", height: 10 }, { type: "range-claims:state", query: "source=kyodo-2023", step: 3 },
    { type: "range-claims:ready" }, { type: big, step: 3 }, { type: ["range-claims:step"], step: 3 },
    { type: 3, step: 3 }, { type: null, step: 3 }, { sentinel: "amp", type: "embed-size", height: 5 },
    { type: "range-claims:step", step: 3, a: 1, b: 2, c: 3 },
    JSON.parse('{"__proto__":{"step":3,"polluted":1},"type":"range-claims:step"}'),
    Object.assign(Object.create({ step: 3 }), { type: "range-claims:step" }),
    JSON.parse('{"__proto__":{"polluted":1},"type":"range-claims:step","step":"x"}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":1}},"type":"range-claims:height"}'),
    { type: "range-claims:step", step: "3", query: "source=<img src=x onerror=alert(1)>" },
    { type: "range-claims:set", query: "source=kyodo-2023" }, { query: "source=kyodo-2023" },
    { type: "range-claims:step", step: "１" }, { type: "range-claims:step", step: "٣" },
    { type: "range-claims:step", step: "3;4" }, { type: "range-claims:step", step: "3&step=4" },
    new Uint8Array(1000), new ArrayBuffer(16), new Date(), /step/,
  ];
  for (let i = 0; list.length < 120; i++) {
    list.push({ type: "range-claims:step", step: [-(i + 10), i + 6, `${i}x`, `-${i}`, i + 0.25][i % 5] });
  }
  return list;
}

test("the frame takes steps only from its parent, and 100+ hostile messages change nothing", async () => {
  const map = await serveDist();
  const stranger = await servePage(`<script>
    addEventListener("message", (e) => {
      if (e.data !== "go") return;
      const target = parent.frames[0];
      target.postMessage({ type: "range-claims:step", step: 3 }, "*");
      target.postMessage({ type: "range-claims:step", step: "2" }, "*");
      parent.postMessage("sent", "*");
    });
  </script>`);
  const host = await servePage(`<!doctype html><html><body style="margin:0">
    <iframe id="map" src="${map.origin}/?embed=1&story=${DEMO}" title="Map" style="width:100%;height:900px;border:0"></iframe>
    <iframe id="stranger" src="${stranger.origin}/" title="Other" style="width:10px;height:10px;border:0"></iframe>
    <script>
      window.states = [];
      addEventListener("message", (e) => {
        if (e.source === document.getElementById("map").contentWindow && e.data && e.data.type === "range-claims:state") window.states.push(e.data);
        if (e.data === "sent") window.strangerSent = true;
      });
    </script></body></html>`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.goto(host.origin);
    const frame = page.frameLocator("#map");
    await frame.locator("#app:not(.booting)").waitFor({ timeout: 30_000 });
    await waitForStep(frame, 1);
    await page.waitForFunction(() => window.states.some((s) => s.step === 1), null, { timeout: 10_000 });
    const before = await shows(frame);

    // From the host itself: every hostile message.
    const sent = await page.evaluate(`(${hostileMessages.toString()})().map((m) => {
      try { document.getElementById("map").contentWindow.postMessage(m, "*"); return 1; } catch (e) { return 0; }
    }).reduce((a, b) => a + b, 0)`);
    assert.ok(sent >= 100, `${sent} messages sent`);
    // From a third origin: well-formed step messages, which are not from the parent.
    await page.evaluate(() => document.getElementById("stranger").contentWindow.postMessage("go", "*"));
    await page.waitForFunction(() => window.strangerSent === true);
    await page.waitForTimeout(1_000);
    assert.deepEqual(await shows(frame), before, "nothing changed");
    assert.equal(await frame.locator("body").evaluate(() => ({}).polluted), undefined);
    assert.ok(await frame.locator('[data-testid="map"]').isVisible());

    // The parent's well-formed message still works, as a number or a string, and is reported.
    await page.evaluate(() => document.getElementById("map").contentWindow.postMessage({ type: "range-claims:step", step: 4 }, "*"));
    await waitForStep(frame, 4);
    await page.waitForFunction(() => window.states.some((s) => s.step === 4 && /site=chain/.test(s.query)), null, { timeout: 5_000 });
    await page.evaluate(() => document.getElementById("map").contentWindow.postMessage({ type: "range-claims:step", step: "2" }, "*"));
    await waitForStep(frame, 2);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await Promise.all([map.close(), stranger.close(), host.close()]);
  }
});

test("the editor builds a story: add views, caption, reorder, remove, preview a step; its snippet plays it", async () => {
  await withMap.editor({ query: "?source=kyodo-2023" }, async (page) => {
    await page.click('[data-testid="story-add"]');
    await page.selectOption('[data-testid="view-source"]', "iuvinale-2024");
    await page.selectOption('[data-testid="view-projection"]', "aeqd");
    await page.click('[data-testid="story-add"]');
    const steps = page.locator('[data-testid="story-step"]');
    assert.equal(await steps.count(), 2);
    assert.match(await steps.nth(0).textContent(), /Kyodo News · from Sasebo/);
    assert.match(await steps.nth(1).textContent(), /G e N Iuvinale/);
    await steps.nth(1).locator('[data-testid="story-step-caption"]').fill("The blog's ~ maximum");
    await steps.nth(1).locator('[data-testid="story-step-up"]').click();
    assert.match(await steps.nth(0).textContent(), /Iuvinale/);
    assert.equal(await steps.nth(0).locator('[data-testid="story-step-caption"]').inputValue(), "The blog's ~ maximum");
    const code = await page.inputValue('[data-testid="embed-snippet"]');
    assert.match(code, /\?embed=1&amp;lang=en&amp;story=source:iuvinale-2024;[^"]*text:The\+blog%27s\+-\+maximum~source:kyodo-2023"/);
    assert.match(code, /data-range-claims-step="1"/);
    // Clicking a step shows it in the preview, captioned.
    await steps.nth(1).locator('[data-testid="story-step-preview"]').click();
    const frame = page.frameLocator('iframe[data-testid="preview"]');
    await frame.locator('[data-testid="story-bar"][data-step="2"]').waitFor({ timeout: 30_000 });
    assert.equal(await steps.nth(1).getAttribute("data-previewed"), "true");
    await screenshot(page, "desktop-editor-story");
    const src = code.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&");
    // The built-in story, and removing steps.
    await page.click('[data-testid="story-builtin"]');
    assert.equal(await steps.count(), 4);
    assert.match(await steps.nth(0).locator('[data-testid="story-step-caption"]').inputValue(), /^The Washington Post, Dec 2022: Tomahawk 1,000-mile-plus$/);
    for (let i = 0; i < 4; i++) await steps.nth(0).locator('[data-testid="story-step-remove"]').click();
    assert.equal(await steps.count(), 0);
    assert.doesNotMatch(await page.inputValue('[data-testid="embed-snippet"]'), /story=/);
    // The snippet's frame address opens on the first step, captioned.
    await page.goto(src);
    await page.waitForSelector("#app:not(.booting)", { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="story-bar"]')?.dataset.step === "1");
    assert.equal(await page.textContent('[data-testid="story-caption"]'), "The blog's - maximum");
    assert.deepEqual((await shows(page)).sources, ["iuvinale-2024"]);
  });
});

test("steps given faster than the map eases, in any order, end on the last step's own view", async () => {
  const story = "source:kyodo-2023;view:30,130,5~source:iuvinale-2024;view:25,125,6~source:all;view:36,138,4.5";
  await withMap({ query: `?story=${story}` }, async (page) => {
    await page.waitForFunction(() => /view=30\.0000,130\.0000,5\.00/.test(location.search), null, { timeout: 5_000 });
    for (const n of [2, 3, 1, 3, 2]) {
      await page.evaluate((n) => { location.hash = `step=${n}`; }, n);
      await page.waitForTimeout(120);
    }
    // The move takes 600 ms and the address follows the view once it rests.
    await page.waitForFunction(() => /view=25\.0000,125\.0000,6\.00/.test(location.search), null, { timeout: 5_000 });
    const sources = await page.evaluate(() => [...new Set([...document.querySelectorAll("[data-ring]")].map((r) => r.dataset.source))]);
    assert.deepEqual(sources, ["iuvinale-2024"]);
    assert.equal(await page.getAttribute('[data-testid="story-bar"]', "data-step"), "2");
    // Drawn for that view, with no preview transform left on the map.
    assert.equal(await page.$eval('[data-testid="map"]', (m) => m.style.transform), "");
  });
});
