// Downloads, in the editor: the previewed view as SVG and PNG with title, legend, sources and
// credit, and its rings as GeoJSON.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { mapSuite, previewLive } from "./harness.mjs";

const withMap = mapSuite({ before, after });

/** The editor's preview frame. */
const preview = (page) => page.frameLocator('iframe[data-testid="preview"]');

async function downloaded(page, testid) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid="${testid}"]`)]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test("the view downloads as an SVG that parses and carries title, legend, sources and credit", async () => {
  await withMap.editor({ query: "?source=washington-times-2026" }, async (page) => {
    // At full width, where the file's lines have room (at a phone's they wrap).
    await page.click('[data-testid="preview-width"] button[data-width="1280"]');
    await previewLive(page);
    const { name, bytes } = await downloaded(page, "download-svg");
    assert.equal(name, "range-map-washington-times-2026-sasebo.svg");
    const svg = bytes.toString("utf8");
    await writeFile("target/screenshots/export.svg", svg);
    // Parsed as XML by the browser, in a blank page.
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        title: doc.querySelector("svg > title")?.textContent,
        rings: doc.querySelectorAll("[data-ring]").length,
        texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
      };
    }, svg);
    await blank.close();
    assert.equal(parsed.error, null);
    assert.equal(parsed.title, "How far can Japan's new missiles reach?");
    assert.equal(parsed.rings, 4);
    const all = parsed.texts.join("\n");
    assert.match(all, /900 mi ≈ 1,448 km · Tomahawk Block IV — The Washington Times, about Jan 2026/);
    assert.match(all, /Sources: The Washington Times \(Bill Gertz, about Jan 2026\)/);
    assert.match(all, /Base map: Natural Earth/);
    assert.match(all, /rings\s+from Sasebo/);
    // Plain SVG for Illustrator, Inkscape and librsvg: nothing only a browser reads.
    for (const browserOnly of ["var(", "light-dark(", "vector-effect", "<style", "class="]) {
      assert.ok(!svg.includes(browserOnly), `the file holds ${browserOnly}`);
    }
  });
});

test("the view downloads as a PNG at twice the screen's resolution", async () => {
  await withMap.editor({}, async (page) => {
    await page.click('[data-testid="preview-width"] button[data-width="640"]');
    const { name, bytes } = await downloaded(page, "download-png");
    assert.equal(name, "range-map-all-sasebo.png");
    assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "PNG signature");
    const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20);
    // The preview's map, at its own size (the frame is not scaled at 640 px in a 1280 px window).
    const map = await preview(page).locator('[data-testid="map"]').evaluate((m) => {
      const r = m.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
    assert.equal(width, Math.round(map.width) * 2);
    assert.ok(height > Math.round(map.height) * 2, `${height} px tall: the map plus title and legend`);
    await writeFile("target/screenshots/export.png", bytes);
    assert.match(await page.textContent('[data-testid="export-status"]'), /PNG downloaded/);
  });
});

test("the shown rings download as RFC 7946 GeoJSON with the claim behind each", async () => {
  await withMap.editor({}, async (page) => {
    // Chosen in the preview itself: the download is of what the preview shows.
    await preview(page).locator('button[data-source="washington-times-2026"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="view-source"]').value === "washington-times-2026");
    await page.selectOption('[data-testid="view-site"]', "chain");
    await previewLive(page);
    const { name, bytes } = await downloaded(page, "download-geojson");
    assert.equal(name, "range-rings-washington-times-2026-chain.geojson");
    const fc = JSON.parse(bytes.toString("utf8"));
    assert.equal(fc.type, "FeatureCollection");
    assert.equal(fc.features.length, 4);
    const iv = fc.features.find((f) => f.properties.figure_as_printed === "900 mi");
    for (const key of ["source", "outlet", "date", "system", "variant", "qualifier", "min_km", "max_km", "site", "launch_lat_deg", "launch_lon_deg", "quote"]) {
      assert.ok(key in iv.properties, `no ${key}`);
    }
    assert.equal(iv.properties.site, "chain");
    assert.equal(iv.properties.outlet, "The Washington Times");
    assert.match(iv.properties.quote, /900 miles/);
    assert.ok(["Polygon", "MultiPolygon"].includes(iv.geometry.type));
    // Right-hand rule: the outer ring runs counter-clockwise (positive shoelace area).
    const outer = iv.geometry.type === "Polygon" ? iv.geometry.coordinates[0] : iv.geometry.coordinates[0][0];
    let area = 0;
    for (let i = 0; i + 1 < outer.length; i++) area += outer[i][0] * outer[i + 1][1] - outer[i + 1][0] * outer[i][1];
    assert.ok(area > 0, "counter-clockwise exterior");
    assert.deepEqual(outer[0], outer.at(-1));
  });
});

test("the downloaded SVG, loaded as an image, shows the chain and the rings in the theme's colours", async () => {
  await withMap.editor({ query: "?source=washington-times-2026&theme=dark" }, async (page) => {
    await page.click('[data-testid="preview-width"] button[data-width="640"]');
    await previewLive(page);
    const { bytes } = await downloaded(page, "download-svg");
    const blank = await page.context().newPage();
    // Counts the pixels near each colour once the file is drawn as an <img> on a canvas.
    const counts = await blank.evaluate(async (text) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      const near = (r, g, b) => {
        let n = 0;
        for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - r) + Math.abs(px[i + 1] - g) + Math.abs(px[i + 2] - b) < 30) n++;
        return n;
      };
      // Dark theme: the chain (#ff8a80), The Washington Times' rings (--s2, #ff8f5a), the sea.
      return { width: img.naturalWidth, chain: near(0xff, 0x8a, 0x80), rings: near(0xff, 0x8f, 0x5a), sea: near(0x0f, 0x1c, 0x28) };
    }, bytes.toString("utf8"));
    await blank.close();
    assert.ok(counts.width > 0, "the file draws as an image");
    assert.ok(counts.sea > 10_000, `dark sea: ${counts.sea} px`);
    assert.ok(counts.chain > 50, `the chain: ${counts.chain} px`);
    assert.ok(counts.rings > 200, `the rings: ${counts.rings} px`);
  });
});
