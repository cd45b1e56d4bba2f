// The page's long tasks at start-up, as a phone would run them: loads a build at 412 x 823
// with the CPU slowed 4x (Lighthouse's mobile preset), records every main-thread task over
// 50 ms from navigation until the prerendered view is taken over and 2 s after, and prints
// them with the blocking time they add (each task's time past 50 ms, summed after first
// paint: what Lighthouse's TBT counts, here observed rather than simulated).
//   node tools/long-tasks.mjs dist [runs] [query]
// Compare builds in turn (a, b, a, b): one run on a shared machine moves by tens of ms.
import { serveDist, launchBrowser } from "../tests/e2e/harness.mjs";
const [dist = "dist", runs = "3", query = ""] = process.argv.slice(2);
const srv = await serveDist(dist);
const browser = await launchBrowser();
const totals = [];
for (let run = 0; run < Number(runs); run++) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
      .observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${srv.origin ?? srv.url ?? srv}/${query}`);
  await page.waitForFunction(() => !document.querySelector(".prerender"), null, { timeout: 60_000 });
  await page.waitForTimeout(2000);
  const { tasks, fcp } = await page.evaluate(() => ({
    tasks: window.__tasks,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
  }));
  const tbt = tasks.filter(([t]) => t >= fcp).reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
  totals.push(tbt);
  console.log(`run ${run + 1}: FCP ${fcp.toFixed(0)} ms, blocking ${tbt.toFixed(0)} ms; tasks (start+duration ms): ` +
    tasks.map(([t, d]) => `${t.toFixed(0)}+${d.toFixed(0)}`).join(" "));
  await ctx.close();
}
totals.sort((a, b) => a - b);
console.log(`blocking time after first paint, median of ${totals.length}: ${totals[totals.length >> 1].toFixed(0)} ms`);
await browser.close(); await srv.close?.();
