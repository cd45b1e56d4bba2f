#!/usr/bin/env bash
# Builds the site (release: the reader's map and the editor) and serves it on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/build.sh
exec node tools/serve.mjs dist
