#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# make test-fresh: the README's two commands, proven on a fresh Debian 12 root.
#
#   1. A base root like the stock machine image: `debootstrap --variant=minbase bookworm`
#      plus make, cmake, g++, git and ca-certificates (nothing else). It is cached as a
#      tarball in $GREENPRINT_FRESH_CACHE (default ~/.cache/greenprint), so a rerun only
#      unpacks it; FRESH_REBUILD_BASE=1 makes a new one.
#   2. Source root: a clone of the committed HEAD, then inside a chroot `make test`,
#      `make run` without a display (the estimate, and the PDF and CSV plans under out/),
#      the window on the bundled example under Xvfb saving a screenshot with the app's own
#      --screenshot option, a report of the packages those steps used (used-packages.sh: each
#      must be named in the Makefile or be a hard dependency of one named), and `make package`.
#   3. Package root: another copy of the base root, `apt install ./greenprint_*.deb`
#      (with its Depends and Recommends, as a user would), `greenprint estimate` on an
#      installed example, and the window in German under Xvfb with Qt's own German strings.
#
# Every step's output goes to $FRESH_DIR/logs/; the screenshots to $FRESH_DIR/screenshots/.
# Needs root (debootstrap, chroot, mount) and the Debian mirror this machine's apt uses.
# Whatever it mounts is unmounted on exit, failure included.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
FRESH_DIR=$(realpath -m "${FRESH_DIR:-$repo/build-fresh}")
CACHE_DIR=${GREENPRINT_FRESH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/greenprint}
SUITE=bookworm
# What the stock machine image has besides a minimal Debian: see README.md.
STOCK_PACKAGES="make cmake g++ git ca-certificates"
BASE_TARBALL=$CACHE_DIR/fresh-$SUITE-minbase-$(echo "$STOCK_PACKAGES" | md5sum | cut -c1-8).tar.gz
LOGS=$FRESH_DIR/logs
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

say() { printf '[test-fresh %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mount): run it as root or with sudo"
for tool in debootstrap chroot mount umount tar git; do
    command -v "$tool" >/dev/null || die "$tool not found (Debian: make test-fresh installs debootstrap)"
done

# The mirror this machine's apt is set up with (the first URI serving $SUITE), so the
# fresh root fetches from the same place as every other install here.
host_mirror() {
    local uri
    uri=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null \
        | awk -v s="$SUITE" '$2 == s { print $1; exit }')
    [ -n "$uri" ] || die "no apt source for $SUITE on this machine (apt-get update first?)"
    echo "${uri%/}"
}

