#!/usr/bin/env bash
# Installs what is missing, builds Comité and runs the whole test suite
# offscreen. Extra arguments go to ctest, e.g. `scripts/test.sh -R cli`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
# A real PostgreSQL server for the shared-database tests, stopped on exit.
source "$ROOT/scripts/postgres-cluster.sh"
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 "$@"
# COMITE_SANITIZE=1 also runs the suite under AddressSanitizer and UBSan
# (scripts/sanitize.sh, its own build folder). Not yet on by default: its
# first clean run and CI time are still to be measured.
[ "${COMITE_SANITIZE:-0}" = 1 ] && "$ROOT/scripts/sanitize.sh" "$@"
exit 0
