#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) the page needs, skipping whatever is
# already there. Safe to run on every build: when all is present it only checks versions.
#   scripts/ensure-tools.sh            wasm target, Trunk, wasm-bindgen CLI, npm packages
#                                      (wasm-opt from npm binaryen, test and tooling packages)
#   scripts/ensure-tools.sh --browser  also Chromium and ChromeDriver
# Callers put node_modules/.bin on PATH so Trunk finds that wasm-opt.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or Trunk would download one.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[tools] %s\n' "$*"; }
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    $SUDO apt-get update -qq >/dev/null
    apt_updated=1
  fi
  say "installing $* (apt)"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked \
    || cargo install trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock)"
  # --locked first; if the registry no longer serves a crate its lockfile names (seen here:
  # webpki-roots 1.0.11), fall back to the newest compatible versions.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm packages: binaryen's wasm-opt (Debian's binaryen 108 corrupts wasm-bindgen's reference
# tables: "WebAssembly.Table.set(): Argument 1 is invalid"), playwright-core, the map tooling.
command -v npm >/dev/null || apt_install nodejs npm
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (wasm-opt, test and tooling packages)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  # The W3C Nu HTML checker (npm vnu-jar, tests/e2e/conformance.test.mjs) runs on Java.
  command -v java >/dev/null || apt_install default-jre-headless
  { command -v chromium >/dev/null && command -v chromedriver >/dev/null; } || apt_install chromium chromium-driver
  # The Japanese interface's screenshots need a Japanese font, or they show boxes.
  fc-list :lang=ja 2>/dev/null | grep -q . || apt_install fonts-noto-cjk
  # Independent readers of the SVG a journalist downloads (tests/e2e/picture.test.mjs):
  # librsvg, as CMSs make thumbnails with, and Inkscape, as print desks open it.
  command -v rsvg-convert >/dev/null || apt_install librsvg2-bin
  command -v inkscape >/dev/null || apt_install --no-install-recommends inkscape
fi
# Trunk builds offline: fetch the crates now, while the registry is reachable.
cargo fetch --locked -q
