#!/usr/bin/env bash
# Proves that scripts/check-deps.sh catches a package missing from the setup
# list: against a copy of scripts/setup.sh without libqt6opengl6-dev (which
# Qt Charts' CMake files need and qt6-base-dev only recommends), the check
# must fail and name both the CMake package and the Debian package.
#   check-deps-catches-missing.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
ROOT="$1"
BUILD_DIR="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed '/^PACKAGES=(/,/^)/s/\(^\|[[:space:]]\)libqt6opengl6-dev\([[:space:]]\|$\)/\1\2/' "$ROOT/scripts/setup.sh" > "$work/setup.sh"
if grep -q 'libqt6opengl6-dev' "$work/setup.sh"; then
  echo "FAIL: could not remove libqt6opengl6-dev from the copy of the list" >&2
  exit 1
fi
status=0
"$ROOT/scripts/check-deps.sh" "$BUILD_DIR" --setup "$work/setup.sh" > "$work/out" 2>&1 || status=$?
cat "$work/out"
if [ "$status" -ne 1 ]; then
  echo "FAIL: check-deps.sh exited with $status instead of 1 without libqt6opengl6-dev" >&2
  exit 1
fi
if ! grep -q 'CMake package Qt6OpenGL comes from the Debian package “libqt6opengl6-dev”' "$work/out"; then
  echo "FAIL: the message does not name Qt6OpenGL and libqt6opengl6-dev" >&2
  exit 1
fi
# And the real list passes.
"$ROOT/scripts/check-deps.sh" "$BUILD_DIR"
echo "PASS"
