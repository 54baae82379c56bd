// go.mod: the Go binding of libschemadrift; standard library only (cgo, pkg-config).
module github.com/libschemadrift/libschemadrift/bindings/go

go 1.19
