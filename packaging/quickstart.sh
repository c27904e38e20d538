#!/usr/bin/env bash
# The two commands of the README's quick start, on Debian 12:
#   ./packaging/quickstart.sh run [rapport options]   install what is missing, build, start Rapport
#   ./packaging/quickstart.sh test                    install what is missing, build, run every test
# Run as root or as a user who may use sudo.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# install_missing [LIST]: the Debian packages of LIST (default packaging/debian-packages.txt)
# that are not installed yet.
install_missing() {
    local list=${1:-packaging/debian-packages.txt} wanted missing=()
    wanted=$(grep -Ev '^\s*(#|$)' "$list")
    for package in $wanted; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    shift
    say "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    say "Building ($preset)"
    cmake --build --preset "$preset" "$@"
}

case "${1:-}" in
run)
    shift
    install_missing
    build release --target rapport rapport-cli
    app=build/release/app/rapport
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        say "No display found: starting Rapport on a virtual X display (Xvfb)"
        exec xvfb-run -a -s '-screen 0 1280x800x24' "$app" "$@"
    fi
    say "Starting Rapport"
    exec "$app" "$@"
    ;;
test)
    shift
    install_missing
    build ci
    say "Running every test"
    ctest --preset ci -j "$(nproc)" "$@"
    ;;
deps)
    # For scripts that need more than the two commands do (tests/run-deep-checks.sh).
    install_missing "${2:?a package list}"
    ;;
*)
    echo "usage: $0 run [rapport options] | test [ctest options]" >&2
    exit 2
    ;;
esac
