// link_tree.go: how cgo finds libschemadrift by default: this source tree's
// headers and its meson build directory (../../build, with an rpath, so a
// plain `go test ./...` works after `scripts/run.sh`), then the system's
// default paths, where an installed library is. For a library installed
// elsewhere, build with -tags schemadrift_pkgconfig (link_pkgconfig.go) or
// set CGO_CFLAGS / CGO_LDFLAGS, which come first.

//go:build !schemadrift_pkgconfig

package schemadrift

/*
#cgo CFLAGS: -I${SRCDIR}/../../include -I${SRCDIR}/../../build/include
#cgo LDFLAGS: -L${SRCDIR}/../../build/lib -Wl,-rpath,${SRCDIR}/../../build/lib -lschemadrift
*/
import "C"
