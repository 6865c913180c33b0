# SPDX-License-Identifier: GPL-3.0-or-later
# Command-line tests: golden outputs for every format and the exit codes.
# Rewrite the golden files after an intended change with:
#   GREENPRINT_UPDATE_GOLDEN=1 ctest --test-dir build -R cli_
set(cli_golden_dir ${CMAKE_CURRENT_SOURCE_DIR}/data/cli)

function(greenprint_cli_test name)
    cmake_parse_arguments(arg "" "EXIT;GOLDEN" "ARGS;STDOUT_CONTAINS;STDERR_CONTAINS" ${ARGN})
    list(JOIN arg_ARGS "|" joined_args)
    list(JOIN arg_STDOUT_CONTAINS "|" joined_out)
    list(JOIN arg_STDERR_CONTAINS "|" joined_err)
    set(golden "")
    if(arg_GOLDEN)
        set(golden ${cli_golden_dir}/${arg_GOLDEN})
    endif()
    add_test(NAME cli_${name}
        COMMAND ${CMAKE_COMMAND}
            -DEXE=$<TARGET_FILE:greenprint>
            "-DARGS=${joined_args}"
            -DEXPECTED_EXIT=${arg_EXIT}
            -DGOLDEN=${golden}
            "-DSTDOUT_CONTAINS=${joined_out}"
            "-DSTDERR_CONTAINS=${joined_err}"
            -DWORKDIR=${PROJECT_SOURCE_DIR}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/scripts/run_cli_case.cmake)
    set_tests_properties(cli_${name} PROPERTIES ENVIRONMENT
        "GREENPRINT_REFERENCE_DB=${PROJECT_BINARY_DIR}/data/greenprint-reference.sqlite;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/cli-xdg-data;QT_QPA_PLATFORM=offscreen")
endfunction()

set(bert data/examples/bert-finetune-realtime.greenprint)
set(llm data/examples/llm-pretraining-p4d-p5.greenprint)

greenprint_cli_test(estimate_table EXIT 0 GOLDEN bert-estimate.txt ARGS estimate ${bert})
greenprint_cli_test(estimate_table_default EXIT 0 GOLDEN bert-estimate.txt ARGS estimate ${bert} --format table)
# JSON is lean by default (ids and figures; region, PUE and grid intensity once per stage);
# --detail writes every figure of every component.
greenprint_cli_test(estimate_json EXIT 0 GOLDEN bert-estimate.json ARGS estimate ${bert} --format json)
greenprint_cli_test(estimate_json_detail EXIT 0 GOLDEN bert-estimate-detail.json
    ARGS estimate ${bert} --format json --detail)
greenprint_cli_test(estimate_detail_needs_json EXIT 2 ARGS estimate ${bert} --detail
    STDERR_CONTAINS "--detail")
greenprint_cli_test(estimate_csv EXIT 0 GOLDEN bert-estimate.csv ARGS estimate ${bert} --format csv)
greenprint_cli_test(estimate_llm_json EXIT 0 GOLDEN llm-estimate.json
    ARGS estimate ${llm} --format json --detail)
greenprint_cli_test(estimate_llm_json_lean EXIT 0 GOLDEN llm-estimate-lean.json
    ARGS estimate ${llm} --format json)
greenprint_cli_test(validate_ok EXIT 0 ARGS validate ${bert} STDOUT_CONTAINS "valid")
greenprint_cli_test(data_regions_csv EXIT 0 GOLDEN regions.csv ARGS data regions --format csv)
# A focused golden (GPUs with an assumed sibling, Neuron, Graviton, Teads-measured Intel; EC2 and
# ml. names); every row of the whole listing is checked by data_instances_every_row.
greenprint_cli_test(data_instances_json EXIT 0 GOLDEN instances-focused.json
                    ARGS data instances --format json --family g5,trn1,c7g,m5zn)
greenprint_cli_test(data_instances_unknown_family EXIT 2 ARGS data instances --family g5,zz9
                    STDERR_CONTAINS "zz9")
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    add_test(NAME cli_data_instances_every_row
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_instances_listing.py
                $<TARGET_FILE:greenprint> ${PROJECT_SOURCE_DIR})
    set_tests_properties(cli_data_instances_every_row PROPERTIES ENVIRONMENT
        "GREENPRINT_REFERENCE_DB=${PROJECT_BINARY_DIR}/data/greenprint-reference.sqlite;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/cli-xdg-data;QT_QPA_PLATFORM=offscreen")
