#!/bin/sh
# One entry point for a fresh Debian 12 machine: installs the Debian
# packages libschemadrift needs (when missing), builds it with meson, then
#   scripts/run.sh example   replays the bundled example and prints its schema
#   scripts/run.sh test      runs every test suite (the README's test command)
set -eu
cd "$(dirname "$0")/.."

packages="meson ninja-build re2c lemon libutf8proc-dev pkg-config gcc g++ clang
python3 python3-cffi python3-yaml python3-jsonschema python3-sqlalchemy golang-go npm postgresql sqlite3
valgrind binutils libmimalloc-dev"
missing=""
for p in $packages; do
    # npm (the SARIF test fetches the SARIF 2.1.0 schema with it) may come from
    # elsewhere than Debian; any npm on the PATH will do
    [ "$p" = npm ] && command -v npm >/dev/null 2>&1 && continue
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "installing:$missing"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

[ -f build/build.ninja ] || meson setup build >/dev/null
ninja -C build >/dev/null

case "${1:-test}" in
example)
    build/tools/schemadrift dump --dialect postgres examples/shop/migrations/*.sql
    ;;
test)
    meson test -C build --print-errorlogs
    ;;
*)
    echo "usage: scripts/run.sh example|test" >&2
    exit 1
    ;;
esac
