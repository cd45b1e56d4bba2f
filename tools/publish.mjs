// Readies a built site for a static host, as the build's last step: `node tools/publish.mjs DIST`
// (default $TRUNK_STAGING_DIR, then dist). It works on whatever HTML pages DIST holds
// (index.html, ja.html, editor.html, story-demo.html…) and must run after every other change
// to the files (the prerender and tools/csp.mjs write the pages):
//
// 1. A social card on every page that lacks one (the editor, the story demo), with the map's
//    card image ([completeCards]); the map's pages get theirs from the prerender.
// 2. DIST/_headers (Netlify and Cloudflare Pages syntax; docs/deploying.md for other hosts):
//    - a year, immutable, for the files Trunk names by their content's hash (name-<hash>.js,
//      name-<hash>_bg.wasm, name-<hash>.css); `no-cache` (revalidate every time) for the pages
//      and every un-hashed file (data, drawn charts, tables and legends, images, oEmbed);
//    - each page's own Content-Security-Policy, read from its <meta> tag, as a header with
//      `frame-ancestors` added (a <meta> policy cannot carry it): `*` for the map's pages
//      (the embed is the same page with ?embed=1, framed by any newsroom's article; a map
//      page is one that carries the embed's prerendered view), 'self' for every other page
//      (the editor);
//    - `Content-Type: application/wasm` for the wasm, `X-Content-Type-Options: nosniff`.
// 3. DIST/<file>.br and DIST/<file>.gz beside every text file (HTML, JS, CSS, wasm, JSON,
//    SVG, GeoJSON, text): brotli at quality 11 and gzip at level 9, for hosts that serve
//    precompressed files (nginx `brotli_static`/`gzip_static`, Caddy `precompressed`).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Extensions of the files that get precompressed copies. */
export const TEXT_EXTENSIONS = [".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".geojson", ".txt", ".xml"];
/** A file Trunk names by its content's hash: `range-claims-1a2b3c4d5e6f7a8b_bg.wasm`. */
export const HASHED = /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css)$/;
/** Cache-Control for hashed files and for everything else. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** Whether `file` is one publish.mjs writes or a host reads as configuration, not a page's file. */
const isOwn = (file) => file === "_headers" || file.endsWith(".br") || file.endsWith(".gz");

