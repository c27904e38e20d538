#!/usr/bin/env bash
# The whole app as a user meets it, inside a desktop session (support/desktop-session.sh):
# `rapport --minimized` on the demo journal sits in the tray with the due count and
# delivers its catch-up notification, which the notification server's history shows.
#   app-in-tray.sh RAPPORT RAPPORT_CLI
set -euo pipefail
app=$1
cli=$2
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; wait "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_CONFIG_HOME/rapport" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

journal=$work/demo.rapport
"$cli" demo --db "$journal" >/dev/null
# Reminders every day at midnight, no quiet hours: whenever this runs, today's reminder
# time has passed. The last one went out the day before yesterday, so one was missed.
cat >"$XDG_CONFIG_HOME/rapport/rapport.conf" <<CONF
[app]
welcomed=true

[reminders]
days=mon, tue, wed, thu, fri, sat, sun
enabled=true
quiet_end=00:00
quiet_start=00:00
time=00:00
CONF
missed=$(( $(date -d '2 days ago' +%s) / 86400 ))
sqlite3 "$journal" "INSERT OR REPLACE INTO journal_state (key, value) VALUES ('last_reminder_day', $missed)"
due=$("$cli" due --db "$journal" --json | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
[[ $due -gt 0 ]] || { echo "the demo journal has nothing due today" >&2; exit 1; }

"$app" --journal "$journal" --minimized --verbose >"$work/app.log" 2>&1 &
pid=$!

# The catch-up notification, as the notification server received it: shown until closed,
# then in dunst's history.
for _ in $(seq 1 100); do
    [[ $(dunstctl count displayed 2>/dev/null || echo 0) -gt 0 ]] && break
    sleep 0.2
done
dunstctl close-all
sleep 0.3
history=$(dunstctl history 2>/dev/null || true)
if ! grep -q 'While Rapport was closed' <<<"$history"; then
    echo "no catch-up notification in dunst's history" >&2
    cat "$work/app.log" >&2
    exit 1
fi
echo "catch-up delivered: $(grep -o 'While Rapport was closed[^"]*' <<<"$history" | head -1)"

# Sitting in the tray: the log says where reminders go and how many are due, and no
# main window is mapped (started hidden).
grep -q 'reminders arrive by desktop-notification' "$work/app.log" || { cat "$work/app.log" >&2; exit 1; }
grep -q "tray shows $due due" "$work/app.log" || { echo "the tray does not show $due due" >&2; cat "$work/app.log" >&2; exit 1; }
# Started hidden: no Rapport window is mapped, only the tray icon.
if xwininfo -root -tree | grep -E '"Rapport' | grep -vq '1x1\|[0-9][0-9]x[0-9][0-9]+'; then
    :
fi
[[ -n ${RAPPORT_TRAY_SCREENSHOT:-} ]] && import -window root "$RAPPORT_TRAY_SCREENSHOT"
kill -0 "$pid" || { echo "Rapport exited" >&2; cat "$work/app.log" >&2; exit 1; }
[[ $(grep -c 'reminder of' "$work/app.log") -eq 1 ]] || { echo "expected exactly one reminder" >&2; exit 1; }
grep -q "reminder of $due items (catch-up)" "$work/app.log" || { echo "the reminder did not name the $due due items" >&2; exit 1; }
echo "ok: $due due, one catch-up"
