# SPDX-License-Identifier: GPL-3.0-or-later
# The Qt Linguist catalogs (translations/): complete, consistent and in sync with the code.
# The GUI side (no English left on screen, switching at run time) is tests/app/tst_translations.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    add_test(NAME translations_complete
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_translations.py
                complete ${PROJECT_SOURCE_DIR})
    add_test(NAME translations_in_sync
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_translations.py
                sync ${PROJECT_SOURCE_DIR} $<TARGET_FILE:Qt6::lupdate>)
    set_tests_properties(translations_complete translations_in_sync PROPERTIES
        LABELS translations TIMEOUT 300)
endif()
