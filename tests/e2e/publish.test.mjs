// The built site as a host serves it (tools/publish.mjs, src/bin/prerender.rs, docs/deploying.md):
// - built with PUBLIC_URL, each map page's head gives its absolute canonical address, every
//   language's, a social card whose image is there at 1200 × 630, and an oEmbed link whose
//   JSON embeds the default view; without it, relative links and no oEmbed; a bad value
//   fails the build, naming the variable;
// - every text file has .br and .gz copies that decompress to it;
// - dist/_headers caches hashed files for a year and revalidates the rest, and gives each page
//   its own policy as a header, framable by anyone for the map, by itself only otherwise;
// - served under a sub-path with those headers (and the precompressed files), the map, the
//   embed framed by another origin and the editor (when built) load with no policy violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { launchBrowser, servePage, TYPES } from "./harness.mjs";
import { filesUnder, HASHED, TEXT_EXTENSIONS } from "../../tools/publish.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
/** The published build's own directory, and the address it is built for. */
const PUBLISHED = join(ROOT, "target", "publish-dist");
const PUBLIC_URL = "https://news.example/maps/range/";
const PAGES = { "index.html": { lang: "en", locale: "en_US", url: PUBLIC_URL }, "ja.html": { lang: "ja", locale: "ja_JP", url: `${PUBLIC_URL}ja.html` } };

