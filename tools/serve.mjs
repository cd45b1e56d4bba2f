// Serves a built site (dist/ by default) on localhost, as a static host would: each path from
// its file ("/" is index.html), with the precompressed `.br` or `.gz` beside it when the build
// wrote one and the browser accepts it. The README's first command runs it after the build.
//   node tools/serve.mjs [DIR]        (PORT=8080 by default)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { TYPES } from "../tests/e2e/harness.mjs";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.env.PORT ?? 8080);

/** The file a request path names inside `root`, or null if it names none (or leaves root). */
async function fileFor(url) {
  let path;
  try {
    path = normalize(decodeURIComponent(new URL(url, "http://x").pathname));
  } catch {
    return null;
  }
  let file = join(root, path);
  if (!file.startsWith(root)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = join(file, "index.html");
  else if (!info) return null;
  return file.startsWith(root + sep) || file === root ? file : null;
}

const server = createServer(async (req, res) => {
  const file = await fileFor(req.url);
  if (!file) return res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  const accepts = String(req.headers["accept-encoding"] ?? "");
  const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache", vary: "Accept-Encoding" };
  for (const [coding, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (!accepts.includes(coding)) continue;
    const body = await readFile(file + ext).catch(() => null);
    if (body) return res.writeHead(200, { ...headers, "content-encoding": coding }).end(body);
  }
  res.writeHead(200, headers).end(await readFile(file));
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/ (the editor: /editor.html). Ctrl-C stops.`);
});
