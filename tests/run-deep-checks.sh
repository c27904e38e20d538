#!/usr/bin/env bash
# The checks that take too long for every CI run, one after the other; the README's
# "Reliability" table keeps their latest figures. Each part can be run alone:
#
#   tests/run-deep-checks.sh [dates] [asan] [coverage] [crash] [fuzz]   (default: all)
#
#   dates      the whole suite under faketime at every date of tests/CMakeLists.txt
#              (CI runs one of them): ctest --preset deep
#   asan       the whole suite built with AddressSanitizer and UBSan (preset asan)
#   coverage   the suite with gcov (preset coverage), then gcovr's line and branch
#              coverage of core/
#   crash      the crash harness's long mode: RAPPORT_CRASH_TRIALS trials (default 1000)
#   fuzz       each libFuzzer target for RAPPORT_FUZZ_SECONDS (default 600) on its corpus
#              (preset fuzz, clang)
#
# Run from anywhere; builds go to build/<preset>. Exit status: non-zero when any part failed.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
parts=("$@")
# clang for the fuzzers, gcovr for coverage: not needed by CI, so in a list of their own.
./packaging/quickstart.sh deps packaging/debian-packages-deep.txt || exit 1
[[ ${#parts[@]} -gt 0 ]] || parts=(dates asan coverage crash fuzz)
failed=()
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

run_dates() {
    cmake --preset ci >/dev/null && cmake --build --preset ci \
        && ctest --preset deep
}

run_asan() {
    cmake --preset asan >/dev/null && cmake --build --preset asan \
        && ctest --preset asan -j "$(nproc)"
}

run_coverage() {
    command -v gcovr >/dev/null || { echo "gcovr not found: apt-get install gcovr" >&2; return 127; }
    cmake --preset coverage >/dev/null && cmake --build --preset coverage || return
    find build/coverage -name '*.gcda' -delete
    ctest --preset coverage -j "$(nproc)" || return
    gcovr --root . --filter 'core/' --exclude-unreachable-branches --exclude-throw-branches \
        --print-summary --txt build/coverage/core-coverage.txt build/coverage
}

run_crash() {
    cmake --preset ci >/dev/null && cmake --build --preset ci --target rapport-cli rapport_schema_fixture || return
    python3 tests/crash/crash-harness.py --cli build/ci/app/cli/rapport-cli \
        --fixture-tool build/ci/tests/crash/rapport_schema_fixture --trials "${RAPPORT_CRASH_TRIALS:-1000}" --jobs 2
}

run_fuzz() {
    [[ -x tests/fuzz/run-fuzzers.sh ]] || { echo "no fuzz targets (tests/fuzz/run-fuzzers.sh)" >&2; return 1; }
    tests/fuzz/run-fuzzers.sh "${RAPPORT_FUZZ_SECONDS:-600}"
}

for part in "${parts[@]}"; do
    case $part in
        dates | asan | coverage | crash | fuzz)
            say "$part"
            start=$SECONDS
            if "run_$part"; then
                say "$part: passed in $((SECONDS - start)) s"
            else
                say "$part: FAILED after $((SECONDS - start)) s"
                failed+=("$part")
            fi
            ;;
        *) echo "unknown part: $part (dates, asan, coverage, crash, fuzz)" >&2; exit 2 ;;
    esac
done
[[ ${#failed[@]} -eq 0 ]] || { say "failed: ${failed[*]}"; exit 1; }
