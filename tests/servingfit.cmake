# SPDX-License-Identifier: GPL-3.0-or-later
# The serving constants (coefficients.csv serving.*) are the fit of the `fit` rows of
# data/reference/serving_measurements.csv, never edited by hand: a fresh fit must give them.
add_test(NAME serving_fit
    COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/data/fit_serving.py --check)
set_tests_properties(serving_fit PROPERTIES
    TIMEOUT 300
    LABELS "data")
