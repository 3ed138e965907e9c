# The Debian package, built by scripts/package.sh (`cpack -G DEB`): what
# ComiteInstall.cmake installs, under /usr. Depends on the shared libraries
# comes from dpkg-shlibdeps; it cannot see the Qt plugins loaded at run time,
# listed here by hand.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "comite")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "beta.gouv.fr")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "investment committees of the beta.gouv.fr incubators")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")  # comite_VERSION-RELEASE_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Comité maintainers <comite@beta.gouv.fr>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://beta.gouv.fr/")
# The synopsis is the summary above; CPack indents this as the extended
# description.
set(CPACK_PACKAGE_DESCRIPTION "Comité keeps the portfolio of products of a public digital-service
incubator of the beta.gouv.fr network: phases and committee history,
six-month roadmaps, indicators with impact charts and budget envelopes.
It plans and runs committee sessions against a timed agenda with the
sponsors' arbitration grid, and writes the deliberation as PDF, ODT,
Markdown or HTML. It works on a local SQLite file or on a shared
PostgreSQL server, in French or English.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, unseen by dpkg-shlibdeps: the SQLite and PostgreSQL
# drivers, the SVG icon engine, and the platform and input-method plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, qt6-qpa-plugins")
# Qt's own French strings (standard dialogs' buttons); the program runs
# without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
include(CPack)