endif()
greenprint_cli_test(data_regions_table EXIT 0 ARGS data regions STDOUT_CONTAINS "eu-north-1" "gCO2e/kWh")
greenprint_cli_test(version EXIT 0 ARGS --version STDOUT_CONTAINS "greenprint ${PROJECT_VERSION}")
greenprint_cli_test(help EXIT 0 ARGS --help STDOUT_CONTAINS "estimate FILE" "validate FILE")
greenprint_cli_test(estimate_help EXIT 0 ARGS estimate --help STDOUT_CONTAINS "--format")

# Invalid input: exit 1, the file and JSON path named on stderr.
greenprint_cli_test(validate_invalid EXIT 1 ARGS validate tests/data/cli/unknown-instance.greenprint
    STDERR_CONTAINS "tests/data/cli/unknown-instance.greenprint: stages[2].components[0].instance:" "p9.imaginary")
greenprint_cli_test(estimate_invalid_field EXIT 1 ARGS estimate tests/data/cli/negative-hours.greenprint
    STDERR_CONTAINS "negative-hours.greenprint: stages[2].components[0].hours:")
# Hand-written files: only format, formatVersion, name and stages are required,
# and validate reports every problem of a file in one run.
greenprint_cli_test(estimate_required_keys_only EXIT 0
    ARGS estimate tests/data/projects/handwritten/required-keys-only.greenprint --format json
    STDOUT_CONTAINS "\"project\": \"Only the required keys\"" "\"energyKWh\": 0")
greenprint_cli_test(estimate_defaults_everywhere EXIT 0
    ARGS estimate tests/data/projects/handwritten/defaults-everywhere.greenprint
    STDOUT_CONTAINS "compute g5.xlarge" "storage" "Real-time endpoint" "logs")
greenprint_cli_test(validate_every_problem_in_one_run EXIT 1
    ARGS validate tests/data/cli/handwritten-errors.greenprint
    STDERR_CONTAINS "settings.includeEmbodied: must be true or false"
        "stages[0].components[0].hours: must be a number"
        "stages[0].components[1].sizeGB: required key is missing"
        "stages[1].kind: must be one of")
greenprint_cli_test(estimate_missing_file EXIT 1 ARGS estimate tests/data/cli/does-not-exist.greenprint
    STDERR_CONTAINS "does-not-exist.greenprint")
greenprint_cli_test(export_csv EXIT 0 ARGS export ${bert} --csv ${CMAKE_CURRENT_BINARY_DIR}/cli-out/bert-plan.csv
    STDOUT_CONTAINS "bert-plan.csv")

# Usage errors: exit 2.
greenprint_cli_test(no_file EXIT 2 ARGS estimate STDERR_CONTAINS "estimate")
greenprint_cli_test(bad_format EXIT 2 ARGS estimate ${bert} --format xml STDERR_CONTAINS "xml")
greenprint_cli_test(bad_table EXIT 2 ARGS data planets STDERR_CONTAINS "planets")
greenprint_cli_test(unknown_option EXIT 2 ARGS --frobnicate STDERR_CONTAINS "frobnicate")
greenprint_cli_test(export_without_output EXIT 2 ARGS export ${bert})

# Advisor and scenarios.
set(graviton data/examples/graviton-data-pipeline.greenprint)
set(onprem data/examples/onprem-dgx-custom-catalog.greenprint)
greenprint_cli_test(suggest_table EXIT 0 GOLDEN bert-suggest.txt ARGS suggest ${bert})
greenprint_cli_test(suggest_json EXIT 0 GOLDEN bert-suggest.json ARGS suggest ${bert} --format json)
greenprint_cli_test(suggest_llm_json EXIT 0 GOLDEN llm-suggest.json ARGS suggest ${llm} --format json)
greenprint_cli_test(suggest_graviton_json EXIT 0 GOLDEN graviton-suggest.json
    ARGS suggest ${graviton} --format json)
greenprint_cli_test(suggest_onprem_json EXIT 0 GOLDEN onprem-suggest.json
    ARGS suggest ${onprem} --format json)
# The advisor walk: 8B fine-tune on p4d, 5M requests a month on g5, eu-central-1. Only hardware the
# jobs can run on is offered (memory, interconnect, headroom), Trainium/Trainium2/p5 and g6 sized
# from the same work.
set(walkPlan tests/data/cli/walk-plan.greenprint)
greenprint_cli_test(suggest_walk_plan EXIT 0 GOLDEN walk-plan-suggest.txt ARGS suggest ${walkPlan})
greenprint_cli_test(suggest_walk_plan_json EXIT 0 GOLDEN walk-plan-suggest.json
    ARGS suggest ${walkPlan} --format json)
