# Greenprint: one-command set-up, build, run and test on Debian 12.
# `make run` and `make test` install whatever Debian packages are missing
# (apt, only when missing), configure a Release build and build with all cores.

BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
CMAKE_ARGS ?=
EXAMPLE ?= data/examples/bert-finetune-realtime.greenprint
OUT_DIR ?= out

APT_PACKAGES := cmake g++ make pkg-config \
	qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 \
	libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev qt6-translations-l10n \
	nlohmann-json3-dev rapidjson-dev libgl1-mesa-dev libbenchmark-dev \
	xvfb xauth poppler-utils python3 python3-jsonschema fonts-dejavu-core fonts-noto-cjk \
	librsvg2-bin desktop-file-utils appstream shared-mime-info man-db dpkg-dev file \
	clang-format-14 zlib1g-dev

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

# $(call install_missing,<packages>): apt-get install those not installed yet, without
# Recommends (so every package the project relies on is named in a list here).
define install_missing
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

.PHONY: all deps configure build run test package clean format list-packages

all: build

deps:
	$(call install_missing,$(APT_PACKAGES))

# The packages `make deps` installs (tests/fresh/used-packages.sh checks them against use).
list-packages:
	@echo $(APT_PACKAGES)

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# With a display: the planner window on the bundled example. Without one: the
# example's estimate on the terminal and its plan files under $(OUT_DIR)/.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  $(BUILD_DIR)/app/greenprint $(EXAMPLE); \
	else \
	  echo "No display found: printing the estimate and writing the plan under $(OUT_DIR)/"; \
	  $(BUILD_DIR)/app/greenprint estimate $(EXAMPLE) --format table && \
	  $(BUILD_DIR)/app/greenprint export $(EXAMPLE) --pdf $(OUT_DIR)/$$(basename $(EXAMPLE) .greenprint)-plan.pdf \
	    --csv $(OUT_DIR)/$$(basename $(EXAMPLE) .greenprint)-plan.csv; \
	fi

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# The DEB and the TGZ, in $(BUILD_DIR)/: install with `apt install ./build/greenprint_*.deb`.
package: build
	cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR) $(OUT_DIR)

# Reformat every C++ source with .clang-format (ctest's format_check fails on a difference).
format: deps
	find app models data tests \( -name '*.h' -o -name '*.cpp' \) -exec clang-format-14 --style=file -i {} +

# Performance and hardening: each in its own build directory, none of them part of `make test`.
#   make bench          Release build with the Google Benchmark executables, the whole-process
#                       scaling cases (tests/benchmarks/scaling.py) and whole processes on
#                       generated projects (tests/benchmarks/bench_process.py); JSON in
#                       $(OUT_DIR)/bench.json
#   make bench-ccf      `greenprint estimate --format json` and Cloud Carbon Footprint's own code
#                       (its npm packages, installed once into $(BENCH_DIR)/ccf with node and
#                       npm) on the same generated 100,000 components, side by side
#                       (tests/benchmarks/bench_vs_ccf.py); JSON in $(OUT_DIR)/bench-vs-ccf.json
#   make test-sanitize  the whole ctest suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   make test-tsan      the tests that run work on other threads (TSAN_TESTS) under ThreadSanitizer
#   make fuzz           clang + libFuzzer targets, each run for FUZZ_SECONDS (crashes in $(FUZZ_DIR)/crashes)
BENCH_DIR ?= build-bench
ASAN_DIR ?= build-asan
TSAN_DIR ?= build-tsan
# The parser's converting thread, a large stage estimated and written on two threads, the
# window's estimate and advisor workers. (tst_autosaveworker's timeouts do not allow for
# ThreadSanitizer's slowdown; tst_safefiles starts processes, which it does not support.)
TSAN_TESTS := tst_concurrentcomponentsink tst_concurrentstageestimate tst_streamedcomponents \
	tst_liveestimate tst_liveadvisor
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_TARGETS := fuzz_projectreader fuzz_csvreader
FUZZ_SEEDS_fuzz_projectreader := data/examples tests/data/projects tests/data/invalid tests/data/cli \
	tests/data/fuzz-regressions
