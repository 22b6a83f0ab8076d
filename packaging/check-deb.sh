#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a configured build folder and checks what it ships:
#   packaging/check-deb.sh BUILD_DIR
# Runs cpack -G DEB, validates the packaged desktop entry, AppStream metainfo,
# man page and systemd user unit, checks the icons and the dependencies, unpacks
# the package and runs its hookdesk --version. Exits non-zero on the first failure.
# Needs the tools packaging/install-deps.sh installs.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: packaging/check-deb.sh BUILD_DIR" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
app_id=io.hookdesk.HookDesk
checks=0

fail() {
    echo "check-deb: FAILED: $*" >&2
    exit 1
}
ok() {
    checks=$((checks + 1))
    echo "check-deb: ok: $*"
}
for tool in cpack dpkg-deb dpkg-shlibdeps dpkg-checkbuilddeps file strings curl desktop-file-validate \
    appstreamcli man systemd-analyze; do
    command -v "$tool" >/dev/null || fail "$tool is missing; run packaging/install-deps.sh"
done
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir is not a configured HookDesk build folder"

work=$(mktemp -d "${TMPDIR:-/tmp}/hookdesk-check-deb.XXXXXX")
serve_pid=
trap '[ -n "$serve_pid" ] && kill -KILL "$serve_pid" 2>/dev/null; rm -rf "$work"' EXIT

# --- make the package ---------------------------------------------------------
# Build what the package holds, so a stale binary is never packaged.
cmake --build "$build_dir" -j2 --target hookdesk hookdesk_manpage
rm -f "$build_dir"/hookdesk_*.deb
(cd "$build_dir" && cpack -G DEB) > "$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB"
}
debs=("$build_dir"/hookdesk_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "expected one hookdesk_*.deb in $build_dir"
fi
deb=${debs[0]}
ok "cpack made $(basename "$deb")"

version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
[ "$(dpkg-deb -f "$deb" Package)" = hookdesk ] || fail "package name is not hookdesk"
case "$(basename "$deb")" in
    "hookdesk_${version}_$(dpkg --print-architecture).deb") ok "Debian file name" ;;
    *) fail "file name $(basename "$deb") is not hookdesk_${version}_ARCH.deb" ;;
esac

# --- dependencies -------------------------------------------------------------
# dpkg-shlibdeps must have found the Qt and SQLite libraries the binary links.
for lib in libc6 libqt6core6 libqt6widgets6 libqt6httpserver6 libsqlite3-0 libqt6svg6 libxlsxwriter4 libphonenumber8-protobuf32; do
    grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
# Every dependency names a real package in a version this system has installed.
dpkg-checkbuilddeps -d "$depends" /dev/null || fail "Depends is not satisfied here: $depends"
ok "Depends names the linked libraries and is satisfiable"

# --- unpack -------------------------------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root"
expected=(
    usr/bin/hookdesk
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/hookdesk.1.gz
    usr/lib/systemd/user/hookdesk.service
    usr/share/doc/hookdesk/copyright
)
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    [ -f "$root/$path" ] || fail "the package lacks /$path"
done
ok "all ${#expected[@]} expected files are in the package"

(cd "$root" && find . -type f | sed 's|^\./||' | sort) > "$work/files.txt"
unexpected=$(grep -vxF -f <(printf '%s\n' "${expected[@]}") "$work/files.txt" || true)
[ -z "$unexpected" ] || fail "files nobody asked for in the package: $unexpected"
ok "no stray files"

for size in 16 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    file -b "$png" | grep -q "PNG image data, $size x $size," \
        || fail "$size px icon is $(file -b "$png")"
done
file -b "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" | grep -q SVG \
    || fail "the scalable icon is not an SVG"
ok "icons have the sizes their folders name"

file -b "$root/usr/bin/hookdesk" | grep -q "ELF.*executable.*, stripped" \
    || fail "usr/bin/hookdesk is not a stripped executable: $(file -b "$root/usr/bin/hookdesk")"
ok "binary is a stripped executable"

# The window icon and the translations are Qt resources inside the binary, not
# files: rcc stores each resource name as UTF-16 big-endian text.
source_dir=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build_dir/CMakeCache.txt")
strings -eb "$root/usr/bin/hookdesk" > "$work/resource-names.txt"
grep -qx "hookdesk.svg" "$work/resource-names.txt" || fail "the binary lacks :/icons/hookdesk.svg"
translations=0
for ts in "$source_dir"/translations/hookdesk_*.ts; do
    [ -f "$ts" ] || continue
    qm=$(basename "$ts" .ts).qm
    grep -qx "$qm" "$work/resource-names.txt" || fail "the binary lacks the translation :/i18n/$qm"
    translations=$((translations + 1))
done
ok "the binary carries its icon and $translations translation(s)"

