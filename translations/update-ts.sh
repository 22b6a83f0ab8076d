#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources: new strings come in unfinished,
# strings gone from the code leave (-no-obsolete). Run from anywhere:
#   translations/update-ts.sh [path/to/lupdate]
# (or `cmake --build build --target update_translations`). Then translate the
# unfinished entries and run translations/check-ts.py.
set -eu
lupdate=${1:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
cd "$(dirname "$0")/.."

# No source locations: they would change with every edit and name this machine's paths.
"$lupdate" -silent -no-obsolete -locations none -source-language en -target-language hi \
    app ui translations/QtStrings.h -ts translations/hookdesk_hi.ts
# English is the source language; its file only spells out the plural forms.
"$lupdate" -silent -no-obsolete -locations none -source-language en -target-language en \
    -pluralonly app ui -ts translations/hookdesk_en.ts
