// The claims table and the range chart below the map: structure, silences, disagreements,
// and how they look at desktop and phone widths, light and dark.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mapSuite, screenshot, settled } from "./harness.mjs";

const withMap = mapSuite({ before, after });
const TABLE = '[data-testid="claims-table"]';
const CHART = '[data-testid="range-chart"]';

/** Scrolls an element into view and screenshots just it. */
async function shootElement(page, selector, name) {
  const el = page.locator(selector);
  await el.scrollIntoViewIfNeeded();
  await el.screenshot({ path: `target/screenshots/${name}.png` });
}

/** The page's horizontal overflow in px (0 when nothing widens it). */
const pageOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("the table has 7 claim rows by 5 source columns, silences and disagreements marked", async () => {
  await withMap({}, async (page) => {
    const table = page.locator(TABLE);
    assert.equal(await table.evaluate((t) => t.tagName), "TABLE");
    assert.match(await table.locator("caption").textContent(), /Claims, source by source/);
    assert.equal(await table.locator("tbody tr[data-row]").count(), 7);
    assert.equal(await table.locator('thead th[scope="col"][data-source]').count(), 5);
    assert.equal(await table.locator('tbody th[scope="row"]').count(), 7);
    const tomahawk = table.locator('tr[data-row="tomahawk-range"]');
    assert.equal(await tomahawk.getAttribute("data-differs"), "true");
    assert.match(await tomahawk.locator("th").textContent(), /Sources differ/);
    const fox = tomahawk.locator('td[data-source="fox-relay-2024"]');
    assert.equal(await fox.getAttribute("data-silent"), "true");
    assert.equal((await fox.textContent()).trim(), "no figure given");
    const wt = tomahawk.locator('td[data-source="washington-times-2026"]');
    assert.match(await wt.textContent(), /900 mi.*≈ 1,448 km/);
    assert.match(await wt.locator("q").first().textContent(), /The Block IV has a range of 900 miles/);
    // Quantity: four sources say 400; only the Post (400 to 500) is marked as differing.
    const differing = await table.locator('tr[data-row="quantity"] td[data-differs="true"]')
      .evaluateAll((tds) => tds.map((td) => td.dataset.source));
    assert.deepEqual(differing, ["washington-post-2022"]);
    assert.equal(await table.locator('tr[data-row="platform"]').getAttribute("data-differs"), "false");
    // Further claims fold away; opening them shows their quotes.
    const more = table.locator('tr[data-row="schedule"] td[data-source="kyodo-2023"] details');
    assert.match(await more.locator("summary").textContent(), /^\d+ more$/);
    await more.locator("summary").click();
    assert.ok(await more.locator("q").first().isVisible());
  });
});

test("the chart draws one labelled row per range claim", async () => {
  await withMap({}, async (page) => {
    const chart = page.locator(CHART);
    assert.ok(await chart.locator("figcaption").isVisible());
    const svg = chart.locator("svg");
    assert.equal(await svg.getAttribute("role"), "img");
    assert.match(await svg.getAttribute("aria-label"), /in km/);
    const figures = await svg.locator('[data-mark="figure"] text').allTextContents();
    assert.deepEqual(figures.map((t) => t.trim()), [
      "about 1,600 km", "900 mi", "over 1,000 mi", "120–249 mi", "up to 620 mi",
      "maximum 2,500 km", "1,000-mile-plus",
    ]);
    assert.equal(await svg.locator("[data-claim]").count(), 7);
    assert.equal(await svg.locator('[data-mark="arrow"]').count(), 2);
    assert.equal(await svg.locator('[data-mark="band"] rect').count(), 2);
    // The chart fits its panel at desktop width.
    const [chartBox, svgBox] = [await chart.boundingBox(), await svg.boundingBox()];
    assert.ok(svgBox.x + svgBox.width <= chartBox.x + chartBox.width + 1);
    await shootElement(page, '.claims', "table-desktop-light");
    await shootElement(page, CHART, "chart-desktop-light");
  });
});

test("dark theme: the table and chart take the theme's colours", async () => {
  await withMap({ colorScheme: "dark" }, async (page) => {
    await page.emulateMedia({ colorScheme: "dark" });
    const label = page.locator(`${CHART} .row-label text`).first();
    const fill = await label.evaluate((t) => getComputedStyle(t).fill);
    assert.equal(fill, "rgb(232, 234, 237)", "row labels are light on the dark panel");
    await shootElement(page, '.claims', "table-desktop-dark");
    await shootElement(page, CHART, "chart-desktop-dark");
  });
});