/** The Content-Security-Policy of a page's `<meta http-equiv>` tag, or null. */
export function metaPolicy(html) {
  const tag = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  if (!tag) return null;
  return tag[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Whether a page is one of the map's pages, which newsrooms frame: it carries the embed's view. */
export const isMapPage = (html) => /class="prerender" data-view="embed"/.test(html);

/** The URL paths a host serves a top-level page at: `/ja.html` and `/ja`; `/` for index.html. */
export function pagePaths(file) {
  const stem = file.replace(/\.html$/, "");
  const paths = [`/${file}`, `/${stem}`];
  if (file === "index.html") paths.unshift("/");
  return paths;
}

/**
 * The `_headers` text for the site in `dir`. Every file matches exactly one rule that sets
 * Cache-Control (hosts join a header two rules set into one value), so the rules name pages
 * and top-level files one by one and a whole directory with `/dir/*` when all its files share
 * one policy.
 */
export function headersFile(dir) {
  const files = filesUnder(dir).filter((f) => !isOwn(f));
  const blocks = [
    "# Written by tools/publish.mjs at the end of the build (docs/deploying.md). Netlify and\n" +
      "# Cloudflare Pages syntax; paths are from the site's root.",
    "/*\n  X-Content-Type-Options: nosniff",
  ];
  const cacheOf = (f) => (HASHED.test(f) ? IMMUTABLE : REVALIDATE);
  const rule = (paths, headers) => {
    for (const path of paths) blocks.push([path, ...headers.map(([k, v]) => `  ${k}: ${v}`)].join("\n"));
  };
  const fileRule = (f) => {
    const headers = [["Cache-Control", cacheOf(f)]];
    if (f.endsWith(".wasm")) headers.push(["Content-Type", "application/wasm"]);
    if (f.endsWith(".html") && !f.includes("/")) {
      const html = readFileSync(join(dir, f), "utf8");
      const policy = metaPolicy(html);
      if (policy) {
        const ancestors = isMapPage(html) ? "*" : "'self'";
        headers.push(["Content-Security-Policy", `${policy}; frame-ancestors ${ancestors}`]);
      } else if (!isMapPage(html)) {
        headers.push(["Content-Security-Policy", "frame-ancestors 'self'"]);
      }
      rule(pagePaths(f), headers);
      return;
    }
    rule([`/${f}`], headers);
  };
  // A directory: one rule if every file under it shares its policies, else file by file.
  const visit = (prefix) => {
    const inside = files.filter((f) => f.startsWith(prefix));
    // (Only top-level .html files are pages with a policy; a directory's are fragments.)
    if (prefix !== "" && !inside.some((f) => f.endsWith(".wasm")) && new Set(inside.map(cacheOf)).size === 1) {
      rule([`/${prefix}*`], [["Cache-Control", cacheOf(inside[0])]]);
      return;
    }
    const subdirs = new Set();
    for (const f of inside) {
      const rest = f.slice(prefix.length);
      if (rest.includes("/")) subdirs.add(prefix + rest.slice(0, rest.indexOf("/") + 1));
      else fileRule(f);
    }
    for (const sub of [...subdirs].sort()) visit(sub);
  };
  visit("");
  return `${blocks.join("\n\n")}\n`;
}

/** Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside every text file in `dir`. */
export function precompress(dir) {
  const written = [];
  for (const f of filesUnder(dir)) {
    if (isOwn(f) || !TEXT_EXTENSIONS.some((ext) => f.endsWith(ext))) continue;
    const path = join(dir, f);
    const body = readFileSync(path);
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: f.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    written.push({ file: f, bytes: body.length, br: br.length });
  }
  return written;
}

/** The `content` of a page's `<meta property|name="key">`, or null. */
const metaOf = (html, key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1] ?? null;

/**
 * Gives every top-level page without a social card one (the editor, the story demo): its own
 * title, description and address, with the site's card image, its size and alt text copied
 * from the map's page in the same language (the prerender writes those, src/ui/prerender.rs
 * `head_links`, from the language's catalogue). Its address is known when the map's English
 * page has a canonical one (the build had PUBLIC_URL). Returns the pages it changed.
 */
export function completeCards(dir) {
  const read = (f) => readFileSync(join(dir, f), "utf8");
  const mapPages = readdirSync(dir).filter((f) => f.endsWith(".html") && /property="og:image"/.test(read(f)) && isMapPage(read(f)));
  const english = mapPages.includes("index.html") ? read("index.html") : null;
  const base = english?.match(/<link rel="canonical" href="([^"]*\/)"/)?.[1] ?? null;
  const changed = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".html")).sort()) {
    let html = read(f);
    if (/property="og:title"/.test(html)) continue;
    const lang = html.match(/<html lang="([^"]*)"/)?.[1] ?? "en";
    const model = mapPages.map(read).find((h) => h.includes(`<html lang="${lang}"`)) ?? english;
    if (!model) continue;
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1]?.replace(/"/g, "&quot;");
    const description = metaOf(html, "description");
    const tags = [["og:type", "website"], ["og:site_name", metaOf(model, "og:site_name")], ["og:title", title],
      ["og:description", description], ["og:locale", metaOf(model, "og:locale")], ["og:url", base && `${base}${f}`],
      ...["og:image", "og:image:type", "og:image:width", "og:image:height", "og:image:alt"].map((k) => [k, metaOf(model, k)])]
      .filter(([, v]) => v)
      .map(([k, v]) => `<meta property="${k}" content="${v}" />`);
    tags.push(`<meta name="twitter:card" content="${metaOf(model, "twitter:card") ?? "summary_large_image"}" />`);
    const at = html.search(/\s*<\/head>/);
    if (at < 0) continue;
    html = `${html.slice(0, at)}\n    ${tags.join("\n    ")}${html.slice(at)}`;
    writeFileSync(join(dir, f), html);
    changed.push(f);
  }
  return changed;
}

/** Every step, in order: the cards, then the headers (they read the pages' final policies), the compression last. */
export function publish(dir) {
  if (!statSync(dir).isDirectory()) throw new Error(`${dir}: not a directory`);
  const carded = completeCards(dir);
  if (carded.length) console.log(`[publish] social card added to ${carded.join(", ")}`);
  writeFileSync(join(dir, "_headers"), headersFile(dir));
  return precompress(dir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
  const written = publish(dir);
  const total = (key) => written.reduce((sum, w) => sum + w[key], 0);
  const shown = written.filter((w) => /\.(html|wasm|js|css)$/.test(w.file) && !w.file.includes("/"));
  for (const w of shown) console.log(`[publish] ${w.file}: ${w.bytes} bytes, ${w.br} brotli`);
  console.log(`[publish] ${dir}: _headers, and .br/.gz beside ${written.length} text files (${total("bytes")} -> ${total("br")} bytes brotli)`);
}
