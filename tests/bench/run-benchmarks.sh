#!/usr/bin/env bash
# Rapport's performance suite: whole commands on a large synthetic journal, each beside a
# floor (the sqlite3 tool reading the least raw data the figure needs), plus rapport_bench's
# in-process figures, and the desktop app's start to its first painted window beside a bare
# QMainWindow's (rapport_startup_probe, offscreen). Prints one Markdown table; see README
# "Performance".
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: tests/bench/run-benchmarks.sh [--runs N] [--fresh] [--workdir DIR] [--quick] [--build-dir DIR]

Builds the release preset (rapport-cli, rapport_bench, rapport_startup_probe) if needed, generates a journal of
5,000 colleagues x 1,000,000 interactions with `rapport-cli generate` (timed; reused on
later runs), then measures each command N times, exports the journal as JSON and imports it
into a new journal once, and prints a Markdown table.

  --runs N         runs per measurement, the first discarded as warm-up (default 7; at least 2)
  --fresh          generate the journal again even when the work folder has one
  --workdir DIR    where the journal and results go (default build/bench in the source tree)
  --quick          a small journal (50 x 20,000) and 2 runs: checks that the suite works
  --build-dir DIR  use the binaries of this build folder instead of building the release preset
  -h, --help       show this help

Needs /usr/bin/time (Debian package time), sqlite3 and /usr/bin/python3.
EOF
}

die() {
    printf 'run-benchmarks.sh: %s\n' "$*" >&2
    exit 1
}
say() { printf '==> %s\n' "$*" >&2; }

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$script_dir/../.." && pwd)

runs=""
fresh=0
quick=0
workdir="$root/build/bench"
build_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
    --runs)
        [ $# -ge 2 ] || die "--runs needs a number"
        runs=$2
        shift 2
        ;;
    --runs=*) runs=${1#--runs=}; shift ;;
    --fresh) fresh=1; shift ;;
    --quick) quick=1; shift ;;
    --workdir)
        [ $# -ge 2 ] || die "--workdir needs a folder"
        workdir=$2
        shift 2
        ;;
    --workdir=*) workdir=${1#--workdir=}; shift ;;
    --build-dir)
        [ $# -ge 2 ] || die "--build-dir needs a folder"
        build_dir=$2
        shift 2
        ;;
    --build-dir=*) build_dir=${1#--build-dir=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
    esac
done

if [ "$quick" -eq 1 ]; then
    colleagues=50 interactions=20000
    runs=${runs:-2}
else
    colleagues=5000 interactions=1000000
    runs=${runs:-7}
fi
case "$runs" in '' | *[!0-9]*) die "--runs: \"$runs\" is not a whole number" ;; esac
[ "$runs" -ge 2 ] || die "--runs: at least 2 (the first run is a warm-up)"

# Everything we call, with the package that brings it.
[ -x /usr/bin/time ] || die "/usr/bin/time is missing; install the Debian package: sudo apt-get install time"
command -v sqlite3 > /dev/null || die "sqlite3 is missing; install it: sudo apt-get install sqlite3"
[ -x /usr/bin/python3 ] || die "/usr/bin/python3 is missing; install it: sudo apt-get install python3"

# Binaries: the release preset, built when needed (ninja does nothing when up to date).
if [ -z "$build_dir" ]; then
    command -v cmake > /dev/null || die "cmake is missing; see packaging/debian-packages.txt"
    build_dir="$root/build/release"
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        say "Configuring the release preset"
        (cd "$root" && cmake --preset release > /dev/null) || die "cmake --preset release failed"
    fi
    say "Building rapport-cli, rapport_bench and rapport_startup_probe (release)"
    (cd "$root" && cmake --build --preset release --target rapport-cli rapport_bench rapport_startup_probe > /dev/null) ||
        die "the release build failed; run: cmake --build --preset release --target rapport-cli rapport_bench rapport_startup_probe"
