#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (run after adding strings).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -locations none -no-obsolete "$ROOT/app" "$ROOT/ui" "$ROOT/models" \
    -ts "$ROOT/translations/comite_fr.ts" "$ROOT/translations/comite_en.ts"
