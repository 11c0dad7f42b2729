#!/usr/bin/env bash
# Make sure Debian's Chromium (/usr/bin/chromium) and a basic font are present for the
# Playwright end-to-end tests. The test tools never download browsers themselves.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

say() { printf 'ensure-chromium: %s\n' "$*"; }
die() { printf 'ensure-chromium: ERROR: %s\n' "$*" >&2; exit 1; }

present() { [ -x "$CHROMIUM" ] && [ -e "$FONT" ] && "$CHROMIUM" --version >/dev/null 2>&1; }

if present; then
    say "$("$CHROMIUM" --version 2>/dev/null | head -n 1) at $CHROMIUM"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    die "$CHROMIUM is missing and this is not a Debian/Ubuntu system: install Chromium at $CHROMIUM"
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        die "Chromium for the browser tests is missing and this script is not running as root.
  Please run (as root):
    apt-get update && apt-get install -y chromium fonts-dejavu-core"
    fi
}

apt_get() {
    # Wait for the dpkg lock (another apt-get may be installing right now) instead of failing.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 "$@"
}

say "installing chromium and fonts-dejavu-core with apt-get"
updated=0
for i in $(seq 1 60); do
    if apt_get update; then updated=1; break; fi
    say "apt-get update failed (lock held by another process?); retrying in 10s ($i/60)"
    sleep 10
done
[ "$updated" -eq 1 ] || die "apt-get update kept failing"
apt_get install -y chromium fonts-dejavu-core

present || die "$CHROMIUM still does not run after installing chromium"
say "$("$CHROMIUM" --version 2>/dev/null | head -n 1) at $CHROMIUM"
