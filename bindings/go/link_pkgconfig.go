// link_pkgconfig.go: with -tags schemadrift_pkgconfig, cgo takes the
// library's flags from `pkg-config schemadrift` (an installed library, or
// a build tree's meson-uninstalled directory on PKG_CONFIG_PATH).

//go:build schemadrift_pkgconfig

package schemadrift

/*
#cgo pkg-config: schemadrift
*/
import "C"
