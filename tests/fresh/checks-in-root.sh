#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that tests/fresh/test-fresh.sh runs inside its fresh roots (bash only: a fresh
# root has no python3 until the Makefile installs it, and the package root never has it).
#   checks-in-root.sh plan-files OUT_DIR                    make run's PDF and CSV plans
#   checks-in-root.sh window EXE PROJECT SHOT_DIR LANGUAGE  the window under Xvfb, screenshot
#   checks-in-root.sh installed-estimate                    the installed DEB on the command line
set -euo pipefail

fail() { echo "checks-in-root: $*" >&2; exit 1; }

# file_starts_with FILE MAGIC: FILE is non-empty and begins with MAGIC.
file_starts_with() {
    [ -s "$1" ] || fail "$1 is missing or empty"
    [ "$(head -c "${#2}" "$1")" = "$2" ] || fail "$1 does not begin with '$2'"
}

case "${1:-}" in
plan-files)
    out=$2
    pdfs=("$out"/*-plan.pdf)
    csvs=("$out"/*-plan.csv)
    file_starts_with "${pdfs[0]}" "%PDF-"
    [ -s "${csvs[0]}" ] || fail "no CSV plan under $out"
    grep -q "kgCO2e\|co2e" "${csvs[0]}" || fail "${csvs[0]} has no carbon column"
    echo "plan files: ${pdfs[0]} ($(stat -c %s "${pdfs[0]}") bytes), ${csvs[0]} ($(wc -l <"${csvs[0]}") lines)"
    ;;
window)
    exe=$2 project=$3 shots=$4 language=$5
    command -v xvfb-run >/dev/null || fail "xvfb-run not installed"
    rm -rf "$shots"
    # The window on the project, in LANGUAGE; the app's own --screenshot saves its views and quits.
    XDG_CONFIG_HOME=$(mktemp -d) QT_QPA_PLATFORM=xcb \
        timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$exe" "$project" --screenshot "$shots" --language "$language" 2>"$shots.stderr" \
        || { cat "$shots.stderr" >&2; fail "the window did not start and save its screenshots"; }
    file_starts_with "$shots/main-window.png" $'\x89PNG'
    [ "$(stat -c %s "$shots/main-window.png")" -gt 20000 ] || fail "main-window.png is too small to show a window"
    # A missing platform plugin, font or catalog shows on stderr before anything else does.
    if grep -iE "could not (load|find)|cannot load|missing" "$shots.stderr"; then
        fail "the window reported a missing piece (above)"
    fi
    if [ "$language" != en ]; then
        qt_catalog=$(find /usr/share/qt6/translations -name "qtbase_$language.qm" 2>/dev/null | head -n 1)
        [ -n "$qt_catalog" ] || fail "Qt's own $language strings (qtbase_$language.qm, qt6-translations-l10n) are not installed"
    fi
    echo "window in $language: $shots/main-window.png ($(stat -c %s "$shots/main-window.png") bytes)"
    ;;
installed-estimate)
    command -v greenprint >/dev/null || fail "greenprint is not on PATH after installing the DEB"
    greenprint --version
    example=/usr/share/greenprint/examples/bert-finetune-realtime.greenprint
    [ -f "$example" ] || fail "$example is not installed"
    greenprint validate "$example"
    json=$(greenprint estimate "$example" --format json)
    grep -q '"co2eKg"' <<<"$json" || fail "the estimate's JSON has no co2eKg"
    greenprint estimate /usr/share/greenprint/examples/*.greenprint --format table
    # Into a file, not through `head`: with pipefail, head closing the pipe early fails the step.
    greenprint data instances --format csv >/tmp/instances.csv
    types=$(($(wc -l </tmp/instances.csv) - 1))
    [ "$types" -ge 600 ] || fail "the installed catalog lists only $types instance types"
    echo "installed catalog: $types instance types"
    ;;
*)
    fail "usage: checks-in-root.sh plan-files|window|installed-estimate ..."
    ;;
esac
