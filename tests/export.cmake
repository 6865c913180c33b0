# SPDX-License-Identifier: GPL-3.0-or-later
# Command-line export of the PDF and CSV plans; uses greenprint_cli_test() of cli.cmake.
set(export_out ${CMAKE_CURRENT_BINARY_DIR}/export-out)
set(graviton data/examples/graviton-data-pipeline.greenprint)

greenprint_cli_test(export_pdf EXIT 0 ARGS export ${graviton} --pdf ${export_out}/graviton.pdf
    STDOUT_CONTAINS "graviton.pdf" "page")
greenprint_cli_test(export_pdf_and_csv EXIT 0
    ARGS export ${graviton} --pdf ${export_out}/both.pdf --csv ${export_out}/both.csv
    STDOUT_CONTAINS "both.pdf" "both.csv")
greenprint_cli_test(export_unknown_scenario EXIT 1
    ARGS export ${graviton} --csv ${export_out}/none.csv --scenario "no-such-plan"
    STDERR_CONTAINS "this project has no scenario no-such-plan")
greenprint_cli_test(export_help_lists_pdf EXIT 0 ARGS export --help
    STDOUT_CONTAINS "--pdf" "--csv" "--scenario")
greenprint_cli_test(export_pdf_unwritable EXIT 1
    ARGS export ${graviton} --pdf /proc/greenprint-cannot/plan.pdf
    STDERR_CONTAINS "plan.pdf")
# The PDF in another language; terminal messages and the CSV stay English.
greenprint_cli_test(export_pdf_german EXIT 0
    ARGS export ${graviton} --pdf ${export_out}/de.pdf --csv ${export_out}/de.csv --language de
    STDOUT_CONTAINS "wrote" "de.pdf" "de.csv" " pages)")
greenprint_cli_test(export_unknown_language EXIT 2
    ARGS export ${graviton} --pdf ${export_out}/xx.pdf --language xx
    STDERR_CONTAINS "unknown language 'xx'" "en, de, fr, ja")
