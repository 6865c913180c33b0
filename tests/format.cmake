# SPDX-License-Identifier: GPL-3.0-or-later
# Formatting: every C++ source follows .clang-format (clang-format 14). `make format` fixes it.
# Without clang-format-14 the test fails and says what to install (make test installs it).
find_program(GREENPRINT_CLANG_FORMAT NAMES clang-format-14)
add_test(NAME format_check
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_format.sh ${PROJECT_SOURCE_DIR}
            ${GREENPRINT_CLANG_FORMAT})
