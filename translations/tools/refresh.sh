#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources and lists what is left to translate.
#   translations/tools/refresh.sh [BUILD_DIR]     (default: build)
# 1. keeps a copy of the catalogs, 2. runs the update_translations target (lupdate with the
# options of translations/CMakeLists.txt), 3. fills messages whose source text is translated
# already (also when lupdate moved it to another context), 4. writes the rest to
# translations/pending.json (not committed) and prints the counts. Translate pending.json
# (fill de, fr, ja; en for plural messages), then:
#   python3 translations/tools/tstool.py apply translations/pending.json
#   cmake --build BUILD_DIR --target update_translations   # normalises the layout
#   ctest --test-dir BUILD_DIR -R 'translations' --output-on-failure
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/../build}
memory=$(mktemp -d)
trap 'rm -rf "$memory"' EXIT
cp "$here"/greenprint_*.ts "$memory"/
cmake --build "$build" --target update_translations >/dev/null
python3 "$here/tools/tstool.py" reuse --memory "$memory"
python3 "$here/tools/tstool.py" pending -o "$here/pending.json"
python3 "$here/tools/tstool.py" stats
