// The interface in Japanese: chosen by the URL, by the switch or by the browser's language;
// every word a reader reads is Japanese except the quotes (kept as printed, marked lang="en")
// and proper names; switching keeps every other choice, and shared links carry the language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, settled, screenshot, previewLive } from "./harness.mjs";

const withMap = mapSuite({ before, after });

/** Proper names and formats a Japanese page keeps in Latin letters. */
const PROPER_NAMES = [
  "The Washington Times", "The Washington Post", "Bill Gertz", "Ellen Nakashima", "G e N Iuvinale",
  "Fox News", "Natural Earth", "world-atlas", "WGS84", "Karney", "GeoJSON", "SVG", "PNG", "English",
  "Yokosuka Naval Base", "MSDF", "JMSDF Maizuru Naval Base", "Kure, Hiroshima", "Wikipedia", "Takaha", "VLS", "LOA",
];

/**
 * The words of three letters or more in Latin script that the page shows outside quotes
 * (`[lang=en]`), code and the proper names above, in its main regions.
 */
async function englishLeft(page) {
  return page.evaluate((names) => {
    const regions = document.querySelectorAll("header, main, .comparisons, footer");
    const words = new Set();
    for (const region of regions) {
      const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('[lang="en"], code, textarea, script, style, [hidden], dialog:not([open])')) continue;
        if (!el.checkVisibility?.({ visibilityProperty: true }) && el.getClientRects().length === 0) continue;
        let text = node.textContent;
        for (const n of names) text = text.split(n).join(" ");
        for (const w of text.match(/[A-Za-z]{3,}/g) ?? []) words.add(w);
      }
    }
    return [...words];
  }, PROPER_NAMES);
}

test("?lang=ja shows the page in Japanese, with quotes as printed in English", async () => {
  await withMap({ query: "?lang=ja" }, async (page) => {
    await settled(page);
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    assert.equal(await page.title(), "日本の新たなミサイルはどこまで届くのか");
    assert.deepEqual(await englishLeft(page), []);
    // Quotes stay exactly as printed, marked as English.
    const quote = page.locator('[data-legend-claim="kyodo-tomahawk"] blockquote');
    assert.equal(await quote.getAttribute("lang"), "en");
    assert.match(await quote.textContent(), /about 1,600\s+kilometers/);
    // The figure as printed, in Japanese word order, beside its conversion.
    assert.match(await page.textContent('[data-legend-claim="kyodo-tomahawk"] .figure'), /約1,600キロ/);
    assert.match(await page.textContent('[data-legend-claim="wt-tomahawk-block-iv"] .figure'), /900マイル ≈1,448キロ/);
    // Dates, site and chain names in Japanese.
    assert.match(await page.textContent('[data-source="kyodo-2023"]'), /共同通信\s*2023年10月/);
    assert.match(await page.textContent('[data-source="washington-times-2026"]'), /2026年1月ごろ/);
    assert.match(await page.textContent('[data-testid="site-detail"]'), /佐世保/);
    assert.match(await page.textContent('[data-testid="map"]'), /第1列島線/);
    // Ring labels on the map follow the language.
    assert.match(await page.textContent('[data-testid="map"]'), /約1,600キロ/);
    await screenshot(page, "ja-1280");
  });
  await withMap({ query: "?lang=ja", width: 360, height: 740 }, async (page) => {
    await settled(page);
    assert.deepEqual(await englishLeft(page), []);
    await screenshot(page, "ja-360");
  });
});

test("in compare mode, the reach list and the errors, Japanese stays Japanese", async () => {
  await withMap({ query: "?lang=ja&site=okinawa" }, async (page) => {
    await page.click('[data-source="compare"]');
    await settled(page);
    assert.deepEqual(await englishLeft(page), []);
    await page.fill('[data-testid="coord-lat"]', "x");
    await page.click('[data-testid="coord-go"]');
    assert.match(await page.textContent('[data-testid="coord-error"]'), /緯度の「x」は数字ではありません/);
    assert.deepEqual(await englishLeft(page), []);
  });
});

