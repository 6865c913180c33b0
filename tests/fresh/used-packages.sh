#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Derives, inside a fresh root, which Debian packages the project really used, and checks the
# Makefile names them. Run by tests/fresh/test-fresh.sh after `make test`, `make run` and the
# window have run in the root:
#   used-packages.sh STAMP BASE_LIST NAMED_PACKAGES...
# STAMP: a file touched after `make deps` installed the packages (so apt's own reading is not
# counted); BASE_LIST: the packages of the stock base root, one a line.
# A package counts as used when one of its files under /usr, /lib or /etc was read after STAMP.
# test-fresh.sh sets every file's access time back to 1970 just before STAMP, so that even a
# relatime mount records the first read. Every used package must be named, be a hard dependency (Depends, Pre-Depends, recursive)
# of a named package, or be in the stock base. Prints the report; exits 1 on an unnamed package.
set -euo pipefail

stamp=$1 base_list=$2
shift 2
named=("$@")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Files read since the stamp, then the packages that own them (from dpkg's file lists). A
# package of links only (g++ -> g++-12, python3 -> python3.11) is used when a link it owns
# leads to a file that was read.
find /usr /lib /etc -xdev -type f -anewer "$stamp" 2>/dev/null | sort -u >"$work/read-files"
awk 'FNR == 1 { pkg = FILENAME; sub(".*/", "", pkg); sub("\\.list$", "", pkg); sub(":.*", "", pkg) }
     { print $0 "\t" pkg }' /var/lib/dpkg/info/*.list | sort -t $'\t' -k1,1 -u >"$work/owners"
find /usr /lib /etc -xdev -type l 2>/dev/null | while read -r link; do
    target=$(readlink -f "$link") && printf '%s\t%s\n' "$target" "$link"
done | sort -t $'\t' -k1,1 | join -t $'\t' "$work/read-files" - | cut -f2 | sort -u >"$work/read-links"
sort -u "$work/read-files" "$work/read-links" \
    | join -t $'\t' - "$work/owners" | cut -f2 | sort -u >"$work/used"

# The hard-dependency closure of the named packages, and the stock base.
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${named[@]}" 2>/dev/null \
    | awk '/^[a-z0-9]/ { print $1 } $1 ~ /Depends:/ { print $2 }' | tr -d '<>' | sed 's/:.*//' \
    | sort -u >"$work/closure"
printf '%s\n' "${named[@]}" | sort -u >"$work/named"
sort -u "$base_list" >"$work/base"

used_named=$(comm -12 "$work/used" "$work/named" | wc -l)
echo "Packages used by configure, build, tests, make run and the window: $(wc -l <"$work/used")"
echo "  named in the Makefile and used: $used_named of $(wc -l <"$work/named")"
echo "  named but not read in this run (used by other targets, e.g. make package, or by a test that skipped):"
comm -23 "$work/named" "$work/used" | sed 's/^/    /'
unnamed=$(comm -23 "$work/used" "$work/named" | comm -23 - "$work/closure" | comm -23 - "$work/base")
if [ -n "$unnamed" ]; then
    echo "  USED BUT NOT NAMED (nor a hard dependency of a named package, nor in the stock base):"
    echo "$unnamed" | sed 's/^/    /'
    exit 1
fi
echo "  every used package is named, a hard dependency of a named one, or in the stock base"
