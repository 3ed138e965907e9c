#!/usr/bin/env bash
# Checks that everything the build and the tests use on this machine comes
# from the package list of scripts/setup.sh, so that a fresh Debian 12
# machine gets it too. A package installed by hand (or pulled in as a mere
# Recommends) makes the build pass here and fail elsewhere; this finds it.
#
#   scripts/check-deps.sh BUILD_DIR [--setup FILE]
#
# Checked: every CMake package directory of BUILD_DIR/CMakeCache.txt (the
# `*_DIR` entries such as Qt6Charts_DIR), every library found through
# pkg-config (`pkgcfg_lib_*`), and every program the tests and the
# packaging run. Each must belong to a Debian package that is in the list or
# reached from it through Depends/Pre-Depends alone. Exit 1 with a message
# naming the CMake package (or program) and the Debian package otherwise.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR=""
SETUP="$ROOT/scripts/setup.sh"
while [ $# -gt 0 ]; do
  case "$1" in
    --setup) SETUP="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) BUILD_DIR="$1"; shift ;;
  esac
done
if [ -z "$BUILD_DIR" ] || [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  echo "check-deps: no CMakeCache.txt in “${BUILD_DIR:-?}”: configure first." >&2
  exit 2
fi

# The PACKAGES=( … ) array of the setup script, comments removed.
mapfile -t listed < <(sed -n '/^PACKAGES=(/,/^)/p' "$SETUP" | sed -e 's/#.*//' -e 's/PACKAGES=(//' -e 's/)//' \
  | tr -s ' \t' '\n' | grep -v '^$' | sort -u)
if [ ${#listed[@]} -eq 0 ]; then
  echo "check-deps: no PACKAGES=( … ) list in $SETUP." >&2
  exit 2
fi

# Everything reachable through Depends alone, cached by the list's hash (the
# apt metadata rarely changes; a new list gives a new key).
hash="$(printf '%s\n' "${listed[@]}" | sha256sum | cut -c1-16)"
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/comite"
closure="$cache_dir/deps-closure-$hash.txt"
if [ ! -s "$closure" ]; then
  mkdir -p "$cache_dir"
  apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
      --no-enhances "${listed[@]}" 2>/dev/null \
    | sed -E 's/^ +(\|?[A-Za-z-]+: )?//; s/[<>]//g; s/:any$//' | grep -v '^$' | sort -u > "$closure.tmp"
  mv "$closure.tmp" "$closure"
fi

# What to check, as "description" and file; owners are looked up at the end
# in one dpkg call (one call per file takes seconds).
whats=()
files=()
failures=()
check() { # WHAT FILE
  whats+=("$1")
  files+=("$2")
}

# 1. CMake packages: the config file inside each *_DIR directory.
while IFS='=' read -r key dir; do
  name="${key%%_DIR:*}"
  case "$dir" in "$ROOT"*|"$BUILD_DIR"*|*NOTFOUND) continue ;; esac
  [ -d "$dir" ] || continue
  config="$(ls "$dir"/*Config.cmake "$dir"/*-config.cmake 2>/dev/null | head -n 1 || true)"
  [ -n "$config" ] || continue
  check "CMake package $name" "$config"
done < <(grep -E '^[A-Za-z0-9_.+-]+_DIR:PATH=' "$BUILD_DIR/CMakeCache.txt")

# 1b. Libraries found through pkg-config (pkg_check_modules): the
#     pkgcfg_lib_PREFIX_NAME entries.
while IFS='=' read -r key file; do
  name="${key#pkgcfg_lib_}"
  name="${name%%:*}"
  case "$file" in "$ROOT"*|"$BUILD_DIR"*|*NOTFOUND) continue ;; esac
  [ -f "$file" ] || continue
  check "pkg-config library $name" "$file"
done < <(grep -E '^pkgcfg_lib_[A-Za-z0-9_.+-]+:FILEPATH=' "$BUILD_DIR/CMakeCache.txt")

# 2. Programs: those the test sources start, plus the fixed ones below.
#    initdb/pg_ctl: scripts/postgres-cluster.sh; Xvfb: real-window checks;
#    the rest: scripts/package.sh and the install tests.
programs=(pdftotext pdfinfo pdftoppm unzip Xvfb desktop-file-validate appstreamcli lintian dpkg-shlibdeps
          dpkg-deb file man)
mapfile -t started < <(grep -ohE '(start|findExecutable)\(QStringLiteral\("[A-Za-z0-9_.+-]+"\)' "$ROOT"/tests/*.cpp \
  2>/dev/null | sed -E 's/.*\("([^"]+)"\)/\1/' | sort -u)
for program in "${programs[@]}" "${started[@]}"; do
  path="$(command -v "$program" || true)"
  if [ -z "$path" ]; then
    failures+=("program $program is not installed: add the Debian package that provides it to the PACKAGES list of scripts/setup.sh.")
    continue
  fi
  check "program $program" "$(readlink -f "$path")"
done
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
for program in initdb pg_ctl; do
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/$program" ]; then
    failures+=("program $program (PostgreSQL server) is not installed: add postgresql to the PACKAGES list of scripts/setup.sh.")
  else
    check "program $program" "$pg_bin/$program"
    fi
done

declare -A owner_of=()
while IFS= read -r line; do
  path="${line##*: }"
  packages="${line%: *}"
  owner_of["$path"]="${packages%%[:,]*}"
done < <(dpkg -S "${files[@]}" 2>/dev/null | grep -v '^diversion' || true)
# Merged /usr: dpkg may know /usr/sbin/runuser as /sbin/runuser.
for file in "${files[@]}"; do
  if [ -z "${owner_of[$file]:-}" ] && [[ "$file" == /usr/* ]]; then
    line="$(dpkg -S "${file#/usr}" 2>/dev/null | head -n 1 || true)"
    [ -n "$line" ] && { packages="${line%: *}"; owner_of["$file"]="${packages%%[:,]*}"; }
  fi
done
# Essential packages are on every Debian system, listed or not.
essential="$(dpkg-query -W -f='${Package} ${Essential}\n' 2>/dev/null | awk '$2 == "yes" {print $1}')"
for i in "${!files[@]}"; do
  package="${owner_of[${files[$i]}]:-}"
  if [ -z "$package" ]; then
    failures+=("${whats[$i]} (${files[$i]}) belongs to no Debian package: it was installed by hand; install it from a package listed in scripts/setup.sh.")
  elif ! grep -qxF "$package" "$closure" && ! grep -qxF "$package" <<< "$essential"; then
    failures+=("${whats[$i]} comes from the Debian package “$package”, which is neither in the PACKAGES list of scripts/setup.sh nor a Depends of one in it: add $package to that list.")
  fi
done

if [ ${#failures[@]} -gt 0 ]; then
  echo "check-deps: this machine builds or tests Comité with packages a fresh machine would not get:" >&2
  printf '  - %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "check-deps: ${#files[@]} CMake packages, libraries and programs, all from the setup list (${#listed[@]} packages)."
