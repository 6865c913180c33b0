#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the DEB with CPack into a scratch directory, checks its control fields
# and contents, unpacks it into a temporary root and runs the installed
# executable there: --version, and an estimate of an installed example with
# GREENPRINT_REFERENCE_DB unset (the installed database must be found through
# <bindir>/../share/greenprint/). Also checks that running it writes nothing
# into the installed tree (XDG: settings and data go to $HOME).
#
#   check_deb_package.sh CPACK BUILD_DIR BUILT_EXE VERSION SOURCE_DIR "ICON_SIZES"
#
# Exit 77 (ctest: skipped) when a Debian tool CPack needs is not installed.
set -u
cpack=$1
build_dir=$2
built_exe=$3
version=$4
source_dir=$5
icon_sizes=$6
app_id=io.github.greenprint.Greenprint

fail() { echo "FAILED: $*"; exit 1; }

for tool in dpkg-deb dpkg-shlibdeps file; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIPPED: $tool not found; install dpkg-dev and file (make deps does)"
        exit 77
    fi
done
[ -x "$built_exe" ] || fail "$built_exe is not built; build the project before running the tests"
[ -f "$build_dir/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build_dir"

work=$(mktemp -d "${TMPDIR:-/tmp}/greenprint-deb-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- Build the package -------------------------------------------------------
# cpack first brings the build tree up to date (its "preinstall" step), which
# is a no-op right after `make build`. A make jobserver of a calling make must
# not leak into that nested build.
unset MAKEFLAGS MFLAGS MAKELEVEL
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB failed"
fi
debs=("$work"/out/greenprint_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one greenprint_*.deb in $work/out: $(ls "$work/out")"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- Control fields ----------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = greenprint ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version-1" ] || fail "Version: $(field Version), expected $version-1"
depends=$(field Depends)
# The libraries come from dpkg-shlibdeps (only those actually linked), the rest
# from CPACK_DEBIAN_PACKAGE_DEPENDS.
for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6sql6 \
                  libqt6sql6-sqlite qt6-qpa-plugins fonts-dejavu-core fonts-noto-cjk; do
    printf '%s\n' "$depends" | grep -qE "(^|, )$dependency( |,|\$)" \
        || fail "Depends lacks $dependency: $depends"
done
for name in Maintainer Section Homepage Description; do
    [ -n "$(field $name)" ] || fail "no $name field"
done
echo "Depends: $depends"

# --- Contents ----------------------------------------------------------------
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
expected=(
    ./usr/bin/greenprint
    ./usr/share/greenprint/greenprint-reference.sqlite
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/mime/packages/$app_id.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/man/man1/greenprint.1.gz
    ./usr/share/doc/greenprint/copyright
)
for size in $icon_sizes; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for example in "$source_dir"/data/examples/*.greenprint; do
    expected+=("./usr/share/greenprint/examples/$(basename "$example")")
done
missing=""
for path in "${expected[@]}"; do
    printf '%s\n' "$listing" | grep -qxF "$path" || missing="$missing
  $path"
done
[ -z "$missing" ] || fail "missing from the package:$missing
contents:
$listing"
stray=$(printf '%s\n' "$listing" | grep -vE '^\./(usr/?.*)?$' || true)
[ -z "$stray" ] || fail "files outside /usr: $stray"
echo "contents: all ${#expected[@]} expected files present"

# --- Install into a temporary root and run -----------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
exe=$root/usr/bin/greenprint
for size in $icon_sizes; do
    file -b "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
        | grep -q "PNG image data, $size x $size" || fail "the ${size}x${size} icon is not a $size x $size PNG"
done
# The installed desktop entry, metainfo and icons together, as software centres see them.
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$root" >"$work/validate-tree.log" 2>&1 \
        || fail "appstreamcli validate-tree on the installed tree: $(cat "$work/validate-tree.log")"
fi
zcat "$root/usr/share/man/man1/greenprint.1.gz" | grep -q "^\.TH GREENPRINT 1 \"[0-9-]*\" \"Greenprint $version\"" \
    || fail "the man page header does not name version $version"

# A private home, so that nothing of the user's is read or written, and a
# snapshot of the installed tree to prove the program writes nothing into it.
home=$work/home
mkdir -p "$home" "$work/cwd"
snapshot() { (cd "$root" && find . -printf '%p %s %T@\n' | sort); }
before=$(snapshot)
run() {
    (cd "$work/cwd" && env -u GREENPRINT_REFERENCE_DB HOME="$home" \
        XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" \
        QT_QPA_PLATFORM=offscreen "$exe" "$@")
}

version_output=$(run --version 2>&1) || fail "greenprint --version failed: $version_output"
[ "$version_output" = "greenprint $version" ] || fail "--version printed '$version_output'"
echo "installed greenprint --version: $version_output"

example=$root/usr/share/greenprint/examples/bert-finetune-realtime.greenprint
estimate=$(run estimate "$example" --format json 2>"$work/stderr") \
    || fail "estimate of the installed example failed: $(cat "$work/stderr")"
printf '%s\n' "$estimate" | grep -q '"co2eKg"' || fail "no \"co2eKg\" in the estimate: $estimate"
if grep -qi "reference database" "$work/stderr"; then
    fail "the installed reference database was not used: $(cat "$work/stderr")"
fi
echo "installed estimate: JSON with co2eKg, reference database found"
after=$(snapshot)


# Control: without the installed database the same run must say it falls back
# to the built-in copy - so the silence above means the installed file was used.
mv "$root/usr/share/greenprint/greenprint-reference.sqlite" "$work/moved.sqlite"
run estimate "$example" --format json >/dev/null 2>"$work/stderr-control"
mv "$work/moved.sqlite" "$root/usr/share/greenprint/greenprint-reference.sqlite"
grep -qi "built-in copy" "$work/stderr-control" \
    || fail "control run without the database did not report the fallback: $(cat "$work/stderr-control")"

if [ "$before" != "$after" ]; then
    fail "running greenprint changed the installed tree:
$(diff <(printf '%s\n' "$before") <(printf '%s\n' "$after"))"
fi
[ -z "$(ls -A "$work/cwd")" ] || fail "greenprint wrote into its working directory: $(ls -A "$work/cwd")"
echo "nothing written beside the binary or in the working directory"
