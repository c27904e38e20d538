#!/usr/bin/env bash
# Runs the whole test suite of a build with the wall clock set to another moment (Debian's
# faketime), so that code which reads the system's today where it should take the injected
# clock fails here and not on the day a user meets it.
#
#   tests/support/suite-at-date.sh BUILD_DIR WHEN TIME_ZONE [ctest options...]
#
#   WHEN        "YYYY-MM-DD HH:MM:SS" (local time in TIME_ZONE), or "+1year" for this moment
#               a year from now
#   TIME_ZONE   an IANA zone such as Europe/Berlin, set as TZ for every test
#
# The monotonic clock is left alone (FAKETIME_DONT_FAKE_MONOTONIC=1): Qt's timers, CTest's
# time-outs, Xvfb and D-Bus need one that runs steadily. The desktop session's daemons are
# started outside faketime by desktop-session.sh. The runs at other dates carry the CTest
# label "faketime" and are left out here, so the suite does not run itself; so is the crash
# harness (label "crash"), whose kills are timed with Python's time.sleep, which fails with
# EINVAL under libfaketime 0.9.10 when the monotonic clock is left alone.
# Exit status: CTest's; 127 when faketime is missing; 2 for a usage error.
set -euo pipefail

me=suite-at-date.sh
if [[ $# -lt 3 ]]; then
    sed -n '5,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
build=$(cd "$1" && pwd)
when=$2
zone=$3
shift 3

command -v faketime >/dev/null 2>&1 \
    || { echo "$me: 'faketime' not found: install the Debian package faketime (listed in packaging/debian-packages.txt)" >&2; exit 127; }
[[ -e /usr/share/zoneinfo/$zone ]] || { echo "$me: unknown time zone $zone" >&2; exit 2; }

if [[ $when == +1year ]]; then
    when=$(TZ=$zone date -d '+1 year' '+%Y-%m-%d %H:%M:%S')
fi
[[ $when =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}:[0-9]{2}$ ]] \
    || { echo "$me: WHEN must be \"YYYY-MM-DD HH:MM:SS\" or +1year, not \"$when\"" >&2; exit 2; }

# CTest keeps its logs in <dir>/Testing: a folder of its own that includes the build's tests,
# so this run does not write over the logs of the CTest run that started it.
work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-suite-at-date.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf 'subdirs("%s")\n' "$build" >"$work/CTestTestfile.cmake"

echo "$me: the whole suite at $when ($zone)"
status=0
TZ=$zone FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "@$when" \
    ctest --test-dir "$work" --label-exclude '^(faketime|crash)$' --output-on-failure "$@" || status=$?
exit "$status"