FUZZ_SEEDS_fuzz_csvreader := data/reference tests/data/cli
BENCH_TARGETS := greenprint_bench_models greenprint_bench_load greenprint_bench_gui greenprint
# The whole-process CUR import benchmark: a generated 5-million-row CUR, made once.
BENCH_CUR ?= $(BENCH_DIR)/cur-5m.csv.gz
BENCH_CUR_ROWS ?= 5000000
# Whole processes on generated 10k, 100k and 1M-component projects: validate,
# estimate to JSON, CSV and table, suggest; wall time and peak RSS. Runs past the timeout
# are killed and reported as such.
BENCH_PROCESS_SIZES ?= 10000,100000,1000000
BENCH_PROCESS_TIMEOUT ?= 300
SANITIZER_ENV := QT_QPA_PLATFORM=offscreen \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# Qt's libraries are not instrumented: their own synchronisation (Qt Test's watchdog thread,
# QFuture's wait conditions) would be reported as races, so calls from them are not checked.
# Greenprint's code is instrumented whole, and a report fails the test.
TSAN_ENV := QT_QPA_PLATFORM=offscreen \
	TSAN_OPTIONS=ignore_noninstrumented_modules=1:halt_on_error=1:second_deadlock_stack=1
empty :=
space := $(empty) $(empty)

.PHONY: bench bench-ccf ccf-deps test-sanitize test-tsan fuzz fuzz-deps test-fresh

# $(call run_fuzzer,<target>): new inputs go to $(FUZZ_DIR)/corpus/<target>, seeds are read only.
define run_fuzzer
	mkdir -p $(FUZZ_DIR)/corpus/$(1)
	$(FUZZ_DIR)/tests/fuzz/$(1) -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	  -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/crashes/$(1)- \
	  $(if $(wildcard tests/fuzz/$(1).dict),-dict=tests/fuzz/$(1).dict) \
	  $(FUZZ_DIR)/corpus/$(1) $(FUZZ_SEEDS_$(1))

endef

bench: deps
	cmake -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release -DGREENPRINT_BUILD_BENCHMARKS=ON \
	  -DBUILD_TESTING=OFF $(CMAKE_ARGS)
	cmake --build $(BENCH_DIR) -j $(JOBS) --target $(BENCH_TARGETS) greenprint
	mkdir -p $(OUT_DIR)
	for b in models load gui; do \
	  QT_QPA_PLATFORM=offscreen GREENPRINT_REFERENCE_DB=$(CURDIR)/$(BENCH_DIR)/data/greenprint-reference.sqlite \
	  $(BENCH_DIR)/tests/benchmarks/greenprint_bench_$$b --benchmark_counters_tabular=true \
	    --benchmark_out=$(OUT_DIR)/bench-$$b.json --benchmark_out_format=json || exit 1; \
	done
	test -f $(BENCH_CUR) || python3 tests/benchmarks/generate_cur.py $(BENCH_CUR) --rows $(BENCH_CUR_ROWS)
	GREENPRINT_REFERENCE_DB=$(CURDIR)/$(BENCH_DIR)/data/greenprint-reference.sqlite \
	  python3 tests/benchmarks/bench_cur_import.py $(BENCH_DIR)/app/greenprint \
	  data/examples/bert-finetune-realtime.greenprint $(BENCH_CUR) $(OUT_DIR)/bench-cur-import.json
	GREENPRINT_REFERENCE_DB=$(CURDIR)/$(BENCH_DIR)/data/greenprint-reference.sqlite \
	  python3 tests/benchmarks/scaling.py --exe $(BENCH_DIR)/app/greenprint --source . \
	  --out $(OUT_DIR)/bench-scaling.json
	GREENPRINT_REFERENCE_DB=$(CURDIR)/$(BENCH_DIR)/data/greenprint-reference.sqlite \
	  python3 tests/benchmarks/bench_process.py --exe $(BENCH_DIR)/app/greenprint --source . \
	  --projects $(BENCH_DIR)/projects --sizes $(BENCH_PROCESS_SIZES) \
	  --timeout $(BENCH_PROCESS_TIMEOUT) --out $(OUT_DIR)/bench-process.json
	python3 tests/benchmarks/merge_results.py $(OUT_DIR)/bench.json \
	  $(OUT_DIR)/bench-models.json $(OUT_DIR)/bench-load.json $(OUT_DIR)/bench-gui.json \
	  $(OUT_DIR)/bench-cur-import.json $(OUT_DIR)/bench-scaling.json $(OUT_DIR)/bench-process.json

