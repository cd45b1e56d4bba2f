#!/usr/bin/env bash
# Cuts Noto Sans CJK JP (Regular and Bold, from Debian's fonts-noto-cjk) down to the
# characters the Japanese pictures of the map draw, and writes them beside this script as
# NotoSansCJKjp-{Regular,Bold}-subset.otf (SIL Open Font License 1.1, LICENSE-NotoSansCJK.txt).
#
# Run it when a native test (`tests/picture.rs`) says a Japanese character has no glyph:
# the characters come from `export glyphs --lang ja`, every string of every picture the build
# or the export command can draw (`picture::every_picture_text`), plus printable ASCII. The subset keeps no hinting and no
# layout features (the rasteriser uses neither), which keeps each file near 100 KB.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

noto=/usr/share/fonts/opentype/noto
if [ ! -f "$noto/NotoSansCJK-Regular.ttc" ]; then
  sudo apt-get install -y --no-install-recommends fonts-noto-cjk
fi
# Debian's fonttools if installed (no PyPI needed), else a pinned one in a virtualenv.
if command -v pyftsubset >/dev/null; then
  subset=pyftsubset
else
  venv=target/fonttools
  if [ ! -x "$venv/bin/pyftsubset" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet fonttools==4.68.0
  fi
  subset="$venv/bin/pyftsubset"
fi

cargo build --release --locked --quiet --bin export
chars=target/still-ja-chars.txt
{
  target/release/export glyphs --lang ja
  for i in $(seq 32 126); do printf "\\$(printf %03o "$i")"; done
} > "$chars"

for weight in Regular Bold; do
  # Font number 0 of the collection is the Japanese one (Noto Sans CJK JP).
  "$subset" "$noto/NotoSansCJK-$weight.ttc" --font-number=0 \
    --text-file="$chars" --layout-features='' --no-hinting --name-IDs='*' \
    --output-file="tools/fonts/NotoSansCJKjp-$weight-subset.otf"
done
ls -l tools/fonts/NotoSansCJKjp-*-subset.otf
