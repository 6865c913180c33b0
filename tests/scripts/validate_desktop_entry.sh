#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop entry with desktop-file-validate (Debian: desktop-file-utils).
# Strict: any message, even a hint, fails. Exit 77 (ctest: skipped) when the
# validator is not installed.
#   validate_desktop_entry.sh FILE.desktop
set -u
file=$1
if ! command -v desktop-file-validate >/dev/null; then
    echo "SKIPPED: desktop-file-validate not found; install desktop-file-utils (make deps does)"
    exit 77
fi
output=$(desktop-file-validate "$file" 2>&1)
status=$?
if [ "$status" -ne 0 ] || [ -n "$output" ]; then
    echo "desktop-file-validate $file (exit $status):"
    echo "$output"
    exit 1
fi
echo "desktop-file-validate: $file is valid"