# --- desktop entry and AppStream ------------------------------------------------
desktop=$root/usr/share/applications/$app_id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx "Exec=hookdesk" "$desktop" || fail "desktop entry does not run hookdesk"
grep -qx "Icon=$app_id" "$desktop" || fail "desktop entry icon is not $app_id"
ok "desktop-file-validate"

metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
# --strict fails on warnings too; pedantic notes (the ID's capitals) are shown only.
appstreamcli validate --no-net --strict --pedantic "$metainfo" || fail "appstreamcli validate"
# validate-tree also checks that the launchable desktop entry and icons are there.
appstreamcli validate-tree --no-net --strict "$root" || fail "appstreamcli validate-tree"
newest_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[ "$newest_release" = "$version" ] \
    || fail "newest release in the metainfo is $newest_release, the package is $version"
ok "appstreamcli validate, newest release $newest_release"

# --- man page -----------------------------------------------------------------
manpage=$root/usr/share/man/man1/hookdesk.1.gz
gzip -t "$manpage" || fail "man page is not valid gzip"
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$manpage" 2>&1 >"$work/man.txt") \
    || fail "man could not render the man page"
[ -z "$man_warnings" ] || fail "man page warnings: $man_warnings"
zcat "$manpage" | grep -q "^\.TH HOOKDESK 1 .*\"HookDesk $version\"" \
    || fail "man page header does not name version $version"
for command in serve hook export subscribe simulate; do
    grep -q "^   $command\$" "$work/man.txt" || fail "man page has no section for $command"
done
ok "man page renders without warnings and documents every command"

# --- systemd user unit ----------------------------------------------------------
# systemd finds the bare 'hookdesk' in /usr/bin once installed; here it is pointed
# at the unpacked binary, and man at the unpacked page for Documentation=.
unit_dir=$work/unit
mkdir -p "$unit_dir" "$work/runtime"
chmod 700 "$work/runtime"
grep -qx "ExecStart=hookdesk serve" "$root/usr/lib/systemd/user/hookdesk.service" \
    || fail "the unit does not run 'hookdesk serve'"
sed "s|^ExecStart=hookdesk |ExecStart=$root/usr/bin/hookdesk |" \
    "$root/usr/lib/systemd/user/hookdesk.service" > "$unit_dir/hookdesk.service"
# verify only warns about a setting it cannot parse, so any output is a failure.
unit_report=$(XDG_RUNTIME_DIR=$work/runtime MANPATH=$root/usr/share/man \
    systemd-analyze verify --user "$unit_dir/hookdesk.service" 2>&1) \
    || fail "systemd-analyze verify --user hookdesk.service: $unit_report"
[ -z "$unit_report" ] || fail "systemd-analyze verify --user hookdesk.service: $unit_report"
ok "systemd-analyze verify of the user unit"

# --- the packaged binary runs ---------------------------------------------------
reported=$("$root/usr/bin/hookdesk" --version) || fail "packaged hookdesk --version failed"
[ "$reported" = "hookdesk $version" ] \
    || fail "packaged hookdesk --version said '$reported', expected 'hookdesk $version'"
ok "packaged usr/bin/hookdesk --version: $reported"

# What the user unit runs: the packaged serve answers /healthz and stops cleanly
# on SIGTERM. Port 0 lets the system pick a free port on the loopback address.
# The files exist before the background job opens them: reading them may start first.
: > "$work/serve.out"
: > "$work/serve.err"
"$root/usr/bin/hookdesk" serve --bind 127.0.0.1 --port 0 --db "$work/serve.sqlite" \
    > "$work/serve.out" 2> "$work/serve.err" &
serve_pid=$!
url=
for _ in $(seq 1 300); do
    url=$(sed -n 's|^listening on \(http://[^ ]*\)$|\1|p' "$work/serve.out")
    [ -n "$url" ] && break
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$url" ] || {
    kill "$serve_pid" 2>/dev/null || true
    fail "packaged hookdesk serve did not start: $(cat "$work/serve.err")"
}
health=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url/healthz") || health=none
kill -TERM "$serve_pid"
serve_status=0
wait "$serve_pid" || serve_status=$?
serve_pid=
[ "$health" = 200 ] || fail "GET $url/healthz answered $health"
[ "$serve_status" -eq 0 ] || fail "hookdesk serve exited $serve_status on SIGTERM: $(cat "$work/serve.err")"
ok "packaged hookdesk serve answered GET /healthz with 200 and stopped on SIGTERM"

echo
echo "Package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
echo "Depends: $depends"
recommends=$(dpkg-deb -f "$deb" Recommends)
[ -z "$recommends" ] || echo "Recommends: $recommends"
echo "Contents:"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print "  " $6 }' | sed 's|^  \./|  /|'
echo "check-deb: all $checks checks passed"
