#!/usr/bin/env bash
# Builds Comité with AddressSanitizer and UndefinedBehaviorSanitizer in its
# own folder (build-asan, or $COMITE_ASAN_DIR) and runs the whole test
# suite there. Warnings are errors in app/, ui/ and models/ (not in the
# tests). Called by test.sh after the normal suite; extra arguments go to
# ctest. Leak detection is off: Qt's offscreen platform plugin and
# fontconfig keep allocations until exit that LeakSanitizer reports as
# leaks in code that is not ours, so only memory errors and undefined
# behaviour fail the run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASAN_DIR="${COMITE_ASAN_DIR:-$ROOT/build-asan}"
FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"

cmake -S "$ROOT" -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCOMITE_WERROR=ON \
  -DCMAKE_CXX_FLAGS="-O1 $FLAGS" \
  -DCMAKE_EXE_LINKER_FLAGS="$FLAGS" -DCMAKE_SHARED_LINKER_FLAGS="$FLAGS" >/dev/null
# CPU-heavy: behind the other work on the machine.
nice -n 10 cmake --build "$ASAN_DIR" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
cd "$ASAN_DIR"
nice -n 10 ctest --output-on-failure --timeout 1800 "$@"
