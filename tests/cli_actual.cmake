# SPDX-License-Identifier: GPL-3.0-or-later
# `greenprint actual`: golden outputs on the example files of data/examples/actuals/.
# Rewrite them after an intended change with:
#   GREENPRINT_UPDATE_GOLDEN=1 ctest --test-dir build -R cli_actual
set(actual_bert data/examples/bert-finetune-realtime.greenprint)
set(actual_dir data/examples/actuals)
set(actual_db ${CMAKE_CURRENT_BINARY_DIR}/cli-actuals/user.sqlite)
set(actual_tuning "Learning-rate and batch-size search (Bayesian, 24 trials)")
set(actual_all_sources
    --cur ${actual_dir}/cur-legacy.csv
    --ccft ${actual_dir}/ccft-carbon-export.csv
    --codecarbon ${actual_dir}/codecarbon-emissions.csv
    --nvidia-smi "${actual_tuning}=${actual_dir}/nvidia-smi.csv"
    --neuron-monitor ${actual_dir}/neuron-monitor.jsonl
    --cloudwatch ${actual_dir}/cloudwatch-gpu.csv
    --database ${actual_db})

greenprint_cli_test(actual_json EXIT 0 GOLDEN actual-bert.json
    ARGS actual ${actual_bert} ${actual_all_sources} --format json)
greenprint_cli_test(actual_table EXIT 0 GOLDEN actual-bert.txt
    ARGS actual ${actual_bert} ${actual_all_sources})
greenprint_cli_test(actual_csv EXIT 0 GOLDEN actual-bert.csv
    ARGS actual ${actual_bert} ${actual_all_sources} --format csv)
# The same bill as a CUR 2.0 file: the same comparison, only "imports" differs.
greenprint_cli_test(actual_cur2_json EXIT 0 GOLDEN actual-bert-cur2.json
    ARGS actual ${actual_bert} --cur ${actual_dir}/cur2.csv --database ${actual_db} --format json)
greenprint_cli_test(actual_cur_legacy_json EXIT 0 GOLDEN actual-bert-cur-only.json
    ARGS actual ${actual_bert} --cur ${actual_dir}/cur-legacy.csv --database ${actual_db} --format json)
greenprint_cli_test(actual_help EXIT 0 ARGS actual --help
    STDOUT_CONTAINS "--cur" "--ccft" "--codecarbon" "--nvidia-smi" "--neuron-monitor" "--cloudwatch")
greenprint_cli_test(actual_no_source EXIT 2 ARGS actual ${actual_bert}
    STDERR_CONTAINS "at least one file")
greenprint_cli_test(actual_bad_date EXIT 2 ARGS actual ${actual_bert} --cur ${actual_dir}/cur2.csv --from May
    STDERR_CONTAINS "--from needs a date")
greenprint_cli_test(actual_bad_file EXIT 1
    ARGS actual ${actual_bert} --cur ${actual_dir}/codecarbon-emissions.csv --database ${actual_db}
    STDERR_CONTAINS "codecarbon-emissions.csv:1: not a Cost and Usage Report")

# The benchmark's CUR generator and the importer agree (a small file; `make bench` runs 5 million rows).
add_test(NAME actual_generated_cur_imports
    COMMAND sh -c "python3 '${PROJECT_SOURCE_DIR}/tests/benchmarks/generate_cur.py' \"$1\" --rows 3000 && python3 '${PROJECT_SOURCE_DIR}/tests/benchmarks/bench_cur_import.py' '$<TARGET_FILE:greenprint>' '${PROJECT_SOURCE_DIR}/${actual_bert}' \"$1\" \"$2\"" sh
        ${CMAKE_CURRENT_BINARY_DIR}/cli-actuals/generated-cur.csv.gz ${CMAKE_CURRENT_BINARY_DIR}/cli-actuals/bench.json)
set_tests_properties(actual_generated_cur_imports PROPERTIES
    ENVIRONMENT "GREENPRINT_REFERENCE_DB=${PROJECT_BINARY_DIR}/data/greenprint-reference.sqlite;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/cli-xdg-data"
    PASS_REGULAR_EXPRESSION "3000 records in")

