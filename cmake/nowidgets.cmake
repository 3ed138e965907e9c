# The layer check: fails when a source file under DIR includes a Qt Widgets
# header, so models/ stays testable and usable without a window.
#
#   cmake -DDIR=<folder> [-DWIDGETS_DIR=<QtWidgets include folder>] -P nowidgets.cmake
#
# A header counts as a widget header when it is <QtWidgets/...>, <QtWidgets>,
# or any name that exists in the QtWidgets include folder (QDialog,
# QMessageBox, qwidget.h…); without WIDGETS_DIR a fixed list stands in.
cmake_minimum_required(VERSION 3.21)
if(NOT DIR OR NOT IS_DIRECTORY "${DIR}")
    message(FATAL_ERROR "nowidgets.cmake: DIR is not a folder: '${DIR}'")
endif()

set(fallback QWidget QDialog QMessageBox QApplication QMainWindow QAction QLabel
    QPushButton QLineEdit QComboBox QTableView QTreeView QListView QFileDialog
    QStyle QStyledItemDelegate QAbstractItemView QMenu QToolBar QLayout
    QVBoxLayout QHBoxLayout QFormLayout QGridLayout QTabWidget QUndoView)

function(is_widget_header header result)
    set(widget OFF)
    if(header MATCHES "^QtWidgets($|/)")
        set(widget ON)
    elseif(WIDGETS_DIR AND NOT header MATCHES "/" AND EXISTS "${WIDGETS_DIR}/${header}")
        set(widget ON)
    elseif(header IN_LIST fallback)
        set(widget ON)
    endif()
    set(${result} ${widget} PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE sources "${DIR}/*.h" "${DIR}/*.cpp" "${DIR}/*.hpp" "${DIR}/*.cc")
set(offenders "")
foreach(source ${sources})
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line ${lines})
        if(line MATCHES "#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
            set(header "${CMAKE_MATCH_1}")
            is_widget_header("${header}" widget)
            if(widget)
                file(RELATIVE_PATH name "${DIR}" "${source}")
                list(APPEND offenders "  ${name}: #include ${header}")
            endif()
        endif()
    endforeach()
endforeach()

if(offenders)
    list(JOIN offenders "\n" text)
    message(FATAL_ERROR "Widgets included under ${DIR} (this layer must not use Qt Widgets):\n${text}")
endif()
message(STATUS "No Qt Widgets header under ${DIR}")
