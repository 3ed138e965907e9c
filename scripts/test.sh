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
# Then the same suite under AddressSanitizer and UBSan (COMITE_SANITIZE=0 skips it).
[ "${COMITE_SANITIZE:-1}" = 0 ] || "$ROOT/scripts/sanitize.sh" "$@"
