// The embed in the host pages newsrooms use, each on another origin than the map: pym.js's
// own Parent (npm pym.js 1.3.2), an AMP-style host that fits its frame to AMP's embed-size
// message, and our embed.js. Each frame ends at its content's height, after the content grows
// and after it shrinks, and does not keep resizing; pym's parameters raise no notice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDist, servePage, launchBrowser, screenshot } from "./harness.mjs";

const PYM = readFileSync(new URL("../../node_modules/pym.js/dist/pym.v1.min.js", import.meta.url), "utf8");

const ARTICLE = "<p>Article text before the map.</p>";
const VIEW = "?embed=1&source=kyodo-2023";

/** The host pages, each given the map's origin: how it embeds the frame. */
const HOSTS = {
  "pym.js": (map) => `<!doctype html><html><head><title>An article</title></head><body style="margin:0">${ARTICLE}
    <div id="range-claims-map"></div><p>After the map.</p>
    <script>${PYM}</script>
    <script>window.pymParent = new pym.Parent("range-claims-map", "${map}/${VIEW}", {});</script>
    </body></html>`,
  "AMP-style": (map) => `<!doctype html><html><body style="margin:0">${ARTICLE}
    <iframe id="frame" src="${map}/${VIEW}" title="Map" style="width:100%;height:150px;border:0"></iframe>
    <script>
      // What <amp-iframe resizable> does with the frame's request, from its own frame only.
      window.resizes = 0;
      addEventListener("message", (e) => {
        const f = document.getElementById("frame"), d = e.data;
        if (e.source !== f.contentWindow || e.origin !== "${map}") return;
        if (d && d.sentinel === "amp" && d.type === "embed-size" && d.height > 0) {
          f.style.height = d.height + "px";
          window.resizes++;
        }
      });
    </script></body></html>`,
  "embed.js": (map) => `<!doctype html><html><body style="margin:0">${ARTICLE}
    <iframe id="frame" src="${map}/${VIEW}" title="Map" data-range-claims style="width:100%;height:150px;border:0"></iframe>
    <script src="${map}/embed.js"></script></body></html>`,
};

for (const [name, page] of Object.entries(HOSTS)) {
  test(`${name} host page: the frame fits the map as it grows and shrinks, without a resize loop`, async () => {
    const map = await serveDist();
    const host = await servePage(page(map.origin));
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage({ viewport: { width: 420, height: 800 } });
      const errors = [];
      tab.on("pageerror", (e) => errors.push(e.message));
      tab.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      await tab.goto(host.origin);
      const frameEl = tab.locator("iframe").first();
      const frame = tab.frameLocator("iframe");
      // The live map, shown in place of the prerendered view (the app's root loses `booting`
      // in the frame that removes the prerendered blocks), its rings drawn.
      await frame.locator('#app:not(.booting) [data-testid="map"] [data-ring]').first().waitFor({ timeout: 30_000 });
      assert.equal(await frame.locator(".prerender").count(), 0);
      const frameHeight = () => frameEl.evaluate((f) => Math.round(f.getBoundingClientRect().height));
      const contentHeight = () => frame.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
      const fitted = async (what) => {
        let last = [0, 0];
        for (let i = 0; i < 100; i++) {
          last = [await frameHeight(), await contentHeight()];
          if (Math.abs(last[0] - last[1]) <= 1) return last[0];
          await tab.waitForTimeout(100);
        }
        assert.fail(`${what}: frame ${last[0]} px, content ${last[1]} px`);
      };
      const first = await fitted("on load");
      assert.ok(first > 400, `frame grew to the map (${first} px)`);

      // The reach list opens under the map: taller; closed again: back to the first height.
      await frame.locator(".embed-reach summary").click();
      const grown = await fitted("after opening the reach list");
      assert.ok(grown > first + 40, `grew from ${first} to ${grown} px`);
      await screenshot(tab, `host-${name.replace(/\W/g, "")}-grown`);
      await frame.locator(".embed-reach summary").click();
      const shrunk = await fitted("after closing it");
      assert.ok(Math.abs(shrunk - first) <= 1, `shrank back from ${grown} to ${shrunk} px (first ${first})`);

      // No loop: over 5 s the frame keeps its height (and the AMP host gets no more requests).
      const resizesBefore = await tab.evaluate(() => window.resizes ?? 0);
      await tab.waitForTimeout(5000);
      assert.equal(await frameHeight(), shrunk, "the frame kept its height");
      assert.equal(await tab.evaluate(() => window.resizes ?? 0), resizesBefore, "no further resize requests");

      // pym's parameters are taken without a notice and never shown.
      assert.equal(await frame.locator('[data-testid="url-notice"]').count(), 0);
      if (name === "pym.js") {
        const src = await frameEl.getAttribute("src");
        assert.match(src, /childId=range-claims-map/);
        const text = await frame.locator("body").innerText();
        assert.ok(!text.includes("An article") && !text.includes(host.origin), "host parameters are not echoed");
      }
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await Promise.all([map.close(), host.close()]);
    }
  });
}
