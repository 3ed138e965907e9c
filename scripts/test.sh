#!/usr/bin/env bash
# Installs what is missing, builds Comité and runs the whole test suite
# offscreen. Extra arguments go to ctest, e.g. `scripts/test.sh -R cli`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 600 "$@"
