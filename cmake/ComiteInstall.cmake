# How Comité installs like a desktop application (`cmake --install`,
# scripts/package.sh): the program, its translations, icon, .desktop file,
# AppStream metainfo, man pages and HTML manual, where a Debian desktop
# expects them. The generated parts are built here, in the build tree, with
# the same layout the manual and translations have once installed
# (BUILD/manual ↔ PREFIX/share/comite/manual), so both find them.
include(GNUInstallDirs)

set(COMITE_APP_ID "fr.gouv.beta.comite")
set(COMITE_RELEASE_DATE "2026-12-03")
set(COMITE_ICON_SIZES 16 22 24 32 48 64 128 256)
set(COMITE_ICON_SVG "${CMAKE_SOURCE_DIR}/resources/icons/comite.svg")
set(COMITE_DESKTOP_DIR "${CMAKE_SOURCE_DIR}/resources/desktop")
set(COMITE_GEN "${CMAKE_BINARY_DIR}/generated")

# Icon: PNG sizes rendered from the SVG by Qt's SVG renderer.
set(icon_pngs "")
foreach(size IN LISTS COMITE_ICON_SIZES)
    list(APPEND icon_pngs "${COMITE_GEN}/icons/${size}x${size}/comite.png")
endforeach()
add_custom_command(OUTPUT ${icon_pngs}
    COMMAND comite_icon_renderer "${COMITE_ICON_SVG}" "${COMITE_GEN}/icons" ${COMITE_ICON_SIZES}
    DEPENDS comite_icon_renderer "${COMITE_ICON_SVG}"
    COMMENT "Rendering the application icon to PNG")

# Man pages (English, French) and the command-line text of the manual, all
# from `comite --help`.
set(man_pages "")
set(usage_texts "")
foreach(language en fr)
    if(language STREQUAL "en")
        set(man_dir "${COMITE_GEN}/man/man1")
    else()
        set(man_dir "${COMITE_GEN}/man/${language}/man1")
    endif()
    set(common_args -DCOMITE=$<TARGET_FILE:comite> -DLANGUAGE=${language} -DVERSION=${PROJECT_VERSION}
                    -DDATE=${COMITE_RELEASE_DATE})
    add_custom_command(OUTPUT "${man_dir}/comite.1.gz"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${man_dir}"
        COMMAND ${CMAKE_COMMAND} ${common_args} -DFORMAT=man -DOUT=${man_dir}/comite.1
                -P "${CMAKE_SOURCE_DIR}/cmake/ManPage.cmake"
        COMMAND gzip -9nf "${man_dir}/comite.1"
        DEPENDS comite "${CMAKE_SOURCE_DIR}/cmake/ManPage.cmake"
        COMMENT "Writing the ${language} man page from comite --help")
    add_custom_command(OUTPUT "${COMITE_GEN}/usage-${language}.txt"
        COMMAND ${CMAKE_COMMAND} ${common_args} -DFORMAT=text -DOUT=${COMITE_GEN}/usage-${language}.txt
                -P "${CMAKE_SOURCE_DIR}/cmake/ManPage.cmake"
        DEPENDS comite "${CMAKE_SOURCE_DIR}/cmake/ManPage.cmake")
    list(APPEND man_pages "${man_dir}/comite.1.gz")
    list(APPEND usage_texts "${COMITE_GEN}/usage-${language}.txt")
endforeach()

# The manual: Markdown → HTML (tools/manualhtml.cpp), with its screenshots,
# into BUILD/manual.
file(GLOB manual_images CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/docs/manual/images/*.png")
set(manual_html "")
foreach(language en fr)
    add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/manual/${language}.html"
        COMMAND comite_manual_html "${CMAKE_SOURCE_DIR}/docs/manual/${language}.md"
                "${COMITE_GEN}/usage-${language}.txt" "${CMAKE_BINARY_DIR}/manual/${language}.html"
        DEPENDS comite_manual_html "${CMAKE_SOURCE_DIR}/docs/manual/${language}.md" "${COMITE_GEN}/usage-${language}.txt"
        COMMENT "Writing the ${language} HTML manual")
    list(APPEND manual_html "${CMAKE_BINARY_DIR}/manual/${language}.html")
endforeach()
add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/manual/images.stamp"
    COMMAND ${CMAKE_COMMAND} -E remove_directory "${CMAKE_BINARY_DIR}/manual/images"
    COMMAND ${CMAKE_COMMAND} -E copy_directory "${CMAKE_SOURCE_DIR}/docs/manual/images" "${CMAKE_BINARY_DIR}/manual/images"
    COMMAND ${CMAKE_COMMAND} -E touch "${CMAKE_BINARY_DIR}/manual/images.stamp"
    DEPENDS ${manual_images})

# The Debian changelog, compressed as Debian wants it.
add_custom_command(OUTPUT "${COMITE_GEN}/changelog.Debian.gz"
    COMMAND gzip -9n -c "${CMAKE_SOURCE_DIR}/resources/debian/changelog" > "${COMITE_GEN}/changelog.Debian.gz"
    DEPENDS "${CMAKE_SOURCE_DIR}/resources/debian/changelog")

add_custom_target(comite_manual ALL DEPENDS ${manual_html} "${CMAKE_BINARY_DIR}/manual/images.stamp")
add_custom_target(comite_desktop_files ALL DEPENDS ${icon_pngs} ${man_pages} "${COMITE_GEN}/changelog.Debian.gz")

# What is installed.
install(TARGETS comite RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The program's own libraries, private: in lib/<multiarch>/comite, where
# Debian wants a package's private libraries (and where no ldconfig call is
# needed), found from the program through $ORIGIN.
if(CMAKE_LIBRARY_ARCHITECTURE)
    set(COMITE_PRIVATE_LIBDIR "lib/${CMAKE_LIBRARY_ARCHITECTURE}/comite")
else()
    set(COMITE_PRIVATE_LIBDIR "lib/comite")
endif()
install(TARGETS comite_models comite_ui LIBRARY DESTINATION ${COMITE_PRIVATE_LIBDIR})
set_target_properties(comite PROPERTIES INSTALL_RPATH "$ORIGIN/../${COMITE_PRIVATE_LIBDIR}")
install(FILES "${CMAKE_BINARY_DIR}/ui/comite_fr.qm" "${CMAKE_BINARY_DIR}/ui/comite_en.qm"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/comite/translations)
install(FILES ${manual_html} DESTINATION ${CMAKE_INSTALL_DATADIR}/comite/manual)
install(FILES ${manual_images} DESTINATION ${CMAKE_INSTALL_DATADIR}/comite/manual/images)
install(FILES "${COMITE_DESKTOP_DIR}/${COMITE_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${COMITE_DESKTOP_DIR}/${COMITE_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${COMITE_ICON_SVG}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS COMITE_ICON_SIZES)
    install(FILES "${COMITE_GEN}/icons/${size}x${size}/comite.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES "${COMITE_GEN}/man/man1/comite.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES "${COMITE_GEN}/man/fr/man1/comite.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/fr/man1)
install(FILES "${CMAKE_SOURCE_DIR}/resources/debian/copyright" "${COMITE_GEN}/changelog.Debian.gz"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/comite)
install(FILES "${CMAKE_SOURCE_DIR}/resources/debian/lintian-overrides"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME comite)
