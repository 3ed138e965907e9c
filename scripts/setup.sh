#!/usr/bin/env bash
# Installs the Debian packages Comité needs (only the missing ones), then
# configures and builds it in ./build. Sourced by run.sh and test.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${COMITE_BUILD_DIR:-$ROOT/build}"

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev
  qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  libyaml-cpp-dev libzip-dev libical-dev libyaml-dev
  libglpk-dev  # the funding pools' allocation solver (MIP)
  qtkeychain-qt6-dev  # the member space API key from the system keyring
  libpq-dev  # COPY bulk writes to a PostgreSQL server (models/storage/postgrescopy)
  libsqlite3-dev  # large reads on the QSQLITE driver's own connection (models/storage/rowscan)
  postgresql poppler-utils unzip xvfb
  libreoffice-writer-nogui  # tests convert ODT deliberations to PDF headless
  libreoffice-impress-nogui  # tests convert the committee deck's ODP to PDF headless
  desktop-file-utils appstream lintian dpkg-dev file
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${COMITE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
# Fails here, with the package to add, when the build or the tests use
# something this list would not bring to a fresh machine.
"$ROOT/scripts/check-deps.sh" "$BUILD_DIR"
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
