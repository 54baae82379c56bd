// catalog.go: Catalog, the Go handle of an sd_catalog: replaying SQL text
// and files, reading statement outcomes and objects as Go values, and
// serialising. Each Catalog serialises its calls with a mutex, because a C
// handle must not be used by two threads at once.

package schemadrift

/*
#include <stdlib.h>
#include <schemadrift/schemadrift.h>
*/
import "C"

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// catalogIDs numbers catalogs so that Diff can lock two of them in one
// global order.
var catalogIDs uint64

// Catalog is an in-memory catalog that SQL DDL is replayed into.
//
// Create it with NewCatalog and release it with Close; Close is the
// contract (a finalizer frees a forgotten catalog only as a safety net).
// A Catalog is safe for use by several goroutines: every method takes the
// catalog's lock, since the C library forbids concurrent use of one handle.
// Distinct catalogs run in parallel.
//
// Everything a Catalog returns is a copy: no value returned holds memory
// of the C library, and values stay valid after later ApplySQL or Close.
type Catalog struct {
	mu      sync.Mutex
	ptr     *C.sd_catalog // nil once closed
	dialect Dialect
	id      uint64
}

// NewCatalog creates an empty catalog for dialect.
func NewCatalog(dialect Dialect) (*Catalog, error) {
	var p *C.sd_catalog
	if rc := C.sd_catalog_new(C.int(dialect), &p); rc != C.SD_OK {
		e := statusError(rc)
		if rc == C.SD_ERR_MISUSE {
			e.Message = "unknown dialect " + dialect.String()
		}
		return nil, e
	}
	c := &Catalog{ptr: p, dialect: dialect, id: atomic.AddUint64(&catalogIDs, 1)}
	runtime.SetFinalizer(c, (*Catalog).Close)
	return c, nil
}

// Close frees the catalog. It is idempotent (and a no-op on a nil
// *Catalog); every later call on the catalog returns an error wrapping
// ErrClosed (or an empty result where the method has no error) and never
// touches freed memory. Values read from the catalog stay valid.
func (c *Catalog) Close() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr != nil {
		C.sd_catalog_free(c.ptr)
		c.ptr = nil
		runtime.SetFinalizer(c, nil)
	}
	return nil
}

// Dialect returns the catalog's dialect (also after Close).
func (c *Catalog) Dialect() Dialect { return c.dialect }

// lastError reads the error of the call that just returned rc from the
// handle. The caller holds the lock.
func (c *Catalog) lastError(rc C.int) *Error {
	e := &Error{
		Status:  Status(rc),
		Message: goString(C.sd_catalog_errmsg(c.ptr)),
		File:    goString(C.sd_catalog_error_file(c.ptr)),
		Line:    int(C.sd_catalog_error_line(c.ptr)),
		Col:     int(C.sd_catalog_error_col(c.ptr)),
		Offset:  int(C.sd_catalog_error_offset(c.ptr)),
	}
	if e.Message == "" {
		e.Message = e.Status.String()
	}
	return e
}

// ApplySQL replays sql (UTF-8) into the catalog, statement by statement,
// as the engine would. filename names the text in locations and errors; ""
// lets the library call it "<input>".
//
// The returned error is an *Error. For StatusEngine the replay of this text
// stopped at the rejected statement (the ones before it are applied); for
// StatusSyntax and StatusUnmodelled at least one statement failed closed
// and replay went on; for StatusEncoding nothing was applied. After any of
// these the catalog stays usable, and Statements tells every outcome.
func (c *Catalog) ApplySQL(sql string, filename string) error {
	var cfile *C.char
	if filename != "" {
		var err error
		if cfile, err = cString(filename, "filename"); err != nil {
			return err
		}
		defer C.free(unsafe.Pointer(cfile))
	}
	// A C copy of the text, passed with its length: embedded NUL bytes are
	// kept (and refused by the library as an encoding error).
	csql := C.CString(sql)
	defer C.free(unsafe.Pointer(csql))

	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return closedError()
	}
	if rc := C.sd_catalog_apply_sql(c.ptr, csql, C.size_t(len(sql)), cfile); rc != C.SD_OK {
		return c.lastError(rc)
	}
	return nil
}

