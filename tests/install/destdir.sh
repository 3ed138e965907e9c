#!/usr/bin/env bash
# Installs the build into a temporary DESTDIR (prefix /usr, as the .deb
# does) and runs the installed program from there, with no source tree and
# no build tree on its paths: --version, --help, and `demo` writing a
# database; then checks every file a desktop expects is in place.
#   destdir.sh BUILD_DIR VERSION
set -euo pipefail
BUILD_DIR="$1"
VERSION="$2"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$BUILD_DIR" --prefix /usr > "$root.log" || { cat "$root.log"; exit 1; }
rm -f "$root.log"
fail() { echo "FAIL: $*" >&2; exit 1; }

usr="$root/usr"
for f in bin/comite \
         share/applications/fr.gouv.beta.comite.desktop share/metainfo/fr.gouv.beta.comite.metainfo.xml \
         share/icons/hicolor/scalable/apps/comite.svg \
         share/icons/hicolor/16x16/apps/comite.png share/icons/hicolor/48x48/apps/comite.png \
         share/icons/hicolor/256x256/apps/comite.png \
         share/man/man1/comite.1.gz share/man/fr/man1/comite.1.gz \
         share/comite/translations/comite_fr.qm share/comite/translations/comite_en.qm \
         share/comite/manual/en.html share/comite/manual/fr.html \
         share/doc/comite/copyright share/doc/comite/changelog.Debian.gz; do
  [ -s "$usr/$f" ] || fail "$f is not installed"
done
# Every image the manual shows is installed next to it.
for lang in en fr; do
  for img in $(grep -o 'src="images/[^"]*"' "$usr/share/comite/manual/$lang.html" | cut -d'"' -f2); do
    [ -s "$usr/share/comite/manual/$img" ] || fail "the $lang manual shows $img, which is not installed"
  done
done
file "$usr/share/icons/hicolor/48x48/apps/comite.png" | grep -q '48 x 48' || fail "the 48×48 icon is not 48×48"

# The installed program, run from the temporary root, in a clean HOME.
home="$root/home"
mkdir -p "$home"
run() { env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$usr/bin/comite" "$@"; }
out="$(run --version)"
echo "$out"
[ "$(echo "$out" | head -n 1)" = "comite $VERSION" ] || fail "--version does not start with “comite $VERSION”"
echo "$out" | grep -q 'EUPL-1.2' || fail "--version does not state the licence"
echo "$out" | grep -qF "$home/.local/share/beta.gouv.fr/comite/comite.sqlite" || fail "--version does not say where the data is"
help="$(run --help --lang en)"
echo "$help" | grep -q 'EUPL-1.2' || fail "--help does not state the licence"
echo "$help" | grep -qF "$home/.local/share/beta.gouv.fr/comite" || fail "--help does not say where the data is"
run demo --db "$root/demo.sqlite"
[ -s "$root/demo.sqlite" ] || fail "comite demo wrote no database"
count="$(run products --db "$root/demo.sqlite" --json | grep -o '"slug"' | wc -l)"
[ "$count" -gt 0 ] || fail "the demo database holds no product"
# The French interface comes from the installed translations.
run --help --lang fr | grep -q 'Utilisation\|Usage' || fail "--help --lang fr printed nothing"
# The man page is the --help text, and renders without warnings.
man_text="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$usr/share/man/man1/comite.1.gz" 2>"$root/man.err")"
[ ! -s "$root/man.err" ] || { cat "$root/man.err" >&2; fail "the man page has groff warnings"; }
echo "$man_text" | grep -q 'export-deliberation' || fail "the man page lacks the commands of --help"
echo "$man_text" | grep -q 'EUPL-1.2' || fail "the man page does not state the licence"
echo "PASS: installed $(find "$root/usr" -type f | wc -l) files; the installed comite runs ($count demo products)"
