// Adds a Content-Security-Policy to the built index.html: only the page's own origin, and no
// inline script except the loader Trunk writes, allowed by its SHA-256 hash. Run by Trunk as a
// post_build hook (Trunk.toml) on the staged dist (TRUNK_STAGING_DIR), or by hand:
// `node tools/csp.mjs dist`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
// `--editor`: the directory is the editor's own build (scripts/build.sh), whose page Trunk
// stages as index.html; otherwise each language's page of the map (src/bin/prerender.rs
// writes ja.html beside index.html), and the editor's where it is beside them.
const editorBuild = process.argv.includes("--editor");
const pages = ["index.html", "ja.html", "editor.html"].filter((name) => existsSync(join(dir, name)));
if (pages.length === 0) throw new Error(`${dir}: no page to add a policy to`);
for (const name of pages) addPolicy(join(dir, name), editorBuild || name === "editor.html");

/**
 * Puts the policy into the page `file`, replacing one it has. The editor (`editor`) shows the
 * map in a frame of its own origin; the map frames nothing.
 */
function addPolicy(file, editor) {
  let html = readFileSync(file, "utf8");
  html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, "");

  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .filter(([, body]) => body.trim() !== "")
    .map(([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);

  const policy = [
    "default-src 'none'",
    // The loader (hashed), the wasm-bindgen glue and the wasm itself, all from this origin.
    `script-src 'self' ${hashes.join(" ")} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    // data: for the empty favicon; blob: for the PNG export, drawn from an SVG blob.
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    ...(editor ? ["frame-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  html = html.replace(/<meta charset="utf-8" \/>/, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
  if (!html.includes("Content-Security-Policy")) throw new Error(`${file}: no <meta charset> to put the policy after`);
  writeFileSync(file, html);
  console.log(`[csp] ${file}: ${hashes.length} inline script(s) hashed`);
}
