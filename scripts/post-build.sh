#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml), on the staged page of each build: for the reader's map,
# the prerendered first views in each language (src/bin/prerender.rs) and then the
# Content-Security-Policy (tools/csp.mjs); for the editor, its policy only (it is not
# prerendered: whoever opens it is about to work in it).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by Trunk as a hook}"
# Trunk writes every page it builds as index.html: the editor's is renamed to its own name
# (TRUNK_HTML_FILE is the page Trunk built from).
if [ "$(basename "${TRUNK_HTML_FILE:-}")" = editor.html ] && [ -f "$dir/index.html" ]; then
  mv "$dir/index.html" "$dir/editor.html"
fi
if [ -f "$dir/editor.html" ]; then
  node tools/csp.mjs "$dir"
else
  target/release/prerender "$dir"
  node tools/csp.mjs "$dir"
fi
