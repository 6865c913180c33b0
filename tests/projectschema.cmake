# SPDX-License-Identifier: GPL-3.0-or-later
# The project file format: every example and valid fixture passes
# data/schema/project.schema.json, and the malformed fixtures fail it.
add_test(NAME projectschema
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/validate_examples.py ${PROJECT_SOURCE_DIR})
set_tests_properties(projectschema PROPERTIES
    TIMEOUT 120
    LABELS "schema")

# The schema's required keys and defaults are the reader's: every key of every component type,
# stage and project left out in turn, checked by the schema and by `greenprint validate`.
add_test(NAME projectschema_agrees_with_reader
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/schema_reader_agree.py
        $<TARGET_FILE:greenprint> ${PROJECT_SOURCE_DIR})
set_tests_properties(projectschema_agrees_with_reader PROPERTIES
    ENVIRONMENT "GREENPRINT_REFERENCE_DB=${PROJECT_BINARY_DIR}/data/greenprint-reference.sqlite;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/cli-xdg-data;QT_QPA_PLATFORM=offscreen"
    TIMEOUT 300
    LABELS "schema")