# The Athena SQL (its logic is run on SQLite by tst_athenaquery).
greenprint_cli_test(athena_sql EXIT 0 GOLDEN athena-sql-may-2024.sql
    ARGS athena-sql --table cur_db.cur --from 2024-05-01 --to 2024-05-31)
greenprint_cli_test(athena_sql_bad_date EXIT 2 ARGS athena-sql --to 31.05.2024
    STDERR_CONTAINS "--to needs a date")

# Calibration: what the measurements replace, the calibrated project written
# to a new file (never over the project or an import), and that file's estimate with its
# "measured" assumptions.
set(actual_calibrated ${CMAKE_CURRENT_BINARY_DIR}/cli-actuals/bert-calibrated.greenprint)
greenprint_cli_test(actual_calibrate_table EXIT 0 GOLDEN actual-bert-calibrate.txt
    ARGS actual ${actual_bert} ${actual_all_sources} --calibrate ${actual_calibrated})
greenprint_cli_test(actual_calibrate_json EXIT 0 GOLDEN actual-bert-calibrate.json
    ARGS actual ${actual_bert} ${actual_all_sources} --calibrate ${actual_calibrated} --format json)
set_tests_properties(cli_actual_calibrate_json PROPERTIES FIXTURES_SETUP bert_calibrated)
greenprint_cli_test(actual_calibrated_estimate EXIT 0 GOLDEN bert-calibrated-estimate.txt
    ARGS estimate ${actual_calibrated})
set_tests_properties(cli_actual_calibrated_estimate PROPERTIES FIXTURES_REQUIRED bert_calibrated)
greenprint_cli_test(actual_calibrate_only EXIT 0
    ARGS actual ${actual_bert} ${actual_all_sources}
        --calibrate ${CMAKE_CURRENT_BINARY_DIR}/cli-actuals/bert-tokenize.greenprint
        --calibrate-only "data-processing/Tokenize support-ticket corpus (Spark on 4x m6i.4xlarge)"
    STDOUT_CONTAINS "1 of 1 component calibrated" "24.00 h instead of 6.00 h")
greenprint_cli_test(actual_calibrate_only_unknown EXIT 2
    ARGS actual ${actual_bert} --cur ${actual_dir}/cur-legacy.csv --database ${actual_db}
        --calibrate ${CMAKE_CURRENT_BINARY_DIR}/cli-actuals/unused.greenprint --calibrate-only nothing
    STDERR_CONTAINS "no component \"nothing\"")
greenprint_cli_test(actual_calibrate_over_project EXIT 2
    ARGS actual ${actual_bert} --cur ${actual_dir}/cur-legacy.csv --calibrate ${actual_bert}
    STDERR_CONTAINS "bert-finetune-realtime.greenprint")
greenprint_cli_test(actual_calibrate_csv EXIT 2
    ARGS actual ${actual_bert} --cur ${actual_dir}/cur-legacy.csv
        --calibrate ${CMAKE_CURRENT_BINARY_DIR}/cli-actuals/unused.greenprint --format csv
    STDERR_CONTAINS "table or json")
greenprint_cli_test(actual_calibrate_only_alone EXIT 2
    ARGS actual ${actual_bert} --cur ${actual_dir}/cur-legacy.csv --calibrate-only nothing
    STDERR_CONTAINS "needs --calibrate")
# The calibrated file is valid against the project file's schema (its `calibration` keys included).
add_test(NAME actual_calibrated_schema
    COMMAND /usr/bin/python3 -c "import json, sys, jsonschema; schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2])); jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc); assert any('calibration' in c for s in doc['stages'] for c in s['components']); print('valid')"
        ${PROJECT_SOURCE_DIR}/data/schema/project.schema.json ${actual_calibrated})
set_tests_properties(actual_calibrated_schema PROPERTIES
    FIXTURES_REQUIRED bert_calibrated PASS_REGULAR_EXPRESSION "^valid")
