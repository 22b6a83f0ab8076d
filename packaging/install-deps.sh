#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package that building, testing, packaging and running
# HookDesk need, skipping what is already there. Safe to run again.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkgconf git
    # Qt 6.4 modules (QtHttpServer needs the WebSockets development files)
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6
    # secrets; a real Secret Service for the keychain test
    qtkeychain-qt6-dev gnome-keyring dbus
    # storage and tests
    libsqlite3-dev sqlite3 python3 curl
    # Excel export; phone numbers
    libxlsxwriter-dev libphonenumber-dev
    # GUI tests and screenshots
    xvfb xauth imagemagick
    # fuzzing and sanitizers
    clang libclang-rt-14-dev
    # packaging checks
    desktop-file-utils appstream dpkg-dev file man-db systemd
    # the export test opens CSV files in a real spreadsheet (LibreOffice Calc)
    libreoffice-calc-nogui
    # icon rendering (packaging/linux/render-icons.sh)
    librsvg2-bin
    # Devanagari glyphs for the Hindi translation's test and screenshot
    fonts-noto-core
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