# Node and npm only for this comparison with a peer's published code, never to build or run.
CCF_PACKAGES := nodejs npm
# (A machine with a node that ships its own npm keeps it: Debian's npm would conflict.)
ccf-deps:
	$(call install_missing,$(CCF_PACKAGES))

BENCH_CCF_COMPONENTS ?= 100000
BENCH_CCF_REPEATS ?= 5

bench-ccf: deps
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null; then \
	  $(MAKE) --no-print-directory ccf-deps; fi
	cmake -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release -DGREENPRINT_BUILD_BENCHMARKS=ON \
	  -DBUILD_TESTING=OFF $(CMAKE_ARGS)
	cmake --build $(BENCH_DIR) -j $(JOBS) --target greenprint
	test -d $(BENCH_DIR)/ccf/node_modules/@cloud-carbon-footprint/aws || \
	  tests/golden/ccf/install-ccf.sh $(BENCH_DIR)/ccf
	mkdir -p $(OUT_DIR)
	GREENPRINT_REFERENCE_DB=$(CURDIR)/$(BENCH_DIR)/data/greenprint-reference.sqlite \
	  python3 tests/benchmarks/bench_vs_ccf.py --exe $(BENCH_DIR)/app/greenprint --source . \
	  --projects $(BENCH_DIR)/projects --ccf-modules $(BENCH_DIR)/ccf/node_modules \
	  --components $(BENCH_CCF_COMPONENTS) --repeats $(BENCH_CCF_REPEATS) \
	  --out $(OUT_DIR)/bench-vs-ccf.json

test-sanitize: deps
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGREENPRINT_SANITIZE=ON $(CMAKE_ARGS)
	cmake --build $(ASAN_DIR) -j $(JOBS)
	$(SANITIZER_ENV) ctest --test-dir $(ASAN_DIR) --output-on-failure -j $(JOBS)

test-tsan: deps
	cmake -S . -B $(TSAN_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGREENPRINT_SANITIZE_THREAD=ON $(CMAKE_ARGS)
	cmake --build $(TSAN_DIR) -j $(JOBS) --target $(TSAN_TESTS)
	$(TSAN_ENV) ctest --test-dir $(TSAN_DIR) --output-on-failure -j $(JOBS) \
	  -R '^($(subst $(space),|,$(strip $(TSAN_TESTS))))$$'

fuzz-deps:
	$(call install_missing,$(FUZZ_PACKAGES))

fuzz: deps fuzz-deps
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DGREENPRINT_BUILD_FUZZERS=ON -DBUILD_TESTING=OFF $(CMAKE_ARGS)
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target $(FUZZ_TARGETS)
	mkdir -p $(FUZZ_DIR)/crashes
	$(foreach t,$(FUZZ_TARGETS),$(call run_fuzzer,$(t)))

# The README's two commands on a fresh Debian 12 root (debootstrap, chroot; needs root):
# `make test`, `make run` without a display, the window under Xvfb, then the DEB installed
# into another fresh root. The base root is cached under ~/.cache/greenprint; logs and
# screenshots go to $(FRESH_DIR)/. See tests/fresh/test-fresh.sh.
FRESH_DIR ?= build-fresh
FRESH_PACKAGES := debootstrap

test-fresh:
	$(call install_missing,$(FRESH_PACKAGES))
	$(SUDO) env FRESH_DIR="$(FRESH_DIR)" FRESH_REBUILD_BASE="$(FRESH_REBUILD_BASE)" \
	  GREENPRINT_FRESH_CACHE="$(GREENPRINT_FRESH_CACHE)" CI="$(CI)" bash tests/fresh/test-fresh.sh