test("on a 360 px phone the table scrolls in its own box and the page does not widen", async () => {
  await withMap({ width: 360, height: 740 }, async (page) => {
    assert.equal(await pageOverflow(page), 0);
    const scroller = page.locator(".table-scroll");
    const { scrollWidth, clientWidth } = await scroller.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    assert.ok(scrollWidth > clientWidth, "the table is wider than the phone and scrolls");
    const svg = await page.locator(`${CHART} svg`).boundingBox();
    assert.ok(svg.width <= 360, `chart ${svg.width}px wide`);
    await shootElement(page, '.claims', "table-phone-light");
    await shootElement(page, CHART, "chart-phone-light");
  });
  await withMap({ width: 360, height: 740, colorScheme: "dark" }, async (page) => {
    assert.equal(await pageOverflow(page), 0);
    await shootElement(page, '.claims', "table-phone-dark");
    await shootElement(page, CHART, "chart-phone-dark");
    await page.locator(TABLE).scrollIntoViewIfNeeded();
    await screenshot(page, "phone-dark-table");
  });
});

test("the chart is the drawing for its column's width and the reader's unit, each fetched once", async () => {
  // Every chart file the page has fetched since it opened (resource timing), by path.
  const fetched = (page) => page.evaluate(() => performance.getEntriesByType("resource")
    .map((e) => new URL(e.name).pathname).filter((p) => p.includes("/charts/")).sort());
  const fetchedAhead = (page, count) => page.waitForFunction((n) => performance.getEntriesByType("resource")
    .filter((e) => e.name.includes("/charts/")).length >= n, count);
  await withMap({ width: 360, height: 740 }, async (page) => {
    const scroller = page.locator(`${CHART} .chart-scroll`);
    await settled(page);
    // A 360 px phone's column is 302 px: the 300 px drawing, its text at the size it was laid out for.
    await page.waitForFunction(() => document.querySelector(".chart-scroll")?.dataset.file === "charts/en-km-300.svg");
    const scale = await scroller.evaluate((e) => e.querySelector("svg").getBoundingClientRect().width / 300);
    assert.ok(scale >= 1 && scale < 1.12, `drawn at 300 px, shown ×${scale.toFixed(3)}`);
    // Once the page is idle, the other units' drawings come too.
    await fetchedAhead(page, 3);
    await page.click('[data-testid="unit-mi"]');
    await settled(page);
    assert.equal(await scroller.getAttribute("data-file"), "charts/en-mi-300.svg");
    assert.match(await page.textContent(`${CHART} svg`), /Distance in miles \(mi\)/);
    await page.click('[data-testid="unit-km"]');
    await page.click('[data-testid="unit-nmi"]');
    await settled(page);
    assert.match(await page.textContent(`${CHART} svg`), /\(nmi\)/);
    assert.deepEqual(await fetched(page), ["/charts/en-km-300.svg", "/charts/en-mi-300.svg", "/charts/en-nmi-300.svg"]);
    // The phone turned sideways (740 px: a 682 px column): the 640 px drawing, text at its size.
    await page.setViewportSize({ width: 740, height: 360 });
    await page.waitForFunction(() => document.querySelector(".chart-scroll")?.dataset.file === "charts/en-nmi-640.svg");
    const wide = await scroller.evaluate((e) => e.querySelector("svg").getBoundingClientRect().width / 640);
    assert.ok(wide >= 1 && wide < 1.12, `drawn at 640 px, shown ×${wide.toFixed(3)}`);
    await shootElement(page, CHART, "chart-phone-landscape");
  });
  // At 1280 px the page opens on the prerendered drawing (1,140 px, km): only the others are fetched.
  await withMap({}, async (page) => {
    await settled(page);
    assert.equal(await page.getAttribute(`${CHART} .chart-scroll`, "data-file"), "charts/en-km-1140.svg");
    assert.equal(await page.locator(`${CHART} [data-claim]`).count(), 7);
    await fetchedAhead(page, 2);
    assert.deepEqual(await fetched(page), ["/charts/en-mi-1140.svg", "/charts/en-nmi-1140.svg"]);
  });
});

