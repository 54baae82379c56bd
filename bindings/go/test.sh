#!/bin/sh
# test.sh: vet and test the Go binding against a libschemadrift build tree,
# linked both ways (link_tree.go, and pkg-config with link_pkgconfig.go).
# usage: test.sh [BUILD_DIR [GO_TEST_FLAGS...]]   (BUILD_DIR defaults to
# ../../build relative to this script; e.g. test.sh ../../build -race)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
if [ $# -gt 0 ]; then shift; fi
build=$(cd "$build" && pwd)

# the build tree's library first (link_tree.go's flags come after these);
# go's build cache does not see headers outside the package, so a stamp of
# them in the flags makes a changed header (a new version) rebuild it
stamp=$(cat "$build"/include/*.h "$here"/../../include/schemadrift/*.h | cksum | cut -d' ' -f1)
CGO_CFLAGS="-I$build/include -DSD_HEADER_STAMP=$stamp ${CGO_CFLAGS:-}"
CGO_LDFLAGS="-L$build/lib -Wl,-rpath,$build/lib ${CGO_LDFLAGS:-}"
PKG_CONFIG_PATH=$build/meson-uninstalled${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
LD_LIBRARY_PATH=$build/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
SCHEMADRIFT_BUILD_DIR=$build      # the tests find the CLI here
CGO_ENABLED=1
GOPROXY=off                        # standard library only: never download
export CGO_CFLAGS CGO_LDFLAGS PKG_CONFIG_PATH LD_LIBRARY_PATH SCHEMADRIFT_BUILD_DIR CGO_ENABLED GOPROXY
unset PKG_CONFIG_DISABLE_UNINSTALLED   # we want the -uninstalled .pc
# meson test may run without HOME; go needs a cache directory
if [ -z "${GOCACHE:-}" ] && [ -z "${HOME:-}" ]; then
    GOCACHE=$build/go-cache
    export GOCACHE
fi

cd "$here"
go vet ./...
# -count=1: go caches test results without knowing that the shared library
# they ran against has been rebuilt
go test -count=1 "$@" ./...
# and linked the pkg-config way (link_pkgconfig.go)
go vet -tags schemadrift_pkgconfig ./...
go test -count=1 -tags schemadrift_pkgconfig "$@" ./...
