#!/usr/bin/env bash
# Installs what is missing, builds Comité and starts it on its default
# database (a SQLite file in the user's data folder). Extra arguments are
# passed to the application, e.g. `scripts/run.sh --lang en`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
exec "$BUILD_DIR/app/comite" "$@"
