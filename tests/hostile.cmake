# SPDX-License-Identifier: GPL-3.0-or-later
# The hostile input corpus: tests/hostile/hostile_corpus.py generates each case,
# runs the command line on it with a time limit and checks what the user gets.
add_test(NAME hostile_corpus
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/hostile/hostile_corpus.py
        --exe $<TARGET_FILE:greenprint>
        --source ${PROJECT_SOURCE_DIR}
        --work ${CMAKE_CURRENT_BINARY_DIR}/hostile)
set_tests_properties(hostile_corpus PROPERTIES
    ENVIRONMENT "GREENPRINT_REFERENCE_DB=${PROJECT_BINARY_DIR}/data/greenprint-reference.sqlite;QT_QPA_PLATFORM=offscreen"
    TIMEOUT 900)
