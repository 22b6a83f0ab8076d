#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a real Secret Service: a private D-Bus session with
# gnome-keyring's secrets component, in a throwaway home folder, so a test can
# store, read back and forget a key without touching the user's keychain.
#   tests/unit/with-secret-service.sh COMMAND [ARGS...]
# Needs dbus-run-session (dbus) and gnome-keyring-daemon (gnome-keyring);
# packaging/install-deps.sh installs both. A missing one is a failure, not a skip.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-secret-service: $tool is not installed (run packaging/install-deps.sh)" >&2
        exit 1
    fi
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
       XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" HOOKDESK_TEST_KEYCHAIN=1
# The keyring is created and unlocked with a throwaway password read from stdin.
exec dbus-run-session -- sh -c '
    printf "%s" "hookdesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' with-secret-service "$@"
