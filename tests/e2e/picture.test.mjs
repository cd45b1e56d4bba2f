// The one picture renderer's SVG (src/picture, written by the export command) in Chromium:
// drawn as an <img>, it matches resvg's PNG of the same file pixel for pixel outside the text
// (the text is set by each in its own fonts, so it is masked), and shows the island chain and
// the rings. The command's files need no built page (they are loaded into a blank page); the
// last test downloads the SVG from the built editor and has resvg, librsvg and Inkscape draw
// that same file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { launchBrowser, openEditor, previewLive, serveDist } from "./harness.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;

/** The export command: the one `cargo test` built, else the release one, else built now. */
function exportBin() {
  for (const profile of ["debug", "release"]) {
    const bin = `${ROOT}target/${profile}/export`;
    if (existsSync(bin)) return bin;
  }
  execFileSync("cargo", ["build", "--quiet", "--bin", "export"], { cwd: ROOT, stdio: "inherit" });
  return `${ROOT}target/debug/export`;
}

/** Runs the export command, returning its output. */
function run(args) {
  return execFileSync(exportBin(), args, { cwd: ROOT, maxBuffer: 256 << 20 });
}

/**
 * How far Chromium's drawing may depart from resvg's outside the text: anti-aliasing along
 * the edges of lines differs between the two rasterisers, so a pixel counts as different only
 * past MAX_CHANNEL_DIFF (of 255) in some channel, and at most MAX_DIFFERENT_SHARE of the
 * compared pixels may; the mean difference over every compared channel stays under MAX_MEAN.
 */
const MAX_CHANNEL_DIFF = 64;
const MAX_DIFFERENT_SHARE = 0.01;
const MAX_MEAN = 2.0;
/** Margin around each text's box, in px, left out of the comparison (halo and font widths). */
const TEXT_MARGIN_PX = 4;

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/**
 * Chromium's drawing of `svg` against another renderer's `png` of it (resvg's, unless said),
 * outside the text, and what the drawing shows: pixel counts of the chain's and the first
 * source's colours, rings drawn.
 */
async function compareDrawings(svg, png) {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><html><body style='margin:0'></body></html>");
  const result = await page.evaluate(async ({ svg, pngBase64, margin, maxDiff }) => {
    const load = (src) => new Promise((ok, fail) => {
      const img = new Image();
      img.onload = () => ok(img);
      img.onerror = () => fail(new Error(`not drawn: ${src.slice(0, 40)}`));
      img.src = src;
    });
    const svgUrl = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    const chrome = await load(svgUrl);
    const resvg = await load(`data:image/png;base64,${pngBase64}`);
    const [w, h] = [resvg.naturalWidth, resvg.naturalHeight];
    const pixels = (img) => {
      const canvas = document.createElement("canvas");
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext("2d");
      ctx.drawImage(img, 0, 0, w, h);
      return ctx.getImageData(0, 0, w, h).data;
    };
    const a = pixels(chrome), b = pixels(resvg);
    // The text's boxes, from the same file placed inline.
    const holder = document.createElement("div");
    holder.innerHTML = svg;
    document.body.append(holder);
    const masked = new Uint8Array(w * h);
    for (const t of holder.querySelectorAll("text")) {
      const box = t.getBBox();
      const m = margin;
      // Widened by a tenth too: the fonts' widths differ a little.
      const x0 = Math.max(0, Math.floor(box.x - m - box.width * 0.1));
      const x1 = Math.min(w, Math.ceil(box.x + box.width * 1.1 + m));
      const y0 = Math.max(0, Math.floor(box.y - m)), y1 = Math.min(h, Math.ceil(box.y + box.height + m));
      for (let y = y0; y < y1; y++) masked.fill(1, y * w + x0, y * w + x1);
    }
    let compared = 0, different = 0, sum = 0;
    for (let i = 0; i < w * h; i++) {
      if (masked[i]) continue;
      compared++;
      let worst = 0;
      for (let c = 0; c < 3; c++) {
        const d = Math.abs(a[4 * i + c] - b[4 * i + c]);
        sum += d;
        worst = Math.max(worst, d);
      }
      if (worst > maxDiff) different++;
    }
    // Pixels of a colour in Chromium's drawing (within 20 a channel).
    const count = (hex) => {
      const [r, g, bl] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
      let n = 0;
      for (let i = 0; i < w * h; i++) {
        if (Math.abs(a[4 * i] - r) < 20 && Math.abs(a[4 * i + 1] - g) < 20 && Math.abs(a[4 * i + 2] - bl) < 20) n++;
      }
      return n;
    };
    const root = holder.querySelector("svg");
    const theme = root.getAttribute("data-theme");
    const chain = theme === "dark" ? "#ff8a80" : "#b3261e";
    const firstSource = theme === "dark" ? "#56b4e9" : "#0072b2";
    return {
      w, h, compared, different, mean: sum / (compared * 3), masked: w * h - compared,
      chainPixels: count(chain), ringPixels: count(firstSource),
      rings: root.querySelectorAll("[data-ring]").length,
    };
  }, { svg, pngBase64: png.toString("base64"), margin: TEXT_MARGIN_PX, maxDiff: MAX_CHANNEL_DIFF });
  await page.close();
  return result;
}