// ApplyFile reads the file at path and replays it as ApplySQL does, named
// by path exactly as given. A file that cannot be read is StatusIO.
func (c *Catalog) ApplyFile(path string) error {
	cpath, err := cString(path, "path")
	if err != nil {
		return err
	}
	defer C.free(unsafe.Pointer(cpath))

	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return closedError()
	}
	if rc := C.sd_catalog_apply_file(c.ptr, cpath); rc != C.SD_OK {
		return c.lastError(rc)
	}
	return nil
}

// Statements returns the outcome of every statement replayed so far, over
// every Apply call, in replay order (nil after Close).
func (c *Catalog) Statements() []Statement {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return nil
	}
	n := int(C.sd_catalog_statement_count(c.ptr))
	out := make([]Statement, 0, n)
	for i := 0; i < n; i++ {
		if st := C.sd_catalog_statement_at(c.ptr, C.size_t(i)); st != nil {
			out = append(out, statementFromC(st))
		}
	}
	return out
}

// Schemas returns the catalog's schemas with their tables (nil after Close).
func (c *Catalog) Schemas() []Schema {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return nil
	}
	n := int(C.sd_catalog_schema_count(c.ptr))
	out := make([]Schema, 0, n)
	for i := 0; i < n; i++ {
		if s := C.sd_catalog_schema_at(c.ptr, C.size_t(i)); s != nil {
			out = append(out, schemaFromC(s))
		}
	}
	return out
}

// Tables returns every table of every schema, schema by schema, each in
// name order (nil after Close).
func (c *Catalog) Tables() []Table {
	var out []Table
	for _, s := range c.Schemas() {
		out = append(out, s.Tables...)
	}
	return out
}

// Table looks a table up by schema and name as stored (PostgreSQL: exact
// bytes; SQLite: ASCII case-insensitive). schema "" means the dialect's
// default schema ("public" for PostgreSQL, "main" for SQLite).
func (c *Catalog) Table(schema, name string) (Table, bool) {
	if schema == "" {
		schema = c.dialect.defaultSchema()
	}
	if strings.IndexByte(schema, 0) >= 0 || strings.IndexByte(name, 0) >= 0 {
		return Table{}, false // no stored name holds a NUL byte
	}
	cs := C.CString(schema)
	defer C.free(unsafe.Pointer(cs))
	cn := C.CString(name)
	defer C.free(unsafe.Pointer(cn))

	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return Table{}, false
	}
	s := C.sd_catalog_schema_find(c.ptr, cs, C.size_t(len(schema)))
	if s == nil {
		return Table{}, false
	}
	t := C.sd_schema_table_find(s, cn, C.size_t(len(name)))
	if t == nil {
		return Table{}, false
	}
	return tableFromC(t), true
}

// Dump serialises the catalog as format (deterministic output).
// FormatJSON is documented in docs/catalog-json.md.
func (c *Catalog) Dump(format Format) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return "", closedError()
	}
	var buf *C.sd_buf
	if rc := C.sd_catalog_serialize(c.ptr, C.int(format), &buf); rc != C.SD_OK {
		e := statusError(rc)
		if rc == C.SD_ERR_MISUSE {
			e.Message = "unknown format " + format.String()
		}
		return "", e
	}
	return bufString(buf), nil
}

// RiskyStatements returns the risky statements the replay applied (drops,
// renames, type changes, NOT NULL; sd_lint_catalog) as findings SD0801 to
// SD0805, in statement order.
func (c *Catalog) RiskyStatements() ([]Finding, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return nil, closedError()
	}
	var d *C.sd_diff
	if rc := C.sd_lint_catalog(c.ptr, &d); rc != C.SD_OK {
		return nil, statusError(rc)
	}
	defer C.sd_diff_free(d)
	return diffFindings(d), nil
}
