# SPDX-License-Identifier: GPL-3.0-or-later
# The achieved-utilization table is the fit of the published runs, never edited by hand:
# a fresh fit of data/reference/published_runs.csv must reproduce it byte for byte, and
# the fitter refuses any run of a family reserved for scoring.
add_test(NAME achieved_utilization_fit
    COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/data/fit_achieved_utilization.py --check)
set_tests_properties(achieved_utilization_fit PROPERTIES
    TIMEOUT 120
    LABELS "data")
