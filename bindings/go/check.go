// check.go: Check and Lint, a whole `schemadrift check` / `lint` run over
// the sd_check_* handle: options in, findings, replay problems, exit
// statuses and the JSON report (the library's bytes, unchanged) out. The
// sd_check_* functions are in the library's SCHEMADRIFT_0.3 version node:
// a program built with this package does not start with an older library
// (the dynamic linker names the missing node).

package schemadrift

/*
#include <stdlib.h>
#include <schemadrift/schemadrift.h>
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// CheckOptions are the inputs of Check and Lint, as the CLI's options
// name them. Paths are used as given (relative to the working directory)
// and appear so in findings and in the report.
type CheckOptions struct {
	// Dialect is the migrations' dialect (--dialect); 0 means DialectPostgres.
	Dialect Dialect
	// SchemaDialect is the schema files' dialect when it differs
	// (--schema-dialect: a cross-dialect check, compared by type class);
	// 0 means the same as Dialect.
	SchemaDialect Dialect
	// Schema are the declared schema's files (--schema), replayed in order.
	// Lint takes none.
	Schema []string
	// Migrations are migrations directories or single files (--migrations).
	Migrations []string
	// Lists are list files naming migrations (--list), added after
	// Migrations.
	Lists []string
	// Sources are further migrations sources, added in this order after
	// Migrations and Lists. Use them instead of Migrations and Lists when
	// directories, files and list files are interleaved on a command line.
	Sources []MigrationSource
	// Tables keeps drift findings to the tables matching one of these globs
	// (--table; '*' and '?'; "schema.table" or "table").
	Tables []string
	// Exclude leaves out drift findings of the tables matching these globs
	// (--exclude).
	Exclude []string
	// ColumnOrder also reports columns in another order (--column-order).
	ColumnOrder bool
}

// ProblemKind is the kind of a replay problem (enum sd_problem_kind).
type ProblemKind int

// The replay problem kinds.
const (
	// ProblemEngineError is a statement the engine would reject.
	ProblemEngineError ProblemKind = C.SD_PROBLEM_ENGINE_ERROR
	// ProblemFailedClosed is a statement that is unmodelled or unparsed, or
	// a migration that is code.
	ProblemFailedClosed ProblemKind = C.SD_PROBLEM_FAILED_CLOSED
)

// String returns "engine-error" or "failed-closed", as the JSON report
// spells them.
func (k ProblemKind) String() string {
	switch k {
	case ProblemEngineError:
		return "engine-error"
	case ProblemFailedClosed:
		return "failed-closed"
	}
	return fmt.Sprintf("ProblemKind(%d)", int(k))
}

// Problem is something the replay met that the check cannot vouch for.
type Problem struct {
	Kind    ProblemKind // an engine error or a failure closed
	File    string      // the file, as given or as the ordering found it
	Line    int         // 0 for a whole file (a migration that is code)
	Col     int         // 1-based column in characters; 0 with Line 0
	Message string      // what happened, in English
}

// CheckResult is the result of Check or Lint, copied out of the C handle
// (which is freed before Check returns).
type CheckResult struct {
	// Findings in scope: drift first (sorted by path, then code), then the
	// migrations' risky statements in statement order.
	Findings []Finding
	// Problems are the replay's problems, in replay order.
	Problems []Problem
	// FailedClosed: something failed closed, the result cannot be vouched for.
	FailedClosed bool
	// JSON is the report exactly as sd_check_serialize(SD_REPORT_JSON) wrote
	// it (docs/findings.md): the bytes `schemadrift check --format json` prints.
	JSON string
	// SchemaJSON and MigrationsJSON are the two replayed catalogs as catalog
	// JSON (docs/catalog-json.md); in lint mode the schema catalog is empty.
	SchemaJSON     string // the schema side's catalog
	MigrationsJSON string // the migrations side's catalog

	counts [4]int // by severity
	status [4]int // sd_check_status by fail-on severity
}

// Status returns the CLI's exit status for this result with --fail-on
// failOn (sd_check_status): 0 clean, 2 findings at or above failOn or an
// engine error, 3 failed closed. A failOn other than SeverityError,
// SeverityWarning or SeverityInfo gives int(StatusMisuse), as in C.
func (r *CheckResult) Status(failOn Severity) int {
	if failOn < SeverityError || failOn > SeverityInfo {
		return int(StatusMisuse)
	}
	return r.status[failOn]
}

// Count returns the number of findings of one severity
// (sd_check_severity_count).
func (r *CheckResult) Count(sev Severity) int {
	if sev < SeverityError || sev > SeverityInfo {
		return 0
	}
	return r.counts[sev]
}

// Check compares the declared schema (opts.Schema) with what the
// migrations produce, as `schemadrift check` does, and adds the
// migrations' risky statements. Drift is a result, not an error: the error
// is for a run that could not be made (ErrIO, ErrOrder, ErrEncoding,
// ErrMisuse, ErrNoMem).
func Check(opts CheckOptions) (*CheckResult, error) {
	return runCheck(C.SD_CHECK_DRIFT, opts)
}

// Lint reports the migrations' risky statements alone, as `schemadrift
// lint` does. opts.Schema must be empty (the library refuses it).
func Lint(opts CheckOptions) (*CheckResult, error) {
	return runCheck(C.SD_CHECK_LINT, opts)
}

// checkHandle wraps one sd_check for the duration of runCheck. It is never
// shared, so it needs no lock.
type checkHandle struct{ ptr *C.sd_check }

// fail turns a status into an *Error with the handle's message and location.
func (h checkHandle) fail(rc C.int, fallback string) *Error {
	e := &Error{
		Status:  Status(rc),
		Message: goString(C.sd_check_errmsg(h.ptr)),
		File:    goString(C.sd_check_error_file(h.ptr)),
		Line:    int(C.sd_check_error_line(h.ptr)),
		Col:     int(C.sd_check_error_col(h.ptr)),
	}
	if e.Message == "" {
		e.Message = fallback
	}
	if e.Message == "" {
		e.Message = e.Status.String()
	}
	return e
}

// add passes one string to an sd_check_add_* function.
func (h checkHandle) add(fn func(*C.sd_check, *C.char) C.int, s, what string) error {
	cs, err := cString(s, what)
	if err != nil {
		return err
	}
	defer C.free(unsafe.Pointer(cs))
	if rc := fn(h.ptr, cs); rc != C.SD_OK {
		return h.fail(rc, fmt.Sprintf("cannot add %s %q", what, s))
	}
	return nil
}

func catalogJSON(cat *C.sd_catalog) (string, error) {
	if cat == nil {
		return "", nil
	}
	var buf *C.sd_buf
	if rc := C.sd_catalog_serialize(cat, C.SD_FORMAT_JSON, &buf); rc != C.SD_OK {
		return "", statusError(rc)
	}
	return bufString(buf), nil
}

func runCheck(mode C.int, opts CheckOptions) (*CheckResult, error) {
	dialect := opts.Dialect
	if dialect == 0 {
		dialect = DialectPostgres
	}
	var p *C.sd_check
	if rc := C.sd_check_new(mode, C.int(dialect), &p); rc != C.SD_OK {
		e := statusError(rc)
		if rc == C.SD_ERR_MISUSE {
			e.Message = "unknown dialect " + dialect.String()
		}
		return nil, e
	}
	h := checkHandle{p}
	defer C.sd_check_free(p)

	if opts.SchemaDialect != 0 {
		if rc := C.sd_check_set_schema_dialect(p, C.int(opts.SchemaDialect)); rc != C.SD_OK {
			return nil, h.fail(rc, "unknown schema dialect "+opts.SchemaDialect.String())
		}
	}
	if opts.ColumnOrder {
		if rc := C.sd_check_set_flags(p, C.SD_DIFF_COLUMN_ORDER); rc != C.SD_OK {
			return nil, h.fail(rc, "")
		}
	}
	addSchema := func(c *C.sd_check, s *C.char) C.int { return C.sd_check_add_schema(c, s) }
	addMigrations := func(c *C.sd_check, s *C.char) C.int { return C.sd_check_add_migrations(c, s) }
	addList := func(c *C.sd_check, s *C.char) C.int { return C.sd_check_add_migration_list(c, s) }
	addTable := func(c *C.sd_check, s *C.char) C.int { return C.sd_check_add_table(c, s) }
	addExclude := func(c *C.sd_check, s *C.char) C.int { return C.sd_check_add_exclude(c, s) }
	type input struct {
		fn   func(*C.sd_check, *C.char) C.int
		what string
		path string
	}
	var inputs []input
	for _, s := range opts.Schema {
		inputs = append(inputs, input{addSchema, "schema", s})
	}
	for _, s := range opts.Migrations {
		inputs = append(inputs, input{addMigrations, "migrations", s})
	}
	for _, s := range opts.Lists {
		inputs = append(inputs, input{addList, "migration list", s})
	}
	for _, s := range opts.Sources {
		if s.List {
			inputs = append(inputs, input{addList, "migration list", s.Path})
		} else {
			inputs = append(inputs, input{addMigrations, "migrations", s.Path})
		}
	}
	for _, s := range opts.Tables {
		inputs = append(inputs, input{addTable, "table glob", s})
	}
	for _, s := range opts.Exclude {
		inputs = append(inputs, input{addExclude, "exclude glob", s})
	}
	for _, in := range inputs {
		if err := h.add(in.fn, in.path, in.what); err != nil {
			return nil, err
		}
	}

	if rc := C.sd_check_run(p); rc != C.SD_OK {
		return nil, h.fail(rc, "")
	}

	r := &CheckResult{FailedClosed: C.sd_check_failed_closed(p) != 0}
	n := int(C.sd_check_finding_count(p))
	r.Findings = make([]Finding, 0, n)
	for i := 0; i < n; i++ {
		if f := C.sd_check_finding_at(p, C.size_t(i)); f != nil {
			r.Findings = append(r.Findings, findingFromC(f))
		}
	}
	n = int(C.sd_check_problem_count(p))
	r.Problems = make([]Problem, 0, n)
	for i := 0; i < n; i++ {
		var kind C.int
		var file, msg *C.char
		var line, col C.uint32_t
		if C.sd_check_problem_at(p, C.size_t(i), &kind, &file, &line, &col, &msg) != C.SD_OK {
			continue
		}
		r.Problems = append(r.Problems, Problem{
			Kind: ProblemKind(kind), File: goString(file), Line: int(line), Col: int(col), Message: goString(msg),
		})
	}
	for sev := SeverityError; sev <= SeverityInfo; sev++ {
		r.counts[sev] = int(C.sd_check_severity_count(p, C.int(sev)))
		r.status[sev] = int(C.sd_check_status(p, C.int(sev)))
	}
	var buf *C.sd_buf
	if rc := C.sd_check_serialize(p, C.SD_REPORT_JSON, &buf); rc != C.SD_OK {
		return nil, h.fail(rc, "cannot serialise the report")
	}
	r.JSON = bufString(buf)
	var err error
	if r.SchemaJSON, err = catalogJSON(C.sd_check_schema_catalog(p)); err != nil {
		return nil, err
	}
	if r.MigrationsJSON, err = catalogJSON(C.sd_check_migrations_catalog(p)); err != nil {
		return nil, err
	}
	return r, nil
}
