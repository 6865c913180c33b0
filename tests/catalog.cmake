# SPDX-License-Identifier: GPL-3.0-or-later
# The reference catalog: generated from pinned sources, every row sourced inside the
# repository, values in range, SageMaker names and region zones consistent.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    add_test(NAME catalog_generated
        COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/data/generate-instances.py --check)
    add_test(NAME data_sources_in_repository
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_data_sources.py
                ${PROJECT_SOURCE_DIR})
    add_test(NAME catalog_rows
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_catalog.py
                ${PROJECT_SOURCE_DIR})
    add_test(NAME region_latency_generated
        COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/data/generate-region-latency.py --check)
    add_test(NAME embodied_generated
        COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/data/generate-embodied.py --check)
    set_tests_properties(catalog_generated data_sources_in_repository catalog_rows
                         region_latency_generated embodied_generated PROPERTIES
        LABELS data TIMEOUT 120)
endif()