fi
build_dir=$(cd "$build_dir" 2> /dev/null && pwd) || die "--build-dir: no folder $build_dir"
cli="$build_dir/app/cli/rapport-cli"
bench="$build_dir/tests/bench/rapport_bench"
probe="$build_dir/tests/bench/rapport_startup_probe"
for binary in "$cli" "$bench" "$probe"; do
    [ -x "$binary" ] || die "no $binary; build it with: cmake --build $build_dir --target rapport-cli rapport_bench rapport_startup_probe"
done

mkdir -p "$workdir" || die "cannot create the work folder $workdir"
workdir=$(cd "$workdir" && pwd)
tmp=$(mktemp -d "$workdir/.run.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# rapport-cli's log and settings stay in the work folder, away from the user's own.
export XDG_DATA_HOME="$workdir/xdg/data" XDG_CONFIG_HOME="$workdir/xdg/config"
export XDG_STATE_HOME="$workdir/xdg/state" XDG_CACHE_HOME="$workdir/xdg/cache"
# The window starts offscreen: no display needed, and the same platform on every machine.
export QT_QPA_PLATFORM=offscreen

journal="$workdir/journal-${colleagues}x${interactions}.rapport"
meta="$journal.meta" # date=, generate_us=, generate_rss_kb= of the run that made the journal

now_us() { echo $(($(date +%s%N) / 1000)); }

# run_once OUT CMD...: runs CMD (stdout to /dev/null) under /usr/bin/time and appends
# "microseconds peak-RSS-kB" to OUT; stops the script with CMD's stderr when it fails.
run_once() {
    local out=$1 start end
    shift
    start=$(now_us)
    if ! /usr/bin/time -f %M -o "$tmp/rss" "$@" > /dev/null 2> "$tmp/stderr"; then
        cat "$tmp/stderr" >&2
        die "this command failed: $*"
    fi
    end=$(now_us)
    echo "$((end - start)) $(tail -n 1 "$tmp/rss")" >> "$out"
}

# measure NAME CMD...: `runs` runs of CMD, the first a warm-up; results in $tmp/NAME.
measure() {
    local name=$1 i
    shift
    : > "$tmp/$name"
    run_once /dev/null "$@"
    for ((i = 2; i <= runs; i++)); do
        run_once "$tmp/$name" "$@"
    done
}

# The journal, generated once (to a temporary name: an interrupted run leaves nothing).
if [ "$fresh" -eq 1 ] || [ ! -f "$journal" ] || [ ! -f "$meta" ]; then
    rm -f "$journal" "$journal-wal" "$journal-shm" "$meta" "$journal.partial"{,-wal,-shm}
    day=$(date +%F)
    say "Generating $colleagues colleagues x $interactions interactions into $journal"
    start=$(now_us)
    /usr/bin/time -f %M -o "$tmp/rss" "$cli" generate --db "$journal.partial" --colleagues "$colleagues" \
        --interactions "$interactions" --seed 1 --date "$day" > "$tmp/generated" ||
        die "rapport-cli generate failed"
    end=$(now_us)
    cat "$tmp/generated" >&2
    [ ! -s "$journal.partial-wal" ] || die "generate left a -wal behind: $journal.partial-wal"
    rm -f "$journal.partial-shm"
    mv "$journal.partial" "$journal"
    printf 'date=%s\ngenerate_us=%s\ngenerate_rss_kb=%s\n' "$day" "$((end - start))" "$(tail -n 1 "$tmp/rss")" > "$meta"
    generate_note=""
else
    say "Reusing $journal (--fresh generates it again)"
    generate_note=" (when the journal was made)"
fi
day=$(sed -n 's/^date=//p' "$meta")
generate_us=$(sed -n 's/^generate_us=//p' "$meta")
generate_rss=$(sed -n 's/^generate_rss_kb=//p' "$meta")
[ -n "$day" ] && [ -n "$generate_us" ] && [ -n "$generate_rss" ] || die "$meta is damaged; run with --fresh"

say "Measuring commands and floors ($runs runs each, the first a warm-up)"
measure stats "$cli" stats --months 24 --json --date "$day" --db "$journal"
measure stats_floor sqlite3 "$journal" "SELECT colleague_id, day FROM contact_day"
measure due "$cli" due --json --date "$day" --db "$journal"
measure due_floor sqlite3 "$journal" "SELECT colleague_id, max(day) FROM contact_day GROUP BY colleague_id"
# The app's composition (settings, clock, MainWindow, the journal, show) and a bare
# QMainWindow; each probe exits at its window's first paint, so spawn to exit is the start.
measure startup "$probe" --journal "$journal"
measure startup_floor "$probe" --bare

# The whole journal out as JSON and into a new journal, once each (tens of seconds at this
# size): the memory bound holds for these commands too. 50,000 interactions run in CTest.
say "Exporting the journal as JSON and importing it into a new journal"
run_once "$tmp/export_json" "$cli" export --format json --output "$tmp/journal.json" --db "$journal"
run_once "$tmp/import_json" "$cli" import --format json "$tmp/journal.json" --db "$tmp/imported.rapport"
"$cli" export --format json --db "$tmp/imported.rapport" | grep -v '"exported_at"' > "$tmp/again.json"
grep -v '"exported_at"' "$tmp/journal.json" | cmp -s - "$tmp/again.json" ||
    die "the imported journal does not export to the same JSON"
rm -f "$tmp/journal.json" "$tmp/again.json" "$tmp/imported.rapport"{,-wal,-shm}

say "Running rapport_bench on the journal"
bench_args=(--benchmark_repetitions="$((runs - 1))" --benchmark_report_aggregates_only=false
    --benchmark_format=json --benchmark_out="$tmp/bench.json" --benchmark_out_format=json)
[ "$quick" -eq 0 ] || bench_args+=(--benchmark_min_time=0.01)
RAPPORT_BENCH_JOURNAL="$journal" RAPPORT_BENCH_DATE="$day" "$bench" "${bench_args[@]}" > /dev/null 2> "$tmp/bench.err" || {
    cat "$tmp/bench.err" >&2
    die "rapport_bench failed"
}

/usr/bin/python3 - "$tmp" "$colleagues" "$interactions" "$runs" "$generate_us" "$generate_rss" "$generate_note" \
    "$quick" "$journal" "$day" > "$tmp/table.md" <<'PYTHON'
import json, statistics, sys

tmp, colleagues, interactions, runs, gen_us, gen_rss, gen_note, quick, journal, day = sys.argv[1:]
colleagues, interactions, runs, quick = int(colleagues), int(interactions), int(runs), quick == "1"

def load(name):  # [(ms, MB)] of the measured runs
    with open(f"{tmp}/{name}") as f:
        return [(int(us) / 1000, int(kb) / 1024) for us, kb in (line.split() for line in f if line.strip())]

def spread(values, unit, digits):
    med = statistics.median(values)
    return med, f"{med:.{digits}f} {unit} [{min(values):.{digits}f}–{max(values):.{digits}f}]"

with open(f"{tmp}/bench.json") as f:
    bench_runs = json.load(f)["benchmarks"]

def bench(name):  # median and [min–max] of the repetitions, in ms, and the label
    reps = [b for b in bench_runs if b["run_name"].split("/real_time")[0] == name and b["run_type"] == "iteration"]
    if not reps or any(b.get("error_occurred") for b in reps):
        sys.exit(f"run-benchmarks.sh: rapport_bench has no result for {name}")
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[reps[0]["time_unit"]]
    return spread([b["real_time"] * scale for b in reps], "ms", 2) + (reps[0].get("label", ""),)

rows = []  # what, target, limit, median, measured, floor, ratio, command

def row(what, target, limit, median, measured, command, floor=None):
    met = "yes" if median <= limit else "no"
    floor_text, ratio = "–", "–"
    if floor is not None:
        floor_text = floor[1]
        ratio = f"{median / floor[0]:.1f}×" if floor[0] > 0 else "–"
    rows.append((what, target, measured, floor_text, ratio, command, met))

db = "--date D --db J"
floors = []
for name, what, limit, command, floor_sql in (
    ("stats", "stats, 24 months", 300, f"`rapport-cli stats --months 24 --json {db}`",
     "SELECT colleague_id, day FROM contact_day"),
    ("due", "due", 50, f"`rapport-cli due --json {db}`",
     "SELECT colleague_id, max(day) FROM contact_day GROUP BY colleague_id")):
    runs_ms = [ms for ms, _ in load(name)]
    floor = spread([ms for ms, _ in load(name + "_floor")], "ms", 1)
    row(what, f"≤ {limit} ms", limit, *spread(runs_ms, "ms", 1), command, floor)
    floors.append(f"{what}: `sqlite3 J \"{floor_sql}\" > /dev/null`")

# The start: at most 2.5 times a bare QMainWindow's start in the same run.
start_ms = [ms for ms, _ in load("startup")]
start_floor = spread([ms for ms, _ in load("startup_floor")], "ms", 1)
start_median, start_measured = spread(start_ms, "ms", 1)
row("start to first painted window (offscreen; spawn to exit at the first paint)", "≤ 2.5 × floor",
    2.5 * start_floor[0], start_median, start_measured, "`rapport_startup_probe --journal J`", start_floor)
floors.append("start to first painted window: a bare QMainWindow start (offscreen), a menu bar and a label, "
              "spawn to exit at its first paint: `rapport_startup_probe --bare`")

for name, what, limit in (
        ("profile_card/most_contacted", "profile card, most contacted", 5),
        ("profile_card/median", "profile card, median colleague", 5),
        ("add_interaction", "add one interaction (add timed, undo untimed)", 2),
        ("stats/24_months", "stats, 24 months, in process", 300),
        ("due", "due, in process", 50),
        ("open/clean", "open after a clean shutdown (open + close)", 50),
        ("open/unclean", "open after an unclean shutdown (no check on open)", 300)):
    median, measured, label = bench(name)
    row(what + (f" ({label})" if label else ""), f"≤ {limit} ms", limit, median, measured, f"`rapport_bench {name}`")

gen_s = int(gen_us) / 1e6
row(f"generate {colleagues:,} × {interactions:,}{gen_note}", "≤ 10 s", 10, gen_s, f"{gen_s:.1f} s",
    f"`rapport-cli generate --colleagues {colleagues} --interactions {interactions} --seed 1 {db}`")
row("peak memory, generate", "≤ 100 MB", 100, int(gen_rss) / 1024, f"{int(gen_rss) / 1024:.0f} MB", "`/usr/bin/time -f %M`")
for name in ("stats", "due"):
    mb = [m for _, m in load(name)]
    row(f"peak memory, {name}", "≤ 100 MB", 100, *spread(mb, "MB", 0), "`/usr/bin/time -f %M`")
row("peak memory, app start (to the first paint)", "≤ 120 MB", 120, *spread([m for _, m in load("startup")], "MB", 0),
    "`/usr/bin/time -f %M rapport_startup_probe --journal J`")
for name, what, command in (
        ("export_json", "export as JSON", "`rapport-cli export --format json --output F --db J`"),
        ("import_json", "import that JSON into a new journal", "`rapport-cli import --format json F --db NEW`")):
    (ms, mb), = load(name)
    rows.append((f"{what} (one run)", "–", f"{ms / 1000:.1f} s", "–", "–", command, "–"))
    row(f"peak memory, {what}", "≤ 100 MB", 100, mb, f"{mb:.0f} MB", "`/usr/bin/time -f %M`")

measured = runs - 1
print(f"J: a journal of {colleagues:,} colleagues × {interactions:,} interactions ({journal}), "
      f"D: its last day ({day}). {measured} measured run{'s' if measured != 1 else ''} after one warm-up, "
      "median [min–max].")
if quick:
    print("Quick mode: a small journal; the targets are for 5,000 × 1,000,000.")
print()
print("| what | target | measured (median [min–max]) | floor | ratio | command | met |")
print("|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
met = sum(r[-1] == "yes" for r in rows)
targeted = sum(r[-1] != "–" for r in rows)
print(f"\nTargets met: {met} of {targeted}. Floors: the least raw data each figure needs, read by the sqlite3 tool; "
      "for the start, the least a window needs:")
for text in floors:
    print(f"- {text}")
PYTHON
cp "$tmp/table.md" "$workdir/results.md"
cat "$tmp/table.md"
say "Table saved in $workdir/results.md"