/** The tolerances above, and that the picture shows the chain and its `rings`. */
function assertDrawnAlike(result, rings) {
  assert.ok(result.compared > result.w * result.h * 0.5, `most of the picture is compared: ${JSON.stringify(result)}`);
  assert.ok(result.different / result.compared <= MAX_DIFFERENT_SHARE,
    `${result.different} of ${result.compared} pixels differ by more than ${MAX_CHANNEL_DIFF}`);
  assert.ok(result.mean <= MAX_MEAN, `mean difference ${result.mean.toFixed(2)}`);
  assert.ok(result.chainPixels > 200, `the island chain is drawn: ${result.chainPixels} px`);
  assert.ok(result.ringPixels > 200, `the rings are drawn: ${result.ringPixels} px`);
  assert.equal(result.rings, rings);
}

for (const [name, args] of [
  ["light, English, all sources from Sasebo", ["--source", "all"]],
  ["dark, Japanese, the chain in true distance", ["--query", "site=chain&proj=aeqd&theme=dark&lang=ja"]],
]) {
  test(`Chromium draws the picture as resvg does outside the text (${name})`, async () => {
    const svg = run(["image", "--format", "svg", ...args]).toString("utf8");
    const png = run(["image", "--format", "png", "--scale", "1", ...args]);
    const result = await compareDrawings(svg, png);
    mkdirSync(`${ROOT}target/screenshots`, { recursive: true });
    writeFileSync(`${ROOT}target/screenshots/picture-${args.join("-").replace(/[^a-z0-9-]+/gi, "_")}.json`,
      JSON.stringify(result, null, 2));
    assertDrawnAlike(result, 7);
  });
}

test("the SVG a journalist downloads from the editor draws in Chromium as resvg, librsvg and Inkscape draw that same file", async () => {
  const srv = await serveDist();
  try {
    const { page, context } = await openEditor(browser, srv.origin, {});
    // The full width's preview: a map wide enough that its text is not most of the picture.
    await page.click('[data-testid="preview-width"] button[data-width="1280"]');
    await previewLive(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="download-svg"]')]);
    const file = `${ROOT}target/screenshots/editor-download.svg`;
    mkdirSync(`${ROOT}target/screenshots`, { recursive: true });
    await download.saveAs(file);
    await context.close();
    const svg = readFileSync(file, "utf8");
    // resvg's drawing of exactly that file, with the bundled fonts (`export rasterise`).
    const png = run(["rasterise", file, "--scale", "1"]);
    const result = await compareDrawings(svg, png);
    writeFileSync(`${ROOT}target/screenshots/picture-editor-download.json`, JSON.stringify(result, null, 2));
    assertDrawnAlike(result, 7);
    // And as librsvg (a CMS's thumbnails) and Inkscape (a print desk) draw it, each with its
    // own fonts: the same tolerances outside the text.
    const others = {
      librsvg: () => execFileSync("rsvg-convert", [file]),
      inkscape: () => execFileSync("inkscape", [file, "--export-type=png", "--export-filename=-"], { stdio: ["ignore", "pipe", "ignore"] }),
    };
    for (const [reader, draw] of Object.entries(others)) {
      const theirs = await compareDrawings(svg, draw());
      writeFileSync(`${ROOT}target/screenshots/picture-editor-download-${reader}.json`, JSON.stringify(theirs, null, 2));
      assertDrawnAlike(theirs, 7);
    }
  } finally {
    await srv.close();
  }
});
