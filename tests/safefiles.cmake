# SPDX-License-Identifier: GPL-3.0-or-later
# Safe files: a helper process that tst_safefiles kills mid-save and mid-session.
add_executable(greenprint_savehelper helpers/savehelper.cpp)
target_link_libraries(greenprint_savehelper PRIVATE greenprint_models greenprint_warnings)
if(TARGET tst_safefiles)
    add_dependencies(tst_safefiles greenprint_savehelper)
    target_compile_definitions(tst_safefiles PRIVATE
        GREENPRINT_SAVEHELPER="$<TARGET_FILE:greenprint_savehelper>")
endif()
