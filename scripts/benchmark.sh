#!/usr/bin/env bash
# Builds Comité and prints the benchmark figures (not part of the tests).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMITE_BUILD_TYPE=Release source "$ROOT/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
# A throwaway PostgreSQL server for the shared-database figures.
source "$ROOT/scripts/postgres-cluster.sh"
for bench in "$BUILD_DIR"/benchmarks/bench_*; do
  [ -x "$bench" ] || continue
  echo "== $(basename "$bench")"
  "$bench" -silent "$@" 2>&1 | grep -vE "propagateSizeHints|XDG_RUNTIME" || true
done
