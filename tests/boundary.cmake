# SPDX-License-Identifier: GPL-3.0-or-later
# models/ is the domain core: it must never include or link Widgets or Charts.
add_test(NAME models_boundary
    COMMAND ${CMAKE_COMMAND} -DMODELS_DIR=${PROJECT_SOURCE_DIR}/models
            -P ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_models_boundary.cmake)
