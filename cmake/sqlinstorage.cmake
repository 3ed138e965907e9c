# The storage check: fails when a source file outside models/storage/ uses
# Qt SQL (QSqlQuery, QSqlDatabase, QSqlRecord… or a <QtSql> include) or
# holds an SQL statement in a string ("SELECT …", "DELETE FROM …"), so SQL
# stays in the repositories (CONTRIBUTING.md, "Layers"). No exception.
#
#   cmake -DROOT=<source folder> -P sqlinstorage.cmake
cmake_minimum_required(VERSION 3.21)
if(NOT ROOT OR NOT IS_DIRECTORY "${ROOT}/models/storage")
    message(FATAL_ERROR "sqlinstorage.cmake: ROOT is not the source folder: '${ROOT}'")
endif()

set(offenders "")
foreach(folder app ui models tools)
    file(GLOB_RECURSE sources "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    foreach(source ${sources})
        file(RELATIVE_PATH name "${ROOT}" "${source}")
        if(name MATCHES "^models/storage/")
            continue()
        endif()
        file(STRINGS "${source}" lines REGEX "QSql[A-Z][A-Za-z]*|<QtSql|\"(SELECT|INSERT INTO|DELETE FROM|UPDATE [a-z_]+ SET|CREATE TABLE) ")
        if(lines)
            list(GET lines 0 first)
            string(STRIP "${first}" first)
            list(APPEND offenders "  ${name}: ${first}")
        endif()
    endforeach()
endforeach()

if(offenders)
    list(JOIN offenders "\n" text)
    message(FATAL_ERROR "Qt SQL used outside models/storage/ (put the query in a repository):\n${text}")
endif()
message(STATUS "Qt SQL only in models/storage/")
