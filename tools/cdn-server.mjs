// A static server for a build directory that answers like a CDN in front of the page: each
// file is compressed once, at start-up (brotli quality 11 and gzip level 9), and every response
// carries the best encoding the request accepts. The benchmark's Lighthouse runs use it.
// Compressing per request instead would add the compression time (about 2 s for the wasm at
// brotli 11) to every response, and the page would look that much slower than it is.
//
//   const { origin, served, close } = await serveCompressed("dist");
import { createServer } from "node:http";
import { readFile, readdir } from "node:fs/promises";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, gzip, constants as zc } from "node:zlib";
import { TYPES } from "../tests/e2e/harness.mjs";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
// Formats that are compressed already gain nothing from a second pass; a CDN sends them as
// they are.
const COMPRESSED_ALREADY = new Set([".png"]);
// The codings offered, best first (brotli compresses text smaller than gzip does).
const ENCODINGS = ["br", "gzip"];

async function listFiles(dir, prefix = "") {
  const entries = await readdir(dir, { withFileTypes: true });
  const lists = await Promise.all(entries.map((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
  return lists.flat();
}

/** The bodies to serve for one file, by content coding. */
async function variantsOf(body, ext) {
  if (COMPRESSED_ALREADY.has(ext)) return { identity: body };
  return {
    identity: body,
    br: await brotli(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: await gzipAsync(body, { level: 9 }),
  };
}

/** The content codings an Accept-Encoding header allows (a coding with q=0 is refused). */
function accepted(header = "") {
  return new Set(header.split(",")
    .map((part) => part.split(";").map((s) => s.trim().toLowerCase()))
    .filter(([, ...params]) => !params.some((p) => /^q=0(\.0*)?$/.test(p)))
    .map(([name]) => name));
}

/** The request's path in the build directory: "/" (any query) is index.html. */
function fileOf(url) {
  const path = decodeURIComponent(new URL(url, "http://x").pathname).replace(/^\/+/, "");
  return path || "index.html";
}

/**
 * Serves `dir` on 127.0.0.1 with every file precompressed; resolves to { origin, served, close }
 * once all files are compressed. `served` counts the responses by content coding, so a caller
 * can check that the browser got what it was meant to.
 */
export async function serveCompressed(dir) {
  const files = new Map();
  // One file at a time: the machine may be busy with other work, and this is done only once.
  for (const path of await listFiles(dir)) {
    const ext = extname(path);
    const variants = await variantsOf(await readFile(join(dir, path)), ext);
    files.set(path, { type: TYPES[ext] ?? "application/octet-stream", variants });
  }
  const served = { br: 0, gzip: 0, identity: 0 };
  const server = createServer((req, res) => {
    let file;
    try {
      file = files.get(fileOf(req.url));
    } catch {
      // A malformed %-escape in the path: no file has that name.
    }
    if (!file) return res.writeHead(404).end("not found");
    const ok = accepted(req.headers["accept-encoding"]);
    const encoding = ENCODINGS.find((e) => ok.has(e) && file.variants[e]) ?? "identity";
    const body = file.variants[encoding];
    served[encoding]++;
    res.writeHead(200, {
      "content-type": file.type,
      "content-length": body.length,
      "cache-control": "no-cache",
      vary: "Accept-Encoding",
      ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, served, close: () => new Promise((ok) => server.close(ok)) };
}
