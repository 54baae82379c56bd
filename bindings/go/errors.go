// errors.go: the library's status codes as Status, the *Error type every
// fallible call returns, and the sentinel errors for errors.Is.

package schemadrift

/*
#include <schemadrift/schemadrift.h>
*/
import "C"

import (
	"errors"
	"fmt"
	"strings"
)

// Status is a status code of the C library (enum sd_status): StatusOK or a
// negative error.
type Status int

// The status codes.
const (
	StatusOK         Status = C.SD_OK
	StatusNoMem      Status = C.SD_ERR_NOMEM      // allocation failed
	StatusMisuse     Status = C.SD_ERR_MISUSE     // bad argument, closed handle
	StatusIO         Status = C.SD_ERR_IO         // a file could not be read
	StatusEncoding   Status = C.SD_ERR_ENCODING   // not UTF-8, or a NUL byte: nothing applied
	StatusSyntax     Status = C.SD_ERR_SYNTAX     // a statement could not be parsed (failed closed)
	StatusEngine     Status = C.SD_ERR_ENGINE     // the engine would reject a statement
	StatusUnmodelled Status = C.SD_ERR_UNMODELLED // a statement we do not model (failed closed)
	StatusOrder      Status = C.SD_ERR_ORDER      // migrations whose order is not clear
)

// String returns the library's short English description (sd_status_str),
// e.g. "the engine would reject a statement".
func (s Status) String() string { return C.GoString(C.sd_status_str(C.int(s))) }

// Error is the error every fallible function of this package returns. The
// fields are copied from the handle the failing call was made on
// (sd_catalog_errmsg and the sd_catalog_error_* getters, sd_check_errmsg
// ..., sd_migrations_errmsg) right after the call, under the handle's lock.
//
// The C library keeps errors on handles, not in thread-local state, so no
// runtime.LockOSThread is needed: the goroutine may move between threads
// between the call and the reading of its error.
type Error struct {
	Status  Status // the status code the call returned
	Message string // the library's message (sd_status_str when it has none)
	File    string // file of the problem, "" when unknown
	Line    int    // 1-based line, 0 when unknown
	Col     int    // 1-based column in characters, 0 when unknown
	Offset  int    // 0-based byte offset in the applied text (catalog errors only)

	wrapped error // an error of this package's own (ErrClosed), or nil
}

// Error formats the error as "schemadrift: FILE:LINE:COL: MESSAGE" (the
// location parts only when known).
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("schemadrift: ")
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
		}
		b.WriteString(": ")
	}
	if e.Message != "" {
		b.WriteString(e.Message)
	} else {
		b.WriteString(e.Status.String())
	}
	return b.String()
}

// Is makes errors.Is(err, ErrEngine) (and every other sentinel) true for
// an *Error of that status.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	if !ok || t.Message != "" || t.File != "" || t.wrapped != nil {
		return false
	}
	return t.Status == e.Status
}

// Unwrap returns the package error this one wraps (ErrClosed), or nil.
func (e *Error) Unwrap() error { return e.wrapped }

// Sentinel errors, one per status: errors.Is(err, ErrEngine) is true for an
// *Error whose Status is StatusEngine. Compare with errors.Is, never ==.
var (
	ErrNoMem      = &Error{Status: StatusNoMem}
	ErrMisuse     = &Error{Status: StatusMisuse}
	ErrIO         = &Error{Status: StatusIO}
	ErrEncoding   = &Error{Status: StatusEncoding}
	ErrSyntax     = &Error{Status: StatusSyntax}
	ErrEngine     = &Error{Status: StatusEngine}
	ErrUnmodelled = &Error{Status: StatusUnmodelled}
	ErrOrder      = &Error{Status: StatusOrder}
)

// ErrClosed is wrapped by the error of any call on a closed Catalog; that
// error is also errors.Is(err, ErrMisuse).
var ErrClosed = errors.New("schemadrift: catalog is closed")

func closedError() *Error {
	return &Error{Status: StatusMisuse, Message: "use of a closed catalog", wrapped: ErrClosed}
}

// statusError is an error with no handle to read details from (sd_diff_*,
// sd_lint_catalog): the message is sd_status_str.
func statusError(rc C.int) *Error {
	s := Status(rc)
	return &Error{Status: s, Message: s.String()}
}