# The same walk with users in us-east-1 and a 100 ms ceiling: a move of the endpoints is dropped
# only because its measured round trip from the users exceeds the ceiling, and says so.
greenprint_cli_test(suggest_walk_plan_latency EXIT 0 GOLDEN walk-plan-latency-suggest.txt
    ARGS suggest tests/data/cli/walk-plan-latency.greenprint)
# The walk with EU-only residency, users in Frankfurt and a 2000 ms ceiling: whole-plan scenarios
# (one region for every stage, hardware per stage, "stage": "plan") and the whole plan's front.
set(walkEu tests/data/cli/walk-plan-eu.greenprint)
greenprint_cli_test(suggest_walk_plan_eu_json EXIT 0 GOLDEN walk-plan-eu-suggest.json
    ARGS suggest ${walkEu} --format json)
greenprint_cli_test(pareto_walk_plan_eu EXIT 0 GOLDEN walk-plan-eu-pareto.txt
    ARGS pareto ${walkEu})
greenprint_cli_test(pareto_walk_plan_eu_json EXIT 0 GOLDEN walk-plan-eu-pareto.json
    ARGS pareto ${walkEu} --format json)
greenprint_cli_test(pareto_walk_plan_latency_inference EXIT 0
    ARGS pareto tests/data/cli/walk-plan-latency.greenprint --stage inference
    STDOUT_CONTAINS "ca-central-1, 2 × g6.xlarge")
greenprint_cli_test(pareto_bad_stage EXIT 2 ARGS pareto ${walkEu} --stage nope
    STDERR_CONTAINS "nope")
greenprint_cli_test(suggest_bad_format EXIT 2 ARGS suggest ${bert} --format csv STDERR_CONTAINS "csv")
greenprint_cli_test(suggest_help EXIT 0 ARGS --help STDOUT_CONTAINS "suggest FILE")
greenprint_cli_test(estimate_scenario EXIT 0 GOLDEN bert-scenario-estimate.json
    ARGS estimate ${bert} --format json
         --scenario "Stop idle notebooks, autoscale serving, train in Stockholm")
greenprint_cli_test(estimate_unknown_scenario EXIT 1 ARGS estimate ${bert} --scenario Nope
    STDERR_CONTAINS "unknown scenario" "Nope" "Stop idle notebooks, autoscale serving")

# Format migrations: a format 1 file is rewritten as format 2 with its provenance.
greenprint_cli_test(upgrade_v1 EXIT 0
    ARGS upgrade tests/data/projects/v1/all-component-types.greenprint -o ${CMAKE_CURRENT_BINARY_DIR}/cli-out/upgraded.greenprint
    STDOUT_CONTAINS "format 2")
greenprint_cli_test(upgrade_without_output EXIT 2 ARGS upgrade tests/data/projects/v1/minimal.greenprint
    STDERR_CONTAINS "-o")

# Several files at once (the shell's glob): JSON is an array, the table has a section per
# file, one bad file fails the run (exit 1) but the others are still estimated.
greenprint_cli_test(estimate_several_json EXIT 0 ARGS estimate ${bert} ${graviton} --format json
    STDOUT_CONTAINS "\"project\": \"BERT-large" "\"project\": \"Churn-prediction")
greenprint_cli_test(estimate_several_table EXIT 0 ARGS estimate ${bert} ${graviton}
    STDOUT_CONTAINS "== ${bert} ==" "== ${graviton} ==")
greenprint_cli_test(estimate_several_one_invalid EXIT 1
    ARGS estimate ${bert} tests/data/cli/negative-hours.greenprint --format json
    STDOUT_CONTAINS "\"project\": \"BERT-large"
    STDERR_CONTAINS "negative-hours.greenprint: stages[2].components[0].hours:")
greenprint_cli_test(estimate_several_csv EXIT 2 ARGS estimate ${bert} ${graviton} --format csv
    STDERR_CONTAINS "csv")
greenprint_cli_test(validate_several EXIT 0 ARGS validate ${bert} ${graviton}
    STDOUT_CONTAINS "bert-finetune-realtime.greenprint: valid" "graviton-data-pipeline.greenprint: valid")
greenprint_cli_test(estimate_scenario_table EXIT 0
    ARGS estimate ${bert} --scenario "Stop idle notebooks, autoscale serving, train in Stockholm"
    STDOUT_CONTAINS "scenario \"Stop idle notebooks")

# A scenario whose estimate has an error or a missing price is no saving: the CLI
# says why and fails, and the JSON holds null, never a partial sum, where a figure is unknown.
set(unestimable tests/data/cli/unestimable-scenarios.greenprint)
greenprint_cli_test(estimate_unestimable_scenario EXIT 1
    ARGS estimate ${unestimable} --scenario "Serve on the lab GPU"
    STDOUT_CONTAINS "not estimated"
    STDERR_CONTAINS "error: ${unestimable}: scenario \"Serve on the lab GPU\": not estimated:"
                    "stages[3].components[0].work")
