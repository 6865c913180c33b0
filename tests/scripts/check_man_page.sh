#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Two checks of the man page, one per ctest test:
#   check_man_page.sh lint MANPAGE
#       man(1) formats it without a single warning (lintian's check). Exit 77
#       (ctest: skipped) when man is not installed.
#   check_man_page.sh options EXE MANPAGE
#       every command listed by `EXE --help` and every option printed by
#       `EXE --help` and `EXE COMMAND --help` is documented in the man page.
set -u
fail() { echo "FAILED: $*"; exit 1; }

case "$1" in
lint)
    man_page=$2
    if ! command -v man >/dev/null; then
        echo "SKIPPED: man not found; install man-db"
        exit 77
    fi
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$man_page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man reports on $man_page:
$warnings"
    echo "$man_page formats without warnings"
    ;;
options)
    exe=$2
    man_page=$3
    [ -x "$exe" ] || fail "$exe is not built; build the project first"
    # The man page as plain words: roff escapes for '-' and font changes removed.
    text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$man_page")
    help=$(QT_QPA_PLATFORM=offscreen "$exe" --help) || fail "$exe --help failed"
    # Commands: the first word of each indented lowercase line under "Commands:".
    commands=$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/p' \
        | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
    [ -n "$commands" ] || fail "no commands found in $exe --help:
$help"
    all_help=$help
    missing=""
    for command in $commands; do
        printf '%s\n' "$text" | grep -q "greenprint $command\b" \
            || missing="$missing command:$command"
        sub_help=$(QT_QPA_PLATFORM=offscreen "$exe" "$command" --help) \
            || fail "$exe $command --help failed"
        all_help="$all_help
$sub_help"
    done
    options=$(printf '%s\n' "$all_help" | grep -oE '(^|[ ,[])--?[a-zA-Z][a-zA-Z-]*' \
        | sed 's/^[ ,[]*//' | sort -u)
    for option in $options; do
        printf '%s\n' "$text" | grep -qE -- "(^|[^a-zA-Z-])$option([^a-zA-Z-]|\$)" \
            || missing="$missing option:$option"
    done
    [ -z "$missing" ] || fail "not documented in $man_page:$missing"
    echo "$man_page documents the commands" $commands "and the options" $options
    ;;
*)
    fail "usage: $0 lint MANPAGE | options EXE MANPAGE"
    ;;
esac
