# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the greenprint executable once and checks its exit code, stdout and stderr.
#   EXE              the executable
#   ARGS             its arguments, separated by '|'
#   EXPECTED_EXIT    the exit code it must return
#   GOLDEN           optional: a file stdout must equal byte for byte
#                    (set GREENPRINT_UPDATE_GOLDEN=1 in the environment to rewrite it)
#   STDOUT_CONTAINS  optional: '|'-separated fragments stdout must contain
#   STDERR_CONTAINS  optional: '|'-separated fragments stderr must contain
#   WORKDIR          working directory (the source tree, so paths in output are relative)
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND ${EXE} ${args}
    WORKING_DIRECTORY ${WORKDIR}
    RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
if(NOT exit_code STREQUAL EXPECTED_EXIT)
    message(FATAL_ERROR "exit code ${exit_code}, expected ${EXPECTED_EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(GOLDEN)
    if(DEFINED ENV{GREENPRINT_UPDATE_GOLDEN})
        file(WRITE ${GOLDEN} "${out}")
        message(STATUS "rewrote ${GOLDEN}")
    else()
        file(READ ${GOLDEN} expected)
        if(NOT out STREQUAL expected)
            string(RANDOM LENGTH 8 suffix)
            set(actual_file "${CMAKE_CURRENT_BINARY_DIR}/golden-actual-${suffix}.txt")
            file(WRITE ${actual_file} "${out}")
            execute_process(COMMAND diff -u ${GOLDEN} ${actual_file} OUTPUT_VARIABLE diff_text)
            message(FATAL_ERROR "stdout differs from ${GOLDEN}:\n${diff_text}")
        endif()
    endif()
endif()
foreach(stream out err)
    string(TOUPPER "STD${stream}_CONTAINS" var)
    if(DEFINED ${var} AND NOT "${${var}}" STREQUAL "")
        string(REPLACE "|" ";" fragments "${${var}}")
        foreach(fragment IN LISTS fragments)
            string(FIND "${${stream}}" "${fragment}" pos)
            if(pos EQUAL -1)
                message(FATAL_ERROR "std${stream} lacks '${fragment}':\n${${stream}}")
            endif()
        endforeach()
    endif()
endforeach()
