#!/usr/bin/env bash
# Builds the page (release: size-optimised, wasm-opt) and serves it on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
PORT="${PORT:-8080}"
echo "Building and serving the page at http://127.0.0.1:$PORT/ (Ctrl-C stops)"
exec trunk serve --release --offline --no-autoreload --port "$PORT"
