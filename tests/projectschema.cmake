# SPDX-License-Identifier: GPL-3.0-or-later
# Project file format v1: every example and valid fixture passes
# data/schema/project.schema.json, and the malformed fixtures fail it.
add_test(NAME projectschema
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/validate_examples.py ${PROJECT_SOURCE_DIR})
set_tests_properties(projectschema PROPERTIES
    TIMEOUT 120
    LABELS "schema")