# --- Mounts ----------------------------------------------------------------------
MOUNTED=()
mount_root() {
    local root=$1
    mount -t proc proc "$root/proc"
    MOUNTED+=("$root/proc")
    mount -t sysfs sysfs "$root/sys"
    MOUNTED+=("$root/sys")
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    MOUNTED+=("$root/dev")
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
}
unmount_all() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount -R "${MOUNTED[i]}" 2>/dev/null || umount -lR "${MOUNTED[i]}" 2>/dev/null || true
    done
    MOUNTED=()
}
# remove_root DIR: unmount whatever is mounted below DIR, then delete it. Refuses while
# anything is still mounted there: deleting through a bind of /dev would hit the host's.
remove_root() {
    local dir=$1 mounts
    [ -e "$dir" ] || return 0
    dir=$(realpath "$dir")
    mounts=$(awk -v d="$dir/" 'index($5 "/", d) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
    for m in $mounts; do umount -R "$m" 2>/dev/null || umount -lR "$m" 2>/dev/null || true; done
    if awk -v d="$dir/" 'index($5 "/", d) == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo; then
        die "something is still mounted below $dir; not deleting it"
    fi
    rm -rf --one-file-system "$dir"
}
trap unmount_all EXIT
trap 'exit 130' INT TERM

# in_root ROOT LOG COMMAND...: run COMMAND inside ROOT with a clean environment.
in_root() {
    local root=$1 log=$2
    shift 2
    env -i HOME=/root PATH=$CHROOT_PATH LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
        ${CI:+CI=$CI} chroot "$root" /bin/bash -euo pipefail -c "$*" >>"$log" 2>&1
}

# step NAME ROOT COMMAND...: one logged, timed step; on failure the log's tail is shown.
step() {
    local name=$1 root=$2 log=$LOGS/$1.log started
    shift 2
    started=$(date +%s)
    say "$name ..."
    if ! in_root "$root" "$log" "$@"; then
        tail -n 60 "$log" >&2
        die "$name (full log: $log)"
    fi
    say "$name passed in $(($(date +%s) - started)) s"
}

# --- Base root ---------------------------------------------------------------------
make_base() {
    local mirror root
    mirror=$(host_mirror)
    root=$FRESH_DIR/base
    remove_root "$root"
    mkdir -p "$root" "$CACHE_DIR"
    say "debootstrap --variant=minbase $SUITE (from this machine's mirror)"
    debootstrap --variant=minbase "$SUITE" "$root" "$mirror" >"$LOGS/debootstrap.log" 2>&1 \
        || { tail -n 30 "$LOGS/debootstrap.log" >&2; die "debootstrap"; }
    # The same apt sources and settings as this machine (updates and security included).
    if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
        cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
        : >"$root/etc/apt/sources.list"
    fi
    cp -n /etc/apt/apt.conf.d/* "$root/etc/apt/apt.conf.d/" 2>/dev/null || true
    mount_root "$root"
    step base-packages "$root" "apt-get update -q && apt-get install -y -q --no-install-recommends $STOCK_PACKAGES && apt-get clean"
    unmount_all
    tar -C "$root" -czf "$BASE_TARBALL.tmp" . && mv "$BASE_TARBALL.tmp" "$BASE_TARBALL"
    remove_root "$root"
    say "base root cached in $BASE_TARBALL"
}

# new_root NAME: a fresh copy of the base root in $FRESH_DIR/NAME, mounted; sets ROOT.
# (Not called as $(new_root): the mounts must be recorded in this shell for the trap.)
new_root() {
    ROOT=$FRESH_DIR/$1
    remove_root "$ROOT"
    mkdir -p "$ROOT"
    tar -C "$ROOT" -xzf "$BASE_TARBALL"
    mount_root "$ROOT"
}

started_all=$(date +%s)
mkdir -p "$LOGS" "$FRESH_DIR/screenshots"
rm -f "$LOGS"/*.log "$FRESH_DIR"/screenshots/*
if [ -n "${FRESH_REBUILD_BASE:-}" ] || [ ! -s "$BASE_TARBALL" ]; then
    make_base
else
    say "base root from cache: $BASE_TARBALL"
fi

# --- Source root: the README's commands --------------------------------------------
commit=$(git -C "$repo" rev-parse HEAD)
say "source root: clone of $commit"
new_root source
src_root=$ROOT
git clone -q --no-hardlinks "$repo" "$src_root/root/greenprint"
git -C "$src_root/root/greenprint" checkout -q --detach "$commit"
cp "$here/checks-in-root.sh" "$here/used-packages.sh" "$src_root/root/"

# make deps first, so that what apt itself reads while installing is not counted as used;
# then every file's access time goes back to 1970, so that the first read of each is seen.
step make-deps "$src_root" "dpkg-query -W -f='\${Package}\\n' >/root/stock-packages.txt && cd /root/greenprint && make deps \
    && find /usr /lib /etc -xdev \\( -type f -o -type l \\) -exec touch -a -h -d @86400 {} + \
    && sleep 1 && touch /root/deps-installed.stamp"
step make-test "$src_root" "cd /root/greenprint && make test"
step make-run "$src_root" "cd /root/greenprint && unset DISPLAY WAYLAND_DISPLAY && make run && bash /root/checks-in-root.sh plan-files out"
step window "$src_root" "cd /root/greenprint && bash /root/checks-in-root.sh window build/app/greenprint data/examples/bert-finetune-realtime.greenprint /root/shots en"
cp "$src_root"/root/shots/main-window.png "$FRESH_DIR/screenshots/source-main-window.png"
step used-packages "$src_root" "cd /root/greenprint && bash /root/used-packages.sh /root/deps-installed.stamp /root/stock-packages.txt \$(make -s list-packages)"
cat "$LOGS/used-packages.log"
step make-package "$src_root" "cd /root/greenprint && make package"
debs=("$src_root"/root/greenprint/build/greenprint_*.deb)
[ -f "${debs[0]}" ] || die "make package made no build/greenprint_*.deb"
cp "${debs[0]}" "$FRESH_DIR/"
deb_name=$(basename "${debs[0]}")
unmount_all
remove_root "$src_root"

# --- Package root: the DEB as a user installs it -----------------------------------
say "package root: apt install ./$deb_name"
new_root package
pkg_root=$ROOT
cp "$FRESH_DIR/$deb_name" "$pkg_root/root/"
cp "$here/checks-in-root.sh" "$pkg_root/root/checks-in-root.sh"
step deb-install "$pkg_root" "apt-get update -q && apt-get install -y -q ./root/$deb_name"
step deb-estimate "$pkg_root" "bash /root/checks-in-root.sh installed-estimate"
# Xvfb is the test's display, not something the installed app needs.
step deb-window-de "$pkg_root" "apt-get install -y -q --no-install-recommends xvfb xauth && bash /root/checks-in-root.sh window /usr/bin/greenprint /usr/share/greenprint/examples/bert-finetune-realtime.greenprint /root/shots de"
cp "$pkg_root"/root/shots/main-window.png "$FRESH_DIR/screenshots/deb-main-window-de.png"
unmount_all
remove_root "$pkg_root"

say "all steps passed in $(($(date +%s) - started_all)) s; logs in $LOGS, screenshots in $FRESH_DIR/screenshots"