greenprint_cli_test(estimate_unpriced_scenario_json EXIT 1 GOLDEN unpriced-scenario-estimate.json
    ARGS estimate ${unestimable} --format json --scenario "Build features on the lab CPU node"
    STDERR_CONTAINS "scenario \"Build features on the lab CPU node\": cost unknown: no price for")
greenprint_cli_test(estimate_priced_scenario EXIT 0
    ARGS estimate ${unestimable} --scenario "Build features in Stockholm")
greenprint_cli_test(export_unestimable_scenarios EXIT 1
    ARGS export ${unestimable} --csv ${CMAKE_CURRENT_BINARY_DIR}/cli-out/unestimable.csv
    STDOUT_CONTAINS "unestimable.csv"
    STDERR_CONTAINS "scenario \"Serve on the lab GPU\": not estimated"
                    "never as a saving")
greenprint_cli_test(export_priced_scenario EXIT 0
    ARGS export ${unestimable} --csv ${CMAKE_CURRENT_BINARY_DIR}/cli-out/stockholm.csv
         --scenario "Build features in Stockholm")

# Lean and --detail JSON of every example say the same; several files give one array;
# the streamed CSV is complete.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    file(GLOB estimate_json_examples ${PROJECT_SOURCE_DIR}/data/examples/*.greenprint)
    add_test(NAME cli_estimate_json_lean_and_detail
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_estimate_json.py
                $<TARGET_FILE:greenprint> ${estimate_json_examples})
    # The whole-process benchmark of `make bench` on a small generated project: the
    # generator's file passes the schema, every command it times succeeds and both hostile
    # files are refused (--strict). The 268 MB oversize file is removed afterwards.
    set(bench_projects ${CMAKE_CURRENT_BINARY_DIR}/bench-projects)
    add_test(NAME bench_process_small
        COMMAND sh -c "rm -rf \"$1\" && \"$2\" \"$3/tests/benchmarks/bench_process.py\" --exe \"$4\" --source \"$3\" --projects \"$1\" --sizes 400 --hostile-components 2000 --timeout 120 --strict --out \"$1/bench.json\" && rm -f \"$1\"/hostile-oversize.greenprint" sh
                ${bench_projects} ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR} $<TARGET_FILE:greenprint>)
    set_tests_properties(bench_process_small PROPERTIES ENVIRONMENT
        "GREENPRINT_REFERENCE_DB=${PROJECT_BINARY_DIR}/data/greenprint-reference.sqlite;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/cli-xdg-data;QT_QPA_PLATFORM=offscreen"
        TIMEOUT 300)
    set_tests_properties(cli_estimate_json_lean_and_detail PROPERTIES ENVIRONMENT
        "GREENPRINT_REFERENCE_DB=${PROJECT_BINARY_DIR}/data/greenprint-reference.sqlite;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/cli-xdg-data;QT_QPA_PLATFORM=offscreen"
        TIMEOUT 120)
endif()

# The four required keys are enough. The estimate lists each default it used.
greenprint_cli_test(estimate_minimal_file EXIT 0 GOLDEN minimal-estimate.json
    ARGS estimate tests/data/projects/handwritten/minimal.greenprint --format json
    STDOUT_CONTAINS "utilization not stated in the file for stages[2].components[0] (compute p4d.24xlarge): 50 % average utilization assumed")
# Every missing key of every component, in one run, each with file and JSON path.
greenprint_cli_test(validate_missing_keys_of_every_component EXIT 1
    ARGS validate tests/data/cli/handwritten-missing-keys.greenprint
    STDERR_CONTAINS
        "handwritten-missing-keys.greenprint: stages[0].components[0].instance: required key is missing"
        "stages[0].components[0].hours: required key is missing (give either hours or work)"
        "stages[0].components[1].sizeGB: required key is missing"
        "stages[0].components[1].months: required key is missing"
        "stages[0].components[2].toRegion: required key is missing"
        "stages[0].components[3].activeHoursPerWeek: required key is missing"
        "stages[0].components[3].idleHoursPerWeek: required key is missing"
        "stages[0].components[3].weeks: required key is missing"
        "stages[0].components[4].strategy: required key is missing"
        "stages[0].components[4].trials: required key is missing"
        "stages[0].components[4].hoursPerTrial: required key is missing"
        "stages[1].components[0].instance: required key is missing"
        "stages[1].components[0].hoursProvisioned: required key is missing"
        "stages[1].components[1].gbPerMonth: required key is missing"
        "stages[1].components[1].months: required key is missing")
