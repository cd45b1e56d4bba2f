#!/usr/bin/env bash
# Writes the still images the embed dialog offers: public/static/map-all.png and .svg, and
# map-<source-id>.png for each source, all of the default view (Mercator, East Asia, rings
# from Sasebo, light theme), drawn by the export command (src/bin/export.rs) with the one
# picture renderer (src/picture/): the SVG is portable SVG 1.1, each PNG that SVG drawn by
# resvg at twice its size; and the same set in Japanese in public/static/ja/; and each
# language's social card (og:image), public/static/social-en.png and social-ja.png, exactly
# 1200 x 630 pixels. Trunk runs this as a pre_build hook (Trunk.toml), so every
# `trunk build` and `trunk serve` has them; index.html copies public/static into dist.
#
# The images are generated, not committed (.gitignore): they follow the data and the drawing
# code. They are redrawn only when the export binary is newer than them, so a rebuild where
# nothing changed costs one no-op `cargo build` (about a second).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

out=public/static
bin=target/release/export
# The page's own build target must not leak in: Trunk may export CARGO_BUILD_TARGET for wasm.
env -u CARGO_BUILD_TARGET cargo build --release --locked --quiet --bin export --bin prerender

mapfile -t sources < <("$bin" sources)
# Each language's directory: English at the top, every other language in its own.
declare -A dirs=([en]="$out" [ja]="$out/ja")
files=()
for lang in "${!dirs[@]}"; do
  dir=${dirs[$lang]}
  files+=("$dir/map-all.png" "$dir/map-all.svg" "$out/social-$lang.png")
  for id in "${sources[@]}"; do files+=("$dir/map-$id.png"); done
done

fresh=1
for f in "${files[@]}"; do
  if [ ! -f "$f" ] || [ "$bin" -nt "$f" ] || [ "$0" -nt "$f" ]; then fresh=0; fi
done
if [ "$fresh" = 1 ]; then
  echo "[static-images] up to date"
  exit 0
fi

for lang in "${!dirs[@]}"; do
  dir=${dirs[$lang]}
  mkdir -p "$dir"
  "$bin" image --lang "$lang" --source all --format png --out "$dir/map-all.png"
  "$bin" image --lang "$lang" --source all --format svg --out "$dir/map-all.svg"
  for id in "${sources[@]}"; do
    "$bin" image --lang "$lang" --source "$id" --format png --out "$dir/map-$id.png"
  done
  # The social card of the language's page: the default view, the whole picture (text
  # included) 1200 x 630 at one pixel per px (src/ui/prerender.rs SOCIAL_CARD_PX), held to
  # that size here so that a change to the command's sizes fails the build, not the card.
  "$bin" image --lang "$lang" --source all --format png --width 1200 --height 630 --scale 1 \
    --out "$out/social-$lang.png"
  node -e 'const f = process.argv[1], b = require("fs").readFileSync(f);
    const [w, h] = [b.readUInt32BE(16), b.readUInt32BE(20)];
    if (w !== 1200 || h !== 630) { console.error(`[static-images] ${f} is ${w} x ${h}, not 1200 x 630`); process.exit(1); }' \
    "$out/social-$lang.png"
done
echo "[static-images] wrote ${#files[@]} images to $out"
