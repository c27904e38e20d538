#!/usr/bin/env bash
# Runs a command inside a desktop session of its own: a virtual X server (Xvfb) on a free
# display, a window manager with a system tray (jwm), a private session D-Bus and a
# notification server on it (dunst). The command gets DISPLAY, DBUS_SESSION_BUS_ADDRESS
# and QT_QPA_PLATFORM=xcb; whatever happens, everything the script started is stopped.
#
#   tests/support/desktop-session.sh [--no-tray] [--no-bus] [--timeout S] [--] COMMAND [ARG...]
#
#   --no-tray    no window manager, so no system tray
#   --no-bus     no session bus and no notification server; DBUS_SESSION_BUS_ADDRESS points
#                at a socket that does not exist, so nothing finds (or starts) a bus
#   --timeout S  stop the command after S seconds (default 120)
#
# Exit status: the command's; 124 when it ran out of time; 127 when a tool is missing;
# 2 for a usage error; 1 when the session could not be set up.
# RAPPORT_SESSION_LOGS=1 prints the logs of Xvfb, jwm, the bus and dunst after a failure.
set -euo pipefail

me=desktop-session.sh
# Pure bash up to the check of the tools, so even a bare PATH gets a clear message.
here=${BASH_SOURCE[0]%/*}
[[ $here != "${BASH_SOURCE[0]}" ]] || here=.
here=$(cd "$here" && pwd)
tray=1
bus=1
limit=120

usage() {
    sed -n '7,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}
fail() {
    echo "$me: $*" >&2
    exit 1
}

while [[ $# -gt 0 ]]; do
    case $1 in
        --no-tray) tray=0 ;;
        --no-bus) bus=0 ;;
        --timeout)
            [[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || { echo "$me: --timeout needs a number of seconds" >&2; exit 2; }
            limit=$2
            shift ;;
        -h | --help) usage; exit 0 ;;
        --) shift; break ;;
        -*) echo "$me: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) break ;;
    esac
    shift
done
[[ $# -gt 0 ]] || { echo "$me: no command to run" >&2; usage >&2; exit 2; }

# Every tool, before anything starts: a missing one is a clear message, never a hang.
need() {
    command -v "$1" >/dev/null 2>&1 \
        || { echo "$me: '$1' not found: install the Debian package $2 (listed in packaging/debian-packages.txt)" >&2; exit 127; }
}
need Xvfb xvfb
need timeout coreutils
if ((tray)); then
    need jwm jwm
    need xprop x11-utils
    need xwininfo x11-utils
fi
if ((bus)); then
    need dbus-daemon dbus-daemon
    need dbus-send dbus-bin
    need dunst dunst
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-session.XXXXXX")
pids=()

stop_all() {
    local status=$?
    trap - EXIT INT TERM
    # Newest first: the command, the notification server, the bus, the window manager, X.
    local i pid
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        pid=${pids[i]}
        kill -TERM "$pid" 2>/dev/null || continue
        for _ in $(seq 20); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
    if ((status != 0)) && [[ ${RAPPORT_SESSION_LOGS:-} == 1 ]]; then
        for log in "$work"/*.log; do
            [[ -s $log ]] && { echo "--- $log"; cat "$log"; } >&2
        done
    fi
    rm -rf "$work"
    exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Polls `condition` (a command) every 0.1 s for up to `seconds`.
wait_for() {
    local seconds=$1 what=$2
    shift 2
    local tries=$((seconds * 10))
    until "$@"; do
        ((--tries > 0)) || fail "gave up waiting for $what after ${seconds} s (RAPPORT_SESSION_LOGS=1 shows the logs)"
        sleep 0.1
    done
}
alive() { kill -0 "$1" 2>/dev/null; }
# The session's daemons keep the real clock when the suite runs under faketime
# (suite-at-date.sh): only the command under test sees the other date.
# env execs the daemon, so $! is the daemon's own pid.
outside_faketime=(env -u LD_PRELOAD -u FAKETIME -u FAKETIME_SHARED -u FAKETIME_DONT_FAKE_MONOTONIC)

# X on the first free display: Xvfb writes its number to fd 3 once it accepts clients.
"${outside_faketime[@]}" Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
xvfb=$!
display_ready() {
    alive "$xvfb" || fail "Xvfb exited: $(tail -n 3 "$work/xvfb.log")"
    grep -qsx '[0-9][0-9]*' "$work/display"
}
wait_for 10 "Xvfb" display_ready
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
unset WAYLAND_DISPLAY XAUTHORITY
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 0700 "$XDG_RUNTIME_DIR"

if ((tray)); then
    "${outside_faketime[@]}" jwm -f "$here/desktop-session.jwmrc" >"$work/jwm.log" 2>&1 &
    pids+=($!)
    jwm_pid=$!
    # The tray is up when a window carries _NET_SYSTEM_TRAY_ORIENTATION: the tray
    # manager sets it on the window that owns the tray selection.
    tray_ready() {
        alive "$jwm_pid" || fail "jwm exited: $(tail -n 3 "$work/jwm.log")"
        local id
        for id in $(xwininfo -root -tree 2>/dev/null | grep -o '^ *0x[0-9a-f]*'); do
            xprop -id "$id" _NET_SYSTEM_TRAY_ORIENTATION 2>/dev/null | grep -q '= ' && return 0
        done
        return 1
    }
    wait_for 10 "the system tray of jwm" tray_ready
fi

if ((bus)); then
    # --fork returns once the bus listens; it prints its address and pid on two lines.
    "${outside_faketime[@]}" dbus-daemon --config-file="$here/desktop-session-bus.conf" --fork --print-address=1 --print-pid=1 \
        >"$work/bus" 2>"$work/bus.log" || fail "dbus-daemon failed: $(cat "$work/bus.log")"
    pids+=("$(sed -n 2p "$work/bus")")
    export DBUS_SESSION_BUS_ADDRESS="$(sed -n 1p "$work/bus")"
    [[ -n $DBUS_SESSION_BUS_ADDRESS ]] || fail "dbus-daemon printed no address"

    "${outside_faketime[@]}" dunst -config "$here/desktop-session.dunstrc" >"$work/dunst.log" 2>&1 &
    pids+=($!)
    dunst_pid=$!
    notifications_ready() {
        alive "$dunst_pid" || fail "dunst exited: $(tail -n 3 "$work/dunst.log")"
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'
    }
    wait_for 10 "dunst on the session bus" notifications_ready
else
    # Set, so neither Qt nor libdbus goes looking for (or launches) a bus; no such socket.
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-session-bus"
fi

export QT_QPA_PLATFORM=xcb
status=0
timeout --kill-after=5 "$limit" "$@" &
pids+=($!)
wait $! || status=$?
((status != 124)) || echo "$me: '$1' ran out of time after $limit s" >&2
exit "$status"
