#!/usr/bin/env bash
# Builds Comité with AddressSanitizer and UndefinedBehaviorSanitizer in its
# own folder (build-asan, or $COMITE_ASAN_DIR) and runs the test suite
# there. Warnings are errors in app/, ui/ and models/ (not in the tests).
# Called by test.sh after the normal suite, inside its PostgreSQL test
# cluster (COMITE_TEST_PG_URL), so the shared-database tests run too; extra
# arguments go to ctest. Leak detection is off: Qt's offscreen platform
# plugin and fontconfig keep allocations until exit that LeakSanitizer
# reports as leaks in code that is not ours, so only memory errors and
# undefined behaviour fail the run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASAN_DIR="${COMITE_ASAN_DIR:-$ROOT/build-asan}"
FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"

# Lean, for CI time: -O1 with line tables only (-g1: enough for the
# sanitizers' stack traces), the gold linker (binutils) for the ~90 test
# executables, and no benchmarks or screenshot tool (no test runs them).
start=$SECONDS
cmake -S "$ROOT" -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCOMITE_WERROR=ON \
  -DCOMITE_DEV_TARGETS=OFF -DCMAKE_CXX_FLAGS="-O1 $FLAGS" -DCMAKE_CXX_FLAGS_DEBUG="-g1" \
  -DCMAKE_EXE_LINKER_FLAGS="$FLAGS -fuse-ld=gold" -DCMAKE_SHARED_LINKER_FLAGS="$FLAGS -fuse-ld=gold" >/dev/null
# CPU-heavy: behind the other work on the machine.
nice -n 10 cmake --build "$ASAN_DIR" --parallel "$(nproc)"
built=$SECONDS

export QT_QPA_PLATFORM=offscreen
# Exit code 86 on a sanitizer error: a test running the `comite` binary and
# expecting it to refuse (exit 1) does not take a memory error for a refusal.
export ASAN_OPTIONS="detect_leaks=0:exitcode=86"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=86"
[ -n "${COMITE_TEST_PG_URL:-}" ] || echo "sanitize.sh: no PostgreSQL test cluster (COMITE_TEST_PG_URL): its tests are skipped." >&2
cd "$ASAN_DIR"
# The install tests (label `install`: the .deb, lintian, a DESTDIR install)
# check packaging, not memory: the normal suite runs them.
status=0
nice -n 10 ctest --output-on-failure --timeout 1800 -LE '^install$' "$@" || status=$?
echo "sanitize.sh: build $((built - start)) s, tests $((SECONDS - built)) s (wall); CPU time of this script, then of its children:"
times
exit $status