test("a chart that cannot be fetched leaves the last one with a note, and the next choice tries again", async () => {
  const cutOff = /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;
  const nmi = "**/charts/en-nmi-*.svg";
  const offline = (route) => route.abort("internetdisconnected");
  await withMap({ expectedErrors: [cutOff], routes: [[nmi, offline]] }, async (page) => {
    await settled(page);
    await page.click('[data-testid="unit-nmi"]');
    const notice = page.locator('[data-testid="chart-notice"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /The chart could not be loaded in the unit chosen/);
    assert.match(await notice.textContent(), /charts\/en-nmi-1140\.svg: could not be fetched/);
    // The chart shown stays, and says its own unit.
    assert.equal(await page.getAttribute(`${CHART} .chart-scroll`, "data-file"), "charts/en-km-1140.svg");
    assert.match(await page.textContent(`${CHART} svg`), /\(km\)/);
    await shootElement(page, CHART, "chart-not-loaded");
    await page.context().unroute(nmi, offline);
    await page.click('[data-testid="unit-km"]');
    await page.click('[data-testid="unit-nmi"]');
    await settled(page);
    await notice.waitFor({ state: "detached" });
    assert.match(await page.textContent(`${CHART} svg`), /\(nmi\)/);
  });
});

test("after a change of language the table and the legend are that language's, and still follow the unit and the sources shown", async () => {
  const cutOff = /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;
  await withMap({ query: "?source=kyodo-2023&unit=nmi", expectedErrors: [cutOff] }, async (page) => {
    const kyodo = `${TABLE} [data-row="tomahawk-range"] td[data-source="kyodo-2023"]`;
    await settled(page);
    assert.match(await page.textContent(kyodo), /about 1,600 km ≈ 864 nmi/);
    await page.click('[data-testid="language-switch"] [data-lang="ja"]');
    await page.waitForFunction(() => document.documentElement.lang === "ja");
    await settled(page);
    assert.equal(await page.textContent(`${TABLE} caption`), "報道ごとの主張");
    assert.match(await page.textContent(kyodo), /約1,600キロ ≈864海里/);
    const shown = (id) => page.$$eval(`${TABLE} [data-source="${id}"]`, (els) => [...new Set(els.map((e) => e.dataset.shown))]);
    assert.deepEqual(await shown("kyodo-2023"), ["true"]);
    assert.deepEqual(await shown("washington-post-2022"), ["false"]);
    // The legend too: Kyodo's one item, in Japanese and in nautical miles.
    assert.equal(await page.locator("[data-legend-claim]").count(), 1);
    assert.match(await page.textContent('[data-legend-claim="kyodo-tomahawk"] .figure'), /約1,600キロ ≈864海里/);
    // The unit and the sources are followed on the drawn table, without fetching it again.
    await page.click('[data-testid="unit-km"]');
    await page.click('[data-testid="source-switcher"] [data-source="all"]');
    await settled(page);
    assert.match(await page.textContent(kyodo), /約1,600キロ ≈994マイル/);
    assert.deepEqual(await shown("washington-post-2022"), ["true"]);
    const legend = await page.$$eval("[data-legend-claim]", (items) => items.map((i) => i.dataset.legendClaim));
    assert.equal(legend.length, 7);
    assert.equal(legend[0], "kyodo-tomahawk", "the items keep the rings' order");
    assert.match(await page.textContent('[data-legend-claim="kyodo-tomahawk"] .figure'), /≈994マイル/);
    assert.deepEqual(await page.evaluate(() => performance.getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname).filter((p) => /^\/(tables|legends)\//.test(p)).sort()), ["/legends/ja.html", "/tables/ja.html"]);
    // English again, offline: the English table and legend the page opened on were kept.
    await page.context().setOffline(true);
    await page.click('[data-testid="language-switch"] [data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await settled(page);
    assert.equal(await page.textContent(`${TABLE} caption`), "Claims, source by source");
    assert.match(await page.textContent(kyodo), /about 1,600 km ≈ 994 mi/);
    assert.match(await page.textContent('[data-legend-claim="kyodo-tomahawk"] .figure'), /about 1,600 km ≈ 994 mi/);
    assert.equal(await page.locator('[data-testid="table-notice"], [data-testid="legend-notice"]').count(), 0);
    await page.context().setOffline(false);
  });
  // Japanese with its table cut off: the page says so, in Japanese, and the legend still comes.
  const jaTable = "**/tables/ja.html";
  await withMap({ expectedErrors: [cutOff], routes: [[jaTable, (route) => route.abort("internetdisconnected")]] }, async (page) => {
    await page.click('[data-testid="language-switch"] [data-lang="ja"]');
    const notice = page.locator('[data-testid="table-notice"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /この言語の一覧表を読み込めませんでした.*tables\/ja\.html：取得できませんでした/);
    await settled(page);
    assert.match(await page.textContent('[data-legend-claim="kyodo-tomahawk"] .figure'), /約1,600キロ/);
    await shootElement(page, ".claims", "table-not-loaded");
  });
});
