#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles the shared-mime-info package into a scratch MIME database and checks
# that *.greenprint maps to the project type, a subclass of application/json;
# then that the desktop entry and the metainfo announce the same type.
# Exit 77 (ctest: skipped) when update-mime-database (shared-mime-info) is missing.
#   check_mime_type.sh MIME.xml FILE.desktop FILE.metainfo.xml
set -u
mime_xml=$1
desktop=$2
metainfo=$3
type=application/x-greenprint-project
fail() { echo "FAILED: $*"; exit 1; }

if ! command -v update-mime-database >/dev/null; then
    echo "SKIPPED: update-mime-database not found; install shared-mime-info (make deps does)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$mime_xml" "$work/mime/packages/io.github.greenprint.Greenprint.xml"
# update-mime-database reports XML errors on stderr but may still exit 0; with
# the scratch folder as XDG_DATA_HOME it has no note to print about search paths.
errors=$(XDG_DATA_HOME="$work" update-mime-database "$work/mime" 2>&1) \
    || fail "update-mime-database: $errors"
[ -z "$errors" ] || fail "update-mime-database: $errors"

grep -qx "[0-9]*:$type:\*\.greenprint" "$work/mime/globs2" \
    || fail "no glob *.greenprint -> $type in globs2: $(cat "$work/mime/globs2")"
grep -qx "$type application/json" "$work/mime/subclasses" \
    || fail "$type is not a subclass of application/json"
grep -qx "MimeType=$type;" "$desktop" || fail "$desktop does not declare MimeType=$type;"
grep -q "<mediatype>$type</mediatype>" "$metainfo" || fail "$metainfo does not provide $type"
echo "MIME type $type: glob *.greenprint, subclass of application/json, desktop entry and metainfo agree"
