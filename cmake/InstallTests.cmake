# Tests of what is installed, run by CTest with the rest (tests/install/):
# the dependency check, the desktop files checked by the real validators,
# an install into a temporary DESTDIR that must run, and the .deb checked by
# lintian. The .deb is built once per CTest run, by the `install_package`
# fixture, only for the tests that need it.
set(install_tests "${CMAKE_SOURCE_DIR}/tests/install")
add_test(NAME install_check_deps
         COMMAND "${install_tests}/check-deps-catches-missing.sh" "${CMAKE_SOURCE_DIR}" "${CMAKE_BINARY_DIR}")
add_test(NAME install_desktop_files
         COMMAND "${install_tests}/desktop-files.sh" "${CMAKE_SOURCE_DIR}" "${PROJECT_VERSION}")
add_test(NAME install_destdir
         COMMAND "${install_tests}/destdir.sh" "${CMAKE_BINARY_DIR}" "${PROJECT_VERSION}")
add_test(NAME install_package
         COMMAND "${CMAKE_SOURCE_DIR}/scripts/package.sh" "${CMAKE_BINARY_DIR}")
add_test(NAME install_lintian
         COMMAND "${install_tests}/lintian.sh" "${CMAKE_BINARY_DIR}")
set_tests_properties(install_package PROPERTIES FIXTURES_SETUP comite_deb)
set_tests_properties(install_lintian PROPERTIES FIXTURES_REQUIRED comite_deb)
set_tests_properties(install_check_deps install_desktop_files install_destdir install_package install_lintian
                     PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8" LABELS install)
# tst_install opens the manual of the build tree (BUILD/manual).
if(TARGET tst_install)
    add_dependencies(tst_install comite_manual)
endif()
