#!/usr/bin/env bash
# The page's benchmark: builds the release page, serves dist/ on localhost, drives headless
# Chromium and prints bytes shipped, time to first rings, switch latency, pan/zoom frame times,
# memory and Lighthouse's mobile figures, each beside its target; writes target/bench.json.
# A few minutes on 2 cores.
#   BENCH_LOADS=20 BENCH_SWITCHES=100 scripts/bench.sh    (the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh --browser
# node_modules/.bin first: Trunk must find npm binaryen's wasm-opt, not Debian's.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "== Building the release site (scripts/build.sh: the map and the editor)"
scripts/build.sh

echo "== Measuring (tools/bench.mjs)"
node tools/bench.mjs
