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
	libqt6sql6-sqlite libqt6svg6 nlohmann-json3-dev libgl1-mesa-dev libbenchmark-dev \
	xvfb xauth poppler-utils python3 python3-jsonschema fonts-dejavu-core

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: all deps configure build run test clean

all: build

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

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
	  $(BUILD_DIR)/app/greenprint export $(EXAMPLE) --csv $(OUT_DIR)/$$(basename $(EXAMPLE) .greenprint)-plan.csv; \
	fi

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD_DIR) $(OUT_DIR)
