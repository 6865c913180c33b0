#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main views of the example project to PNGs:
#   tests/screenshots.sh [OUTPUT_DIR] [BUILD_DIR] [PROJECT]
# defaults: resources/screenshots, build, data/examples/bert-finetune-realtime.greenprint
# (and, with the default project, the whole-plan scenario of tests/data/cli/walk-plan-eu).
# Needs xvfb-run (package xvfb); uses the hidden `greenprint FILE --screenshot DIR` option
# (the file comes first: a leading option is answered by the command line, app/cli).
# GREENPRINT_LANGUAGE=de|fr|ja|en renders in that language (hidden `--language CODE`).
# GREENPRINT_WINDOW_SIZE=1280x720 renders a small screen's compact layout (hidden
# `--window-size WxH`; default 1600x1000).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/resources/screenshots}
build=${2:-$here/build}
project=${3:-$here/data/examples/bert-finetune-realtime.greenprint}
exe=$build/app/greenprint
[ -x "$exe" ] || { echo "screenshots.sh: $exe not built" >&2; exit 1; }
mkdir -p "$out"
# Fixed style, font and settings so the images are reproducible.
export QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1
export XDG_CONFIG_HOME="$(mktemp -d)"
export GREENPRINT_REFERENCE_DB="${GREENPRINT_REFERENCE_DB:-$build/data/greenprint-reference.sqlite}"
xvfb-run -a -s "-screen 0 1600x1000x24" "$exe" "$project" --screenshot "$out" \
    ${GREENPRINT_LANGUAGE:+--language "$GREENPRINT_LANGUAGE"} \
    ${GREENPRINT_WINDOW_SIZE:+--window-size "$GREENPRINT_WINDOW_SIZE"}
# With the default project, the whole-plan scenario is the one of the advisor walk (an 8 B
# fine-tune, a chat endpoint, a Graviton ETL and four notebooks in Frankfurt, EU-only residency).
if [ $# -lt 3 ]; then
    walk=$(mktemp -d)
    xvfb-run -a -s "-screen 0 1600x1000x24" "$exe" \
        "$here/tests/data/cli/walk-plan-eu.greenprint" --screenshot "$walk" \
        ${GREENPRINT_LANGUAGE:+--language "$GREENPRINT_LANGUAGE"} \
        ${GREENPRINT_WINDOW_SIZE:+--window-size "$GREENPRINT_WINDOW_SIZE"}
    cp "$walk/whatif-whole-plan.png" "$out/whatif-whole-plan.png"
    rm -rf "$walk"
fi
rm -rf "$XDG_CONFIG_HOME"
