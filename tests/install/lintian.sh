#!/usr/bin/env bash
# The .deb of scripts/package.sh, checked by lintian: no error; warnings
# are allowed only when resources/debian/lintian-overrides explains them
# (lintian then does not report them). Also shows what Depends came from
# dpkg-shlibdeps and that the run-time plugins are there.
#   lintian.sh BUILD_DIR
set -euo pipefail
deb="$(ls "$1"/comite_*.deb | head -n 1)"
[ -f "$deb" ] || { echo "FAIL: no comite_*.deb in $1: run scripts/package.sh" >&2; exit 1; }
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for p in libqt6core6 libqt6widgets6 libqt6charts6 libc6 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins; do
  echo "$depends" | grep -q "\b$p\b" || { echo "FAIL: Depends lacks $p" >&2; exit 1; }
done
out="$(lintian --fail-on error,warning --display-info "$deb" 2>&1)" && status=0 || status=$?
echo "$out"
if [ "$status" -ne 0 ]; then
  echo "FAIL: lintian reports errors or warnings (above); fix them, or explain them in resources/debian/lintian-overrides" >&2
  exit 1
fi
echo PASS
