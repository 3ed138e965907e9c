#!/usr/bin/env bash
# The .desktop file and the AppStream metainfo, checked by the validators a
# distribution uses; the metainfo's newest release is the project version.
#   desktop-files.sh SOURCE_DIR VERSION
set -euo pipefail
dir="$1/resources/desktop"
desktop-file-validate "$dir/fr.gouv.beta.comite.desktop"
appstreamcli validate --no-net --pedantic "$dir/fr.gouv.beta.comite.metainfo.xml"
newest="$(grep -o '<release version="[^"]*"' "$dir/fr.gouv.beta.comite.metainfo.xml" | head -n 1 | cut -d'"' -f2)"
if [ "$newest" != "$2" ]; then
  echo "FAIL: the metainfo's newest release is “$newest”, the project version is $2: add a <release>." >&2
  exit 1
fi
changelog="$(head -n 1 "$1/resources/debian/changelog" | sed -E 's/.*\(([^-)]*).*/\1/')"
if [ "$changelog" != "$2" ]; then
  echo "FAIL: resources/debian/changelog starts at $changelog, the project version is $2: add an entry." >&2
  exit 1
fi
grep -q '^Categories=Office;ProjectManagement;$' "$dir/fr.gouv.beta.comite.desktop"
grep -q '^Name\[fr\]=' "$dir/fr.gouv.beta.comite.desktop"
grep -q '^Comment\[fr\]=' "$dir/fr.gouv.beta.comite.desktop"
echo PASS
