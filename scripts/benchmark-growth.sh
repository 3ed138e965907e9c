#!/usr/bin/env bash
# Issue #19: the portfolio figures at several sizes and how they grow.
# Runs benchmarks/bench_portfolio at each size of BENCH_SIZES (default
# 1000 10000 100000) on portfolios generated once into BENCH_DIR and reused,
# then prints one table: wall and CPU time per figure and size, and the
# growth from one size to the next (time at 10k ÷ time at 1k…). CPU time
# (the process and the commands it ran) is the steadier figure on a
# machine shared with other work. Each size is run BENCH_ROUNDS times
# (default 3) and each figure is the median of its rounds: one run's
# figures move by several percent, which is the whole margin of a growth
# goal like ×10.5. The memory of the open window is read from
# /proc/self/status in a process of its own.
#
#   scripts/benchmark-growth.sh [BUILD_DIR]
#   BENCH_SIZES="1000 10000" BENCH_ROUNDS=1 BENCH_DIR=/tmp/bench scripts/benchmark-growth.sh build
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
SIZES="${BENCH_SIZES:-1000 10000 100000}"
ROUNDS="${BENCH_ROUNDS:-3}"
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_ROUNDS must be a positive whole number, not “$ROUNDS”." >&2; exit 1; }
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
  # A file made by an older Comité is brought to the current schema here,
  # not inside the first timed figure that opens it.
  BENCH_N=$n BENCH_DB="$db" "$BENCH" summaryInProcess >/dev/null 2>&1 || { echo "Cannot open $db." >&2; exit 1; }
  for round in $(seq "$ROUNDS"); do
    echo "== $n products, round $round of $ROUNDS" >&2
    BENCH_N=$n BENCH_DB="$db" "$BENCH" generate openWindow summaryInProcess summaryCommand productView filterKeystroke \
      indicatorFacts portfolioChart portfolioChartDrawing deliberation programmeReport allocation 2>&1 | grep -E "FIGURE|FAIL" \
      | sed "s/^QINFO *: [^ ]* //; s/^FIGURE/FIGURE $round/" | tee -a "$FIGURES" >&2 || true
  done
  BENCH_N=$n BENCH_DB="$db" "$BENCH" openWindowMemory 2>&1 | grep -E "MEMORY" | sed 's/^.*MEMORY/MEMORY/' >&2 || true
done

awk -v sizes="$SIZES" '
  # The median of a list of numbers "a b c".
  function median(list,   v, k, i, j, t) {
    k = split(list, v, " ");
    for (i = 2; i <= k; ++i)
      for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; --j) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2;
  }
  /^FIGURE/ {
    cpu = $NF; wall = $(NF-1); n = $(NF-2); round = $2;
    name = $3; for (i = 4; i < NF-2; ++i) name = name " " $i;
    if (!(name in seen)) { seen[name] = 1; order[++count] = name }
    # A function prints its figure after each of the QtTest passes: the
    # last one of a round counts.
    RW[name, n, round] = wall; RC[name, n, round] = cpu; rounds[name, n, round] = 1
  }
  /FAIL/ { print "failed: " $0 > "/dev/stderr" }
  END {
    for (key in rounds) {
      split(key, part, SUBSEP);
      Wl[part[1], part[2]] = Wl[part[1], part[2]] " " RW[key];
      Cl[part[1], part[2]] = Cl[part[1], part[2]] " " RC[key];
    }
    for (key in Wl) { W[key] = median(Wl[key]); C[key] = median(Cl[key]) }
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
          printf " %14s", sprintf("%.2f/%.2f", W[name, b] / W[name, a], C[name, b] / C[name, a]);
        else printf " %14s", "-";
      }
      printf "\n";
    }
  }' "$FIGURES"