/** The attributes of every `<tag …>` in `html`'s head, as objects. */
function headTags(html, tag) {
  const head = html.slice(0, html.indexOf("</head>"));
  return [...head.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map(([, attrs]) =>
    Object.fromEntries([...attrs.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">")])));
}
const meta = (html, key) => headTags(html, "meta").filter((m) => m.property === key || m.name === key).map((m) => m.content);
const links = (html, rel) => headTags(html, "link").filter((l) => l.rel === rel);
/** A PNG's size from its IHDR chunk. */
function pngSize(file) {
  const b = readFileSync(file);
  assert.equal(b.toString("latin1", 1, 4), "PNG", `${file} is a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
/** The file in `dir` an absolute URL under PUBLIC_URL names. */
function fileOf(dir, url) {
  assert.ok(url.startsWith(PUBLIC_URL), `${url} is under ${PUBLIC_URL}`);
  const path = new URL(url).pathname.slice(new URL(PUBLIC_URL).pathname.length);
  return join(dir, path === "" ? "index.html" : path);
}

before(() => {
  // Its own build of the map's pages with PUBLIC_URL (without its final slash, which the build
  // adds): Trunk with its hooks (prerender, policy), then the last step scripts/build.sh runs.
  const env = { ...process.env, PUBLIC_URL: PUBLIC_URL.replace(/\/$/, "") };
  execFileSync("trunk", ["build", "--release", "--offline=true", "--dist", PUBLISHED, "index.html"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync("node", ["tools/publish.mjs", PUBLISHED], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
});

test("built with PUBLIC_URL, each map page names its absolute addresses and its social card", () => {
  for (const [file, { lang, locale, url }] of Object.entries(PAGES)) {
    const html = readFileSync(join(PUBLISHED, file), "utf8");
    const at = (what) => `${file}: ${what}`;
    assert.deepEqual(links(html, "canonical").map((l) => l.href), [url], at("canonical"));
    const hreflang = Object.fromEntries(links(html, "alternate").filter((l) => l.hreflang).map((l) => [l.hreflang, l.href]));
    assert.deepEqual(hreflang, { en: PUBLIC_URL, ja: `${PUBLIC_URL}ja.html`, "x-default": PUBLIC_URL }, at("hreflang"));
    for (const href of Object.values(hreflang)) assert.ok(existsSync(fileOf(PUBLISHED, href)), at(`${href} exists`));
    const title = html.match(/<title>([^<]*)<\/title>/)[1];
    assert.deepEqual(meta(html, "og:title"), [title.replace(/&#39;/g, "'")], at("og:title is the page's title"));
    assert.deepEqual(meta(html, "og:description"), meta(html, "description"), at("og:description"));
    assert.deepEqual(meta(html, "og:locale"), [locale], at("og:locale"));
    assert.deepEqual(meta(html, "og:type"), ["website"], at("og:type"));
    assert.deepEqual(meta(html, "og:url"), [url], at("og:url"));
    assert.deepEqual(meta(html, "twitter:card"), ["summary_large_image"], at("twitter:card"));
    if (lang === "ja") assert.match(meta(html, "og:title")[0], /[\u3040-\u30ff\u4e00-\u9fff]/, at("the card is in Japanese"));
    const [image] = meta(html, "og:image");
    assert.ok(image, at("og:image"));
    assert.deepEqual(pngSize(fileOf(PUBLISHED, image)), { width: 1200, height: 630 }, at(`${image} is 1200 × 630`));
    assert.deepEqual([meta(html, "og:image:width"), meta(html, "og:image:height")], [["1200"], ["630"]], at("card size"));
    assert.ok(meta(html, "og:image:alt")[0]?.length > 10, at("og:image:alt"));
  }
  const images = Object.keys(PAGES).map((f) => meta(readFileSync(join(PUBLISHED, f), "utf8"), "og:image")[0]);
  assert.notEqual(images[0], images[1], "each language has its own card");
});

test("built with PUBLIC_URL, each map page links its oEmbed, which embeds the default view", () => {
  for (const [file, { lang, url }] of Object.entries(PAGES)) {
    const html = readFileSync(join(PUBLISHED, file), "utf8");
    const oembed = links(html, "alternate").filter((l) => l.type === "application/json+oembed");
    assert.equal(oembed.length, 1, `${file}: one oEmbed link`);
    assert.ok(oembed[0].title, `${file}: the oEmbed link has a title`);
    const json = JSON.parse(readFileSync(fileOf(PUBLISHED, oembed[0].href), "utf8"));
    assert.equal(json.version, "1.0");
    assert.equal(json.type, "rich");
    assert.equal(json.title, meta(html, "og:title")[0]);
    assert.ok(json.provider_name, "provider_name");
    assert.ok(Number.isInteger(json.width) && json.width > 0 && Number.isInteger(json.height) && json.height > 0, "width and height");
    assert.equal(json.thumbnail_url, meta(html, "og:image")[0]);
    assert.deepEqual([json.thumbnail_width, json.thumbnail_height], [1200, 630]);
    // The Embed dialog's frame-and-script snippet, for this page in its language.
    const src = json.html.match(/<iframe src="([^"]*)"/)?.[1]?.replace(/&amp;/g, "&");
    assert.ok(src, `${file}: the snippet has a frame`);
    const frame = new URL(src);
    assert.equal(`${frame.origin}${frame.pathname}`, url, `${file}: the frame shows this page`);
    assert.equal(frame.searchParams.get("embed"), "1");
    assert.equal(frame.searchParams.get("lang"), lang);
    assert.match(json.html, new RegExp(`<script src="${PUBLIC_URL}embed.js" async></script>`));
    assert.ok(existsSync(join(PUBLISHED, "embed.js")));
  }
});

test("without PUBLIC_URL the pages keep relative links, a card, and no oEmbed", () => {
  for (const file of Object.keys(PAGES)) {
    const html = readFileSync(join(DIST, file), "utf8");
    assert.deepEqual(links(html, "canonical"), [], `${file}: no canonical address`);
    for (const l of links(html, "alternate")) assert.doesNotMatch(l.href, /^https?:/, `${file}: ${l.href} is relative`);
    assert.equal(links(html, "alternate").filter((l) => l.type === "application/json+oembed").length, 0);
    const [image] = meta(html, "og:image");
    assert.deepEqual(pngSize(join(DIST, image)), { width: 1200, height: 630 }, `${file}: ${image}`);
  }
  assert.ok(!existsSync(join(DIST, "oembed.json")), "no oEmbed file without an address");
});

test("a bad PUBLIC_URL fails the build, naming the variable", () => {
  const dir = mkdtempSync(join(tmpdir(), "publish-"));
  for (const bad of ["news.example/maps/", "ftp://news.example/", "https://news.example/?a=1"]) {
    const run = spawnSync(join(ROOT, "target/release/prerender"), [dir], { env: { ...process.env, PUBLIC_URL: bad }, encoding: "utf8" });
    assert.notEqual(run.status, 0, `${bad} is refused`);
    assert.match(run.stderr, new RegExp(`PUBLIC_URL=“${bad.replace(/[?.]/g, "\\$&")}”`), run.stderr);
  }
});

test("every text file has brotli and gzip copies that decompress to it", () => {
  const files = filesUnder(DIST);
  const text = files.filter((f) => TEXT_EXTENSIONS.some((ext) => f.endsWith(ext)));
  for (const kind of [".html", ".js", ".css", ".wasm", ".json", ".svg"]) assert.ok(text.some((f) => f.endsWith(kind)), `dist has ${kind} files`);
  for (const f of text) {
    const body = readFileSync(join(DIST, f));
    for (const [ext, unpack] of [[".br", brotliDecompressSync], [".gz", gunzipSync]]) {
      assert.ok(files.includes(f + ext), `${f}${ext} exists`);
      assert.ok(unpack(readFileSync(join(DIST, f + ext))).equals(body), `${f}${ext} decompresses to ${f}`);
    }
  }
  const wasm = text.find((f) => f.endsWith(".wasm"));
  assert.ok(readFileSync(join(DIST, `${wasm}.br`)).length < readFileSync(join(DIST, wasm)).length / 2, "the wasm compresses");
});

/** `_headers` as rules: [{ path, headers: [[name, value]] }]. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(":");
      rules.at(-1).headers.push([name.trim(), value.join(":").trim()]);
    }
  }
  return rules;
}
/** The headers the rules give `path` (from the site's root), joined as Netlify and Cloudflare join them. */
function headersFor(rules, path) {
  const out = {};
  for (const { path: p, headers } of rules) {
    if (p.endsWith("*") ? path.startsWith(p.slice(0, -1)) : path === p) {
      for (const [k, v] of headers) out[k.toLowerCase()] = out[k.toLowerCase()] ? `${out[k.toLowerCase()]}, ${v}` : v;
    }
  }
  return out;
}

test("_headers: hashed files a year, the rest revalidated, each page its own policy", () => {
  const rules = parseHeaders(readFileSync(join(DIST, "_headers"), "utf8"));
  const files = filesUnder(DIST).filter((f) => !/\.(br|gz)$/.test(f) && f !== "_headers");
  const hashed = files.filter((f) => HASHED.test(f));
  assert.ok(hashed.some((f) => f.endsWith(".wasm")) && hashed.some((f) => f.endsWith(".js")) && hashed.some((f) => f.endsWith(".css")), `hashed files: ${hashed}`);
  for (const f of files) {
    const h = headersFor(rules, `/${f}`);
    assert.equal(h["cache-control"], hashed.includes(f) ? "public, max-age=31536000, immutable" : "no-cache", `/${f}`);
    if (f.endsWith(".wasm")) assert.equal(h["content-type"], "application/wasm");
  }
  for (const page of files.filter((f) => f.endsWith(".html") && !f.includes("/"))) {
    const html = readFileSync(join(DIST, page), "utf8");
    const own = headTags(html, "meta").find((m) => m["http-equiv"] === "Content-Security-Policy")?.content;
    const framable = page in PAGES;
    const paths = page === "index.html" ? ["/", "/index.html"] : [`/${page}`];
    for (const path of paths) {
      const policy = headersFor(rules, path)["content-security-policy"];
      if (own) assert.equal(policy, `${own}; frame-ancestors ${framable ? "*" : "'self'"}`, path);
      else assert.equal(policy, "frame-ancestors 'self'", path);
      assert.equal(headersFor(rules, path)["cache-control"], "no-cache", path);
    }
  }
});

/** Serves `dir` under `prefix` as a host following its _headers would, with the precompressed files. */
async function serveLikeAHost(dir, prefix) {
  const rules = parseHeaders(readFileSync(join(dir, "_headers"), "utf8"));
  const served = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === prefix.slice(0, -1)) return res.writeHead(301, { location: prefix }).end();
    if (!url.pathname.startsWith(prefix)) return res.writeHead(404).end("not found");
    const path = `/${url.pathname.slice(prefix.length)}`;
    const file = normalize(join(dir, path === "/" ? "index.html" : decodeURIComponent(path)));
    if (!file.startsWith(dir) || !existsSync(file) || path.endsWith("/_headers")) return res.writeHead(404).end("not found");
    const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headersFor(rules, path), vary: "Accept-Encoding" };
    const accepts = String(req.headers["accept-encoding"] ?? "");
    let body = readFileSync(file);
    for (const [enc, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (accepts.includes(enc) && existsSync(file + ext)) {
        body = readFileSync(file + ext);
        headers["content-encoding"] = enc;
        break;
      }
    }
    served.push({ path, encoding: headers["content-encoding"] });
    res.writeHead(200, headers).end(body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, served, close: () => new Promise((ok) => server.close(ok)) };
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** A fresh page that records console errors, page errors and policy violations in every frame. */
async function watched() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  return { context, page, problems };
}

test("served under /maps/range/ with _headers, the map and the framed embed load with no violation", async () => {
  const prefix = "/maps/range/";
  const host = await serveLikeAHost(DIST, prefix);
  const article = await servePage(`<!doctype html><html><body><iframe id="map" src="${host.origin}${prefix}?embed=1" title="Map" style="width:400px;height:800px;border:0"></iframe></body></html>`);
  try {
    const { context, page, problems } = await watched();
    const responses = [];
    page.on("response", (r) => responses.push(r));
    const main = await page.goto(`${host.origin}${prefix}`);
    const headers = await main.allHeaders();
    assert.match(headers["content-security-policy"], /default-src 'none'.*frame-ancestors \*/);
    assert.equal(headers["cache-control"], "no-cache");
    await page.waitForSelector(".prerender", { state: "detached", timeout: 30_000 });
    await page.waitForSelector('[data-testid="map"] path.land[d^="M"]');
    const wasm = responses.find((r) => r.url().endsWith(".wasm"));
    assert.ok(wasm, "the wasm was fetched");
    assert.equal((await wasm.allHeaders())["cache-control"], "public, max-age=31536000, immutable");
    assert.ok(host.served.some((s) => s.path.endsWith(".wasm") && s.encoding === "br"), "the wasm came precompressed");
    await page.click('[data-source="kyodo-2023"]');
    await page.waitForSelector('[data-source="kyodo-2023"][aria-pressed="true"]');
    assert.deepEqual(problems, [], "no errors or violations on the map");

    await page.goto(article.origin);
    const frame = page.frameLocator("#map");
    await frame.locator('[data-testid="map"] path.land[d^="M"]').first().waitFor({ timeout: 30_000 });
    await frame.locator(".prerender").first().waitFor({ state: "detached", timeout: 30_000 });
    assert.ok(await frame.locator('[data-testid="legend"]').isVisible(), "the framed embed shows its legend");
    assert.deepEqual(problems, [], "no errors or violations in the embed");
    await context.close();
  } finally {
    await article.close();
    await host.close();
  }
});

test("served under /maps/range/ with _headers, the editor loads with no violation", { skip: !existsSync(join(DIST, "editor.html")) && "no editor.html in dist" }, async () => {
  const prefix = "/maps/range/";
  const host = await serveLikeAHost(DIST, prefix);
  try {
    const { context, page, problems } = await watched();
    const res = await page.goto(`${host.origin}${prefix}editor.html`);
    const headers = await res.allHeaders();
    assert.match(headers["content-security-policy"], /default-src 'none'.*frame-ancestors 'self'$/);
    assert.equal(headers["cache-control"], "no-cache");
    await page.waitForLoadState("networkidle");
    assert.ok(host.served.some((s) => /^\/editor-[0-9a-f]+_bg\.wasm$/.test(s.path)), "the editor's wasm was served");
    assert.deepEqual(problems, [], "no errors or violations on the editor");
    await context.close();
  } finally {
    await host.close();
  }
});

test("the headers let any site frame the map, and only the site itself frame the editor", async () => {
  const prefix = "/maps/range/";
  const host = await serveLikeAHost(DIST, prefix);
  const pages = ["index.html", ...(existsSync(join(DIST, "editor.html")) ? ["editor.html"] : [])];
  const article = await servePage(`<!doctype html><html><body>${pages.map((p) => `<iframe src="${host.origin}${prefix}${p}" title="${p}"></iframe>`).join("")}</body></html>`);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(article.origin);
    await page.waitForLoadState("load");
    // A frame the policy refused holds the browser's error page, not the page's own head.
    const shows = async (p) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.name() === "" && f.url().includes(p));
      if (!frame) return false;
      return frame.evaluate(() => !!document.querySelector('meta[http-equiv="Content-Security-Policy"]')).catch(() => false);
    };
    assert.equal(await shows("index.html"), true, "the map loads in another site's frame");
    if (pages.includes("editor.html")) assert.equal(await shows("editor.html"), false, "the editor does not");
    await context.close();
  } finally {
    await article.close();
    await host.close();
  }
});
