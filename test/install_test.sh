#!/bin/sh
# Install test (run by .ci/run): `meson install` into a scratch prefix puts
# the library (shared + static, soname chain), the header pair, the CLI and
# the pkg-config file in place, and a program built with
# `pkg-config --cflags --libs schemadrift` runs against it.
set -eu
build=${1:-build}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
meson install -C "$build" --destdir "$dest" >/dev/null
prefix=$(find "$dest" -name schemadrift.pc | head -1)
[ -n "$prefix" ] || { echo "no schemadrift.pc installed"; exit 1; }
pcdir=$(dirname "$prefix")
for f in bin/schemadrift include/schemadrift/schemadrift.h include/schemadrift/schemadrift_version.h; do
    [ -e "$(find "$dest" -path "*/$f" | head -1)" ] || { echo "missing $f"; exit 1; }
done
libdir=$(dirname "$pcdir")
for f in libschemadrift.so libschemadrift.so.0 libschemadrift.a; do
    [ -e "$libdir/$f" ] || { echo "missing $libdir/$f"; exit 1; }
done
orig=$(PKG_CONFIG_PATH="$pcdir" pkg-config --variable=prefix schemadrift)
flags=$(PKG_CONFIG_PATH="$pcdir" pkg-config --define-variable=prefix="$dest$orig" --cflags --libs schemadrift)
# shellcheck disable=SC2086
cc -std=c11 -Wall -Werror "$(dirname "$0")/header_c11.c" $flags -o "$dest/consumer"
LD_LIBRARY_PATH="$libdir" "$dest/consumer"
echo "install test: ok"
