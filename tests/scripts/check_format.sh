#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ source under app/, models/, data/ or tests/ differs from .clang-format.
#   tests/scripts/check_format.sh SOURCE_DIR [CLANG_FORMAT]
# Fix with `make format` (clang-format 14, the Debian 12 version the style is written for).
set -eu
src=$1
tool=${2:-clang-format-14}
command -v "$tool" >/dev/null 2>&1 || { echo "check_format: $tool not found (apt install clang-format-14)" >&2; exit 1; }
cd "$src"
files=$(find app models data tests \( -name '*.h' -o -name '*.cpp' \) | sort)
status=0
for f in $files; do
    if ! "$tool" --style=file --dry-run --Werror "$f" 2>/dev/null; then
        echo "not formatted: $f" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "check_format: $(echo "$files" | wc -w) files formatted"
exit $status
