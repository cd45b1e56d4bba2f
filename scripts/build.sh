#!/usr/bin/env bash
# Builds the release site into dist/: the reader's map (index.html, ja.html, their wasm) and
# the newsroom's editor (editor.html, its own wasm), each by Trunk, offline. Trunk builds one
# page per run and empties its dist each time, so the editor is built into target/editor-dist
# and its files are copied beside the map's. Callers put node_modules/.bin and ~/.cargo/bin on
# PATH (scripts/ensure-tools.sh installs what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Building the reader's map (trunk build --release index.html)"
trunk build --release --offline=true index.html

echo "== Building the editor (trunk build --release editor.html)"
rm -rf target/editor-dist
trunk build --release --offline=true --dist target/editor-dist editor.html
# The editor's page (Trunk writes it as index.html) and what it alone loads: its wasm, its
# glue and its stylesheet; the map's stylesheet and static files are already there.
cp target/editor-dist/index.html dist/editor.html
for f in target/editor-dist/*; do
  name=$(basename "$f")
  [ "$name" = index.html ] || [ -e "dist/$name" ] || cp -r "$f" "dist/$name"
done
echo "[build] dist/: $(find dist -type f | wc -l) files"
# Last, on the whole site: social cards for the pages without one, the host's _headers and the
# precompressed .br/.gz copies (tools/publish.mjs; docs/deploying.md). It must follow every
# other change to dist/: the headers carry each page's final policy.
node tools/publish.mjs dist
