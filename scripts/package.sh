#!/usr/bin/env bash
# Builds the Debian package of Comité, BUILD_DIR/comite_VERSION-1_ARCH.deb,
# with CPack (cmake/ComitePackaging.cmake); its Depends come from
# dpkg-shlibdeps. Install it with `sudo apt-get install ./build/comite_*.deb`.
#   scripts/package.sh              install what is missing, build ./build, package
#   scripts/package.sh BUILD_DIR    package an already built tree (the tests)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -ge 1 ]; then
  BUILD_DIR="$(cd "$1" && pwd)"
else
  source "$ROOT/scripts/setup.sh"
fi
cd "$BUILD_DIR"
rm -f comite_*.deb
# CPack's own log goes to a file; its errors are shown.
if ! cpack -G DEB --config CPackConfig.cmake > cpack.log 2>&1; then
  cat cpack.log >&2
  echo "package.sh: CPack failed (log above, also in $BUILD_DIR/cpack.log)." >&2
  exit 1
fi
deb="$(ls "$BUILD_DIR"/comite_*.deb)"
echo "$deb"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends Installed-Size
