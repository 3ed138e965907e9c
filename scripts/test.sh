#!/usr/bin/env bash
# Installs what is missing, builds Comité and runs the whole test suite
# offscreen, then again under AddressSanitizer and UBSan (sanitize.sh).
# Extra arguments go to ctest (both runs), e.g. `scripts/test.sh -R cli`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
# A real PostgreSQL server for the shared-database tests, stopped on exit.
source "$ROOT/scripts/postgres-cluster.sh"
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 "$@"
# Then the same suite under AddressSanitizer and UBSan (scripts/sanitize.sh,
# its own build folder build-asan/, inside the same PostgreSQL cluster).
# COMITE_SANITIZE=0 leaves it out, for a quicker run while working.
if [ "${COMITE_SANITIZE:-1}" != 0 ]; then
  "$ROOT/scripts/sanitize.sh" "$@"
fi
