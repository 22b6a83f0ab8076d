#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for developers and CI on Debian 12:
#   packaging/dev.sh run [hookdesk arguments]   install what is missing, build, start HookDesk
#   packaging/dev.sh test                       install what is missing, build, run every test
#   packaging/dev.sh build                      install what is missing and build
# Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo),
# HOOKDESK_WERROR=ON (warnings are errors, as in CI), CMAKE_ARGS (extra cmake arguments).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

action=${1:-run}
[ $# -gt 0 ] && shift

packaging/install-deps.sh

build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
# shellcheck disable=SC2086
cmake -S . -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE="$build_type" \
    -DHOOKDESK_WERROR="${HOOKDESK_WERROR:-OFF}" \
    ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir"

case "$action" in
run)
    exec "$build_dir/hookdesk" "$@"
    ;;
test)
    ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j"$(nproc)" "$@"
    ;;
build)
    ;;
*)
    echo "usage: packaging/dev.sh run|test|build" >&2
    exit 2
    ;;
esac
