// Where the page's start-up spends main-thread time: loads a build at 1280 x 800 with the CPU
// slowed 4x (as Lighthouse's mobile preset does), samples a JavaScript CPU profile from
// navigation until the prerendered view is taken over and 1.5 s after, and prints the functions
// with the most time, by self and by inclusive time. Wasm functions are named only in a build
// whose name section survives: build one with wasm-opt off, e.g.
//   sed 's/data-wasm-opt="z"/data-wasm-opt="0"/' index.html > index-prof.html
//   trunk build --release --offline --dist /tmp/dist-prof index-prof.html; rm index-prof.html
//   node tools/startup-profile.mjs /tmp/dist-prof
// Times from one run on a shared machine vary by tens of percent; compare builds in turn.
import { serveDist, launchBrowser } from "../tests/e2e/harness.mjs";
const dist = process.argv[2];
const srv = await serveDist(dist);
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
await page.goto(srv.origin ?? srv.url ?? srv);
await page.waitForFunction(() => !document.querySelector(".prerender"), null, { timeout: 30000 });
await page.waitForTimeout(1500);
const { profile } = await cdp.send("Profiler.stop");
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const n of profile.nodes) { const k = n.callFrame.functionName || "(anon " + n.callFrame.url.split("/").pop() + ")"; self.set(k, (self.get(k) ?? 0) + (counts.get(n.id) ?? 0)); }
// inclusive per function
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, t] of counts) { const seen = new Set(); let cur = id; while (cur) { const k = byId.get(cur).callFrame.functionName; if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + t); seen.add(k);} cur = parent.get(cur); } }
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)} ms  ${k.slice(0, 110)}`).join("\n");
console.log("SELF\n" + top(self, 35)); console.log("INCLUSIVE\n" + top(incl, 70));
await browser.close(); await srv.close?.();
