#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (run after adding strings).
# English entries are filled from their (English) source; the French ones
# left "unfinished" are to be translated by hand (Qt Linguist or an editor).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
refresh() {
  "$LUPDATE" -silent -locations none -no-obsolete "$ROOT/app" "$ROOT/ui" "$ROOT/models" \
      -ts "$ROOT/translations/comite_fr.ts" "$ROOT/translations/comite_en.ts"
}
refresh
python3 "$ROOT/scripts/fill-english-translations.py" "$ROOT/translations/comite_en.ts"
refresh  # back to lupdate's own layout
echo "French entries still to translate: $(grep -c 'type="unfinished"' "$ROOT/translations/comite_fr.ts" || true)"
