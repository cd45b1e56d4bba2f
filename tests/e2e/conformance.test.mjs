// Every page the build ships is conforming HTML: the W3C Nu HTML checker (npm vnu-jar, on
// Java) reports no error on dist/*.html. The drawn charts, tables and legends the page fetches
// are fragments, not pages, and live in their own directories, so the glob leaves them out.
// A failure names each error's file, line and message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename } from "node:path";

const DIST = new URL("../../dist/", import.meta.url).pathname;
const VNU = new URL("../../node_modules/vnu-jar/build/dist/vnu.jar", import.meta.url).pathname;

/** Runs the checker on `files`; its JSON report's messages (it exits 1 when there are errors). */
function check(files) {
  let out;
  try {
    out = execFileSync("java", ["-jar", VNU, "--format", "json", "--stdout", ...files], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
  } catch (e) {
    if (e.stdout === undefined || e.stdout === null || e.stdout === "") throw e;
    out = e.stdout;
  }
  return JSON.parse(out).messages;
}

test("every page in dist is conforming HTML (W3C Nu checker: no errors)", () => {
  const pages = readdirSync(DIST).filter((f) => f.endsWith(".html")).sort();
  for (const page of ["index.html", "ja.html", "story-demo.html"]) assert.ok(pages.includes(page), `dist has ${page}`);
  const messages = check(pages.map((f) => DIST + f));
  const errors = messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map((m) => `${basename(new URL(m.url ?? "file:///?").pathname)}:${m.lastLine ?? "?"}: ${m.message}`);
  assert.deepEqual(errors, [], `${errors.length} errors`);
});

test("the checker does find errors: a page with a stray <!> and two <main> fails", () => {
  const bad = `${DIST}../target/vnu-probe.html`;
  execFileSync("mkdir", ["-p", `${DIST}../target`]);
  execFileSync("sh", ["-c", `printf '%s' '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>a<!>b</main><main>c</main></body></html>' > "${bad}"`]);
  const errors = check([bad]).filter((m) => m.type === "error");
  assert.ok(errors.length >= 2, JSON.stringify(errors));
});
