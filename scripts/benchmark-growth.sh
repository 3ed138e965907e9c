#!/usr/bin/env bash
# Issue #19: the portfolio figures at several sizes and how they grow.
# Runs benchmarks/bench_portfolio at each size of BENCH_SIZES (default
# 1000 10000 100000) on portfolios generated once into BENCH_DIR and reused,
# then prints one table: wall and CPU time per figure and size, and the
# growth from one size to the next (time at 10k ÷ time at 1k…). CPU time
# (the process and the commands it ran) is the steadier figure on a
# machine shared with other work. The memory of the open window is read
# from /proc/self/status in a process of its own.
#
#   scripts/benchmark-growth.sh [BUILD_DIR]
#   BENCH_SIZES="1000 10000" BENCH_DIR=/tmp/bench scripts/benchmark-growth.sh build
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
SIZES="${BENCH_SIZES:-1000 10000 100000}"
DATA="${BENCH_DIR:-$BUILD/bench-data}"
BENCH="$BUILD/benchmarks/bench_portfolio"
COMITE="$BUILD/app/comite"
export QT_QPA_PLATFORM=offscreen
export QTEST_FUNCTION_TIMEOUT=3600000  # 100k on a busy machine: no watchdog
mkdir -p "$DATA"
[ -x "$BENCH" ] && [ -x "$COMITE" ] || { echo "Build bench_portfolio and comite in $BUILD first." >&2; exit 1; }

FIGURES="$(mktemp)"
trap 'rm -f "$FIGURES"' EXIT
for n in $SIZES; do
  db="$DATA/bench-$n.sqlite"
  if [ ! -s "$db" ]; then
    echo "Generating $n products into $db…" >&2
    "$COMITE" generate --db "$db" --products "$n" --months 60 --today 2026-11-24 >/dev/null
  fi
  echo "== $n products" >&2
  BENCH_N=$n BENCH_DB="$db" "$BENCH" generate openWindow summaryInProcess summaryCommand productView filterKeystroke \
    indicatorFacts portfolioChart portfolioChartDrawing deliberation programmeReport allocation 2>&1 | grep -E "FIGURE|FAIL" | sed 's/^QINFO *: [^ ]* //' >>"$FIGURES" || true
  BENCH_N=$n BENCH_DB="$db" "$BENCH" openWindowMemory 2>&1 | grep -E "MEMORY" | sed 's/^.*MEMORY/MEMORY/' >&2 || true
done

awk -v sizes="$SIZES" '
  /^FIGURE/ {
    cpu = $NF; wall = $(NF-1); n = $(NF-2);
    name = $2; for (i = 3; i < NF-2; ++i) name = name " " $i;
    if (!(name in seen)) { seen[name] = 1; order[++count] = name }
    W[name, n] = wall; C[name, n] = cpu
  }
  /FAIL/ { print "failed: " $0 > "/dev/stderr" }
  END {
    k = split(sizes, S, " ");
    printf "%-24s", "figure (ms: wall/cpu)";
    for (i = 1; i <= k; ++i) printf " %16s", S[i];
    for (i = 2; i <= k; ++i) printf " %14s", "x" S[i] "/" S[i-1];
    printf "\n";
    for (j = 1; j <= count; ++j) {
      name = order[j]; printf "%-24s", name;
      for (i = 1; i <= k; ++i) {
        if ((name, S[i]) in W) printf " %16s", sprintf("%.1f/%.1f", W[name, S[i]], C[name, S[i]]); else printf " %16s", "-";
      }
      for (i = 2; i <= k; ++i) {
        a = S[i-1]; b = S[i];
        if ((name, a) in W && (name, b) in W && W[name, a] > 0 && C[name, a] > 0)
          printf " %14s", sprintf("%.1f/%.1f", W[name, b] / W[name, a], C[name, b] / C[name, a]);
        else printf " %14s", "-";
      }
      printf "\n";
    }
  }' "$FIGURES"
