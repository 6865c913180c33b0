# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging and desktop integration (packaging/): validators for the desktop
# entry, the AppStream metainfo, the MIME type and the man page, and the DEB
# built, unpacked and run. Each test is skipped (exit 77) with a message when
# the Debian tool it needs is absent; `make deps` installs them all.
#   ctest --test-dir build -L packaging
set(packaging_linux_dir ${PROJECT_SOURCE_DIR}/packaging/linux)
set(packaging_scripts ${CMAKE_CURRENT_SOURCE_DIR}/scripts)
set(packaging_desktop_file ${packaging_linux_dir}/${GREENPRINT_APP_ID}.desktop)

# greenprint_packaging_test(<name> <script> <args>...): one bash script, one test.
function(greenprint_packaging_test name script)
    add_test(NAME packaging_${name} COMMAND bash ${packaging_scripts}/${script} ${ARGN})
    set_tests_properties(packaging_${name} PROPERTIES
        SKIP_RETURN_CODE 77
        LABELS packaging
        TIMEOUT 60)
endfunction()

greenprint_packaging_test(desktop_file validate_desktop_entry.sh ${packaging_desktop_file})
greenprint_packaging_test(metainfo validate_metainfo.sh ${GREENPRINT_METAINFO_FILE})
greenprint_packaging_test(mime_type check_mime_type.sh
    ${packaging_linux_dir}/${GREENPRINT_APP_ID}.mime.xml
    ${packaging_desktop_file}
    ${GREENPRINT_METAINFO_FILE})
greenprint_packaging_test(man_page_lint check_man_page.sh lint ${GREENPRINT_MAN_PAGE})
greenprint_packaging_test(man_page_options check_man_page.sh options
    $<TARGET_FILE:greenprint> ${GREENPRINT_MAN_PAGE})

# The DEB: cpack installs from the build tree, so the project must have been
# built (`make test` builds first; the script says so if the executable is missing).
list(JOIN GREENPRINT_PNG_ICON_SIZES " " packaging_icon_sizes)
greenprint_packaging_test(deb check_deb_package.sh
    ${CMAKE_CPACK_COMMAND}
    ${PROJECT_BINARY_DIR}
    $<TARGET_FILE:greenprint>
    ${PROJECT_VERSION}
    ${PROJECT_SOURCE_DIR}
    "${packaging_icon_sizes}")
# cpack's preinstall step brings the build tree up to date, and may relink the very
# executables other tests are running ("permission denied" in hostile_corpus was seen once
# under ctest -j2): nothing else runs while it does.
set_tests_properties(packaging_deb PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
