# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when any file under MODELS_DIR mentions Qt Widgets, Qt Charts or QApplication.
file(GLOB_RECURSE files "${MODELS_DIR}/*.h" "${MODELS_DIR}/*.cpp" "${MODELS_DIR}/CMakeLists.txt")
set(offenders "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "QtWidgets|QWidget|QtCharts|QChart|QApplication|Qt6::Widgets|Qt6::Charts")
    foreach(line IN LISTS lines)
        # The rule itself is stated in comments; only code counts.
        if(NOT line MATCHES "^[ \t]*(#|//|\\*)")
            list(APPEND offenders "${f}: ${line}")
        endif()
    endforeach()
endforeach()
if(offenders)
    list(JOIN offenders "\n" text)
    message(FATAL_ERROR "models/ must not use Widgets or Charts:\n${text}")
endif()
list(LENGTH files n)
message(STATUS "models boundary: ${n} files checked, none uses Widgets or Charts")
