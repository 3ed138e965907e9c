#!/usr/bin/env bash
# Regenerates the manual's screenshots (docs/manual/images/*-fr.png and
# *-en.png) from the demo portfolio with tools/comite_screenshot, so they
# follow the interface instead of being pasted by hand. Run it after
# changing a screen the manual shows, then commit the images.
#   scripts/screenshots.sh [BUILD_DIR]     (default: ./build, built first)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-${COMITE_BUILD_DIR:-$ROOT/build}}"
[ -f "$BUILD_DIR/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "$BUILD_DIR" comite comite_screenshot >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
images="$ROOT/docs/manual/images"
mkdir -p "$images"
# The manual's name for each shot ← the file comite_screenshot writes.
shots=(welcome:welcome portfolio:portfolio product:product-tab3 sessions:sessions
       deliberation:deliberation-export about:about)
for lang in en fr; do
  "$BUILD_DIR/app/comite" demo --db "$work/demo-$lang.sqlite" --lang "$lang" >/dev/null
  # A stand-in home: the About box shows a user's data folder, not a
  # temporary one, and nothing is written to the real home.
  HOME="/home/camille" "$BUILD_DIR/tools/comite_screenshot" "$work/demo-$lang.sqlite" "$work/$lang" \
    --lang "$lang" --size 1180x740
  for shot in "${shots[@]}"; do
    name="${shot%%:*}"
    file="$work/$lang/${shot#*:}.png"
    [ -s "$file" ] || { echo "screenshots.sh: comite_screenshot wrote no ${shot#*:}.png" >&2; exit 1; }
    cp "$file" "$images/$name-$lang.png"
  done
done
# The README's shots (docs/readme/, French, a laptop's 1366×768): the
# portfolio with the real beta.gouv.fr data (../shared/data/betagouv, when
# there), and from the demo a product's indicators, the facilitator's screen
# and the deliberation export.
readme="$ROOT/docs/readme"
mkdir -p "$readme"
shared="$ROOT/../shared/data/betagouv"
if [ -d "$shared" ]; then
  # Exit code 1 means "imported, with warnings on some files": still shown.
  "$BUILD_DIR/app/comite" import-betagouv "$shared" --db "$work/real.sqlite" >/dev/null 2>&1 || [ $? -eq 1 ]
  HOME="/home/camille" "$BUILD_DIR/tools/comite_screenshot" "$work/real.sqlite" "$work/real" --lang fr --size 1366x768
  cp "$work/real/portfolio.png" "$readme/portfolio-real-fr.png"
fi
HOME="/home/camille" "$BUILD_DIR/tools/comite_screenshot" "$work/demo-fr.sqlite" "$work/readme" --lang fr --size 1366x768
for shot in indicators facilitator deliberation-export; do
  [ -s "$work/readme/$shot.png" ] || { echo "screenshots.sh: comite_screenshot wrote no $shot.png" >&2; exit 1; }
  cp "$work/readme/$shot.png" "$readme/$shot-fr.png"
done
ls -l "$images" "$readme"
