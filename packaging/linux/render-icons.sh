#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the committed PNG icons in packaging/linux/icons/ from the SVG sources in
# resources/icons/. Run it after editing an icon source and commit the PNGs with it.
# 16 and 24 px come from their own hand-fitted sources; a scaled-down 256 px drawing
# turns to mush at those sizes. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
sources=$root/resources/icons
out=$root/packaging/linux/icons

command -v rsvg-convert >/dev/null || {
    echo "render-icons: rsvg-convert is missing; run packaging/install-deps.sh" >&2
    exit 1
}

mkdir -p "$out"
for size in 16 24 32 48 64 128 256; do
    source=$sources/hookdesk.svg
    [ -f "$sources/hookdesk-$size.svg" ] && source=$sources/hookdesk-$size.svg
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$out/hookdesk-$size.png" "$source"
    echo "render-icons: $(basename "$source") -> packaging/linux/icons/hookdesk-$size.png"
done
