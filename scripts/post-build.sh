#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml), on the staged page of each build: for the reader's map,
# the prerendered first views in each language (src/bin/prerender.rs) and then the
# Content-Security-Policy (tools/csp.mjs); for the editor (Trunk stages it as index.html too,
# beside its own editor-*.js), its policy only: whoever opens it is about to work in it.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by Trunk as a hook}"
if compgen -G "$dir/editor-*.js" >/dev/null; then
  node tools/csp.mjs "$dir" --editor
else
  target/release/prerender "$dir"
  node tools/csp.mjs "$dir"
fi
