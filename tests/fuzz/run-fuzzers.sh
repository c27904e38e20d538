#!/bin/bash
# Builds the fuzz preset and runs every libFuzzer target of tests/fuzz for SECONDS each,
# one after the other, on a copy of its corpus: what the fuzzer finds stays under
# build/fuzz/runs, never in the repository. Prints per target the executions, the seconds
# and the crashes found (inputs in build/fuzz/runs/TARGET/crashes; replay one with
# build/fuzz/tests/fuzz/fuzz_TARGET FILE, then add it to tests/fuzz/corpus/TARGET with the fix).
#   tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]     TARGET: json csv vcard backup
# Exit status: 0 when no target found a crash.
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 SECONDS [TARGET...]" >&2
    exit 2
fi
seconds=$1
shift
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(json csv vcard backup)

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
cd "$source_dir"
build=build/fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/fuzz_}"

# Inputs at most this long: a few records or cards, the header and two small chunks.
declare -A max_len=([json]=16384 [csv]=8192 [vcard]=16384 [backup]=12288)

# The scratch journals and files of the targets live in TMPDIR; memory is faster than disk.
if [[ -z ${TMPDIR:-} && -d /dev/shm && -w /dev/shm ]]; then
    export TMPDIR=/dev/shm
fi

status=0
summary=()
for target in "${targets[@]}"; do
    if [[ -z ${max_len[$target]:-} ]]; then
        echo "unknown target: $target" >&2
        exit 2
    fi
    run=$build/runs/$target
    mkdir -p "$run/corpus" "$run/crashes"
    cp -n tests/fuzz/corpus/"$target"/* "$run/corpus/"
    before=$(find "$run/crashes" -type f | wc -l)
    log=$run/fuzz.log
    start=$(date +%s)
    # -rss_limit_mb: no input may take more; -timeout: nor more than 10 s.
    "$build/tests/fuzz/fuzz_$target" "$run/corpus" \
        -max_total_time="$seconds" -max_len="${max_len[$target]}" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$run/crashes/" -print_final_stats=1 >"$log" 2>&1 || true
    elapsed=$(($(date +%s) - start))
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    crashes=$(($(find "$run/crashes" -type f | wc -l) - before))
    [[ $crashes -eq 0 ]] || status=1
    summary+=("$(printf '%-7s %12s executions %6s s %3s crashes' "$target" "${executions:-?}" "$elapsed" "$crashes")")
done
printf '%s\n' "${summary[@]}"
exit $status