test("switching language keeps every other choice and goes into the URL", async () => {
  await withMap({ query: "?source=washington-times-2026&site=okinawa&unit=mi" }, async (page) => {
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await page.click('[data-testid="language-switch"] [data-lang="ja"]');
    await page.waitForFunction(() => document.documentElement.lang === "ja");
    await settled(page);
    assert.equal(await page.getAttribute('[data-source="washington-times-2026"]', "aria-pressed"), "true");
    assert.equal(await page.getAttribute('[data-site-option="okinawa"]', "aria-pressed"), "true");
    assert.equal(await page.getAttribute('[data-testid="unit-mi"]', "aria-pressed"), "true");
    assert.equal(await page.getAttribute('[data-testid="language-switch"] [data-lang="ja"]', "aria-pressed"), "true");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("lang") === "ja");
    const q = new URLSearchParams(new URL(page.url()).search);
    assert.equal(q.get("source"), "washington-times-2026");
    assert.equal(q.get("site"), "okinawa");
    assert.equal(q.get("unit"), "mi");
    assert.match(await page.textContent("h1"), /日本の新たなミサイル/);
    // And back.
    await page.click('[data-testid="language-switch"] [data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === "en");
    assert.match(await page.textContent("h1"), /How far can Japan's new missiles reach/);
    assert.equal(await page.getAttribute('[data-source="washington-times-2026"]', "aria-pressed"), "true");
  });
});

test("a browser that prefers Japanese gets Japanese; the embed code and a copied link carry it", async () => {
  await withMap({ locale: "ja-JP" }, async (page) => {
    await page.waitForFunction(() => document.documentElement.lang === "ja");
    assert.match(await page.textContent("h1"), /日本の新たなミサイル/);
    // The address is left alone: the browser's language is not a choice to write down.
    assert.equal(new URL(page.url()).searchParams.get("lang"), null);
    // Copying the link writes the language into it, so the link opens in Japanese anywhere.
    await page.click('[data-testid="copy-link"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get("lang") === "ja");
    // The editor, opened from the map, is in Japanese, and so is the embed it makes.
    await page.click('[data-testid="open-editor"]');
    await page.waitForURL(/editor\.html/);
    await previewLive(page);
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    assert.match(await page.textContent("h1"), /射程地図の埋め込み/);
    const code = await page.inputValue('[data-testid="embed-snippet"]');
    assert.match(code, /[?&;]lang=ja/);
    // The frame's title, which the article's readers hear, is in the map's language too.
    assert.match(code, /title="インタラクティブ地図：日本の新たなミサイルはどこまで届くのか/);
    // The still image to download is the Japanese one, drawn at build time, and it loads.
    assert.equal(await page.getAttribute('[data-testid="embed-still"]', "src"), "static/ja/map-all.png");
    await page.waitForFunction(() => document.querySelector('[data-testid="embed-still"]').naturalWidth > 0);
    // The preview is the Japanese page.
    const frame = page.frameLocator('iframe[data-testid="preview"]');
    assert.equal(await frame.locator("html").getAttribute("lang"), "ja");
    await screenshot(page, "lang-ja-editor");
  });
  // A browser preferring English over Japanese stays English.
  await withMap({ locale: "en-GB" }, async (page) => {
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.match(await page.textContent("h1"), /How far/);
  });
});

test("in Japanese, the note on a bad setting in the address says why in Japanese", async () => {
  await withMap({ query: "?lang=ja&unit=furlong&site=95,129" }, async (page) => {
    const notice = page.locator('[data-testid="url-notice"]');
    assert.match(await notice.textContent(), /単位はkm、mi、nmiのいずれかで指定します/);
    assert.match(await notice.textContent(), /緯度/);
    assert.deepEqual(await englishLeft(page), []);
  });
});

test("in Japanese, the built-in story's captions, the editor's steps and a wrong story's note are Japanese", async () => {
  await withMap({ query: "?lang=ja&story=claims-over-time" }, async (page) => {
    const caption = page.locator('[data-testid="story-caption"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="story-caption"]')?.textContent.length > 0);
    assert.equal(await caption.textContent(), "ワシントン・ポスト（2022年12月）：トマホーク 1,000マイル以上");
    await page.click('[data-testid="story-next"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="story-caption"]').textContent.startsWith("共同通信"));
    assert.match(await caption.textContent(), /約1,600キロ/);
  });
  await withMap.editor({ query: "?lang=ja&story=claims-over-time" }, async (page) => {
    const steps = page.locator('[data-testid="story-step"]');
    assert.equal(await steps.count(), 4, "the map's story comes into the editor");
    await page.click('[data-testid="story-builtin"]');
    const views = await page.locator('[data-testid="story-step"] .story-step-view').allTextContents();
    assert.equal(views[0], "ワシントン・ポスト／佐世保から／メルカトル");
    assert.equal(await page.inputValue('[data-testid="story-step-caption"] >> nth=1'),
      "共同通信（2023年10月）：トマホーク ブロックIV・V 約1,600キロ");
    await screenshot(page, "lang-ja-story-builder");
    // Captions too long for the map's address (9 bytes a kana once encoded): the dialog says so.
    const warning = page.locator('[data-testid="story-too-long"]');
    assert.ok(!(await warning.isVisible()));
    const captions = page.locator('[data-testid="story-step-caption"]');
    // Five long captions: the address holds 7,680 bytes (room for six added claims), and a
    // kana takes 9 once encoded.
    await page.click('[data-testid="story-add"]');
    for (let i = 0; i < 5; i++) await captions.nth(i).fill("あ".repeat(200));
    await warning.waitFor({ state: "visible" });
    assert.match(await warning.textContent(), /アドレスに収まらず/);
    await screenshot(page, "lang-ja-story-too-long");
    for (let i = 0; i < 5; i++) await captions.nth(i).fill("短い説明");
    await warning.waitFor({ state: "hidden" });
  });
  await withMap({ query: "?lang=ja&story=colour:red" }, async (page) => {
    const notice = page.locator('[data-testid="url-notice"]');
    assert.match(await notice.textContent(), /手順1：手順に「colour」という設定はありません/);
  });
});

test("in Japanese, a base map that cannot be fetched or read is explained in Japanese", async () => {
  const cutOff = /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;
  const detail = "data/basemap-detail.json";
  const zoomIn = async (page) => { for (let i = 0; i < 3; i++) await page.click('[data-testid="zoom-in"]'); };
  // The file's path is the one technical word left: it is what a reader would report.
  const outsidePath = async (page) => (await englishLeft(page)).filter((w) => !["data", "basemap", "detail", "json"].includes(w));
  await withMap({ query: "?lang=ja", expectedErrors: [cutOff] }, async (page) => {
    await page.route(`**/${detail}`, (route) => route.abort("internetdisconnected"));
    await zoomIn(page);
    const notice = page.locator('[data-testid="detail-notice"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /詳しい海岸線を読み込めなかった/);
    assert.match(await notice.textContent(), /（data\/basemap-detail\.json：取得できませんでした（オフラインかもしれません））/);
    assert.deepEqual(await outsidePath(page), []);
    await screenshot(page, "lang-ja-detail-failed");
  });
  await withMap({ query: "?lang=ja" }, async (page) => {
    await page.route(`**/${detail}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{}" }));
    await zoomIn(page);
    const notice = page.locator('[data-testid="detail-notice"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /data\/basemap-detail\.json：内容に誤りがあります/);
    assert.deepEqual(await outsidePath(page), []);
  });
});

test("a language the map does not have is refused with a note, and the page stays English", async () => {
  await withMap({ query: "?lang=fr" }, async (page) => {
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.match(await page.textContent('[data-testid="url-notice"]'), /the language must be en or ja/);
  });
});
