#!/usr/bin/env bash
# Runs every test: native `cargo test`, then the release page in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "== Native tests (cargo test)"
native=0
cargo test --locked || native=$?

echo "== Building the release site (scripts/build.sh: the map and the editor)"
scripts/build.sh

echo "== Browser tests (headless Chromium, Playwright)"
set +e
node --test --test-reporter=spec tests/e2e/
browser=$?
set -e

echo "== Summary: native tests exit $native, browser tests exit $browser"
[ "$native" = 0 ] && [ "$browser" = 0 ]
