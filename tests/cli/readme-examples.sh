#!/usr/bin/env bash
# Runs the README's command-line examples (its second ```sh block) line by line, in order,
# on an empty HOME, as a new user would paste them: every line must exit 0.
#
#   tests/cli/readme-examples.sh README.md RAPPORT_CLI
set -u
readme=$1
cli=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
home=$(mktemp -d "${TMPDIR:-/tmp}/rapport-readme.XXXXXX")
big=$(mktemp -u /tmp/big.rapport.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config
export PATH="$(dirname "$cli"):$PATH"
block=$(awk '/^```sh$/ { n++; if (n == 2) { inside = 1; next } } inside && /^```$/ { exit } inside' "$readme")
[[ -n $block ]] || { echo "no command-line block in $readme" >&2; exit 1; }
ran=0
failed=0
while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    command=${line%%   #*}  # the comment after the command
    command=${command//\/tmp\/big.rapport/$big}  # the example's journal for benchmarks, private here
    ran=$((ran + 1))
    if ! output=$(cd "$HOME" && bash -c "$command" 2>&1); then
        failed=$((failed + 1))
        printf 'FAILED: %s\n%s\n' "$line" "$output" >&2
    fi
done <<<"$block"
rm -f "$big" "$big-wal" "$big-shm"
echo "$((ran - failed)) passed, $failed failed"
[[ $failed -eq 0 ]]
