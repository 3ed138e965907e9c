# Writes the man page comite.1 (FORMAT=man) or the plain text the manual
# quotes (FORMAT=text) from `comite --help`, so that they cannot drift
# apart. Run at build time by ComiteInstall.cmake:
#   cmake -DCOMITE=… -DLANGUAGE=en|fr -DVERSION=… -DDATE=… -DFORMAT=man|text -DOUT=… -P ManPage.cmake
# The data folder is written for any user (~/.local/share/…): --help runs
# with a stand-in HOME that is replaced by "~".
set(fake_home "/comite-man-page-home")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env HOME=${fake_home} --unset=XDG_DATA_HOME --unset=XDG_CONFIG_HOME
            ${COMITE} --help --lang ${LANGUAGE}
    OUTPUT_VARIABLE usage
    ERROR_VARIABLE errors
    RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR usage STREQUAL "")
    message(FATAL_ERROR "comite --help failed (${status}): ${errors}")
endif()
string(REPLACE "${fake_home}" "~" usage "${usage}")
if(FORMAT STREQUAL "text")
    file(WRITE "${OUT}.tmp" "${usage}")
    file(RENAME "${OUT}.tmp" "${OUT}")
    return()
endif()

# roff: backslashes first, then minus signs, then lines that would read as
# requests.
string(REPLACE "\\" "\\e" usage "${usage}")
string(REPLACE "-" "\\-" usage "${usage}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" usage "${usage}")

if(LANGUAGE STREQUAL "fr")
    set(section_name "NOM")
    set(summary "comités d'investissement des incubateurs beta.gouv.fr")
    set(section_description "DESCRIPTION")
    set(section_see "VOIR AUSSI")
    set(see "Le manuel : menu Aide > Manuel (F1) dans la fenêtre, ou share/comite/manual/fr.html dans le dossier d'installation.")
    set(heading "Commandes utilisateur")
else()
    set(section_name "NAME")
    set(summary "investment committees of the beta.gouv.fr incubators")
    set(section_description "DESCRIPTION")
    set(section_see "SEE ALSO")
    set(see "The manual: Help > Manual (F1) in the window, or share/comite/manual/en.html in the installation folder.")
    set(heading "User Commands")
endif()

file(WRITE "${OUT}.tmp"
".\\\" Generated from `comite --help` by cmake/ManPage.cmake: do not edit.
.TH COMITE 1 \"${DATE}\" \"Comité ${VERSION}\" \"${heading}\"
.SH ${section_name}
comite \\- ${summary}
.SH SYNOPSIS
.B comite
[\\fB\\-\\-db\\fR \\fIPATH\\fR] [\\fB\\-\\-lang\\fR \\fBfr\\fR|\\fBen\\fR]
.br
.B comite
\\fICOMMAND\\fR [\\fIoptions\\fR]
.SH ${section_description}
.nf
${usage}.fi
.SH ${section_see}
${see}
")
file(RENAME "${OUT}.tmp" "${OUT}")
