// drift.go: findings (sd_finding) as Go values, Diff over two catalogs
// (sd_diff_catalogs), and the order of a migrations directory
// (sd_migrations_*).

package schemadrift

/*
#include <stdlib.h>
#include <schemadrift/schemadrift.h>
*/
import "C"

import (
	"os"
	"unsafe"
)

// Finding is one difference between a schema and its migrations, or one
// risky migration statement (docs/findings.md).
type Finding struct {
	Code     string   // stable code, e.g. "SD0203"
	Severity Severity // error, warning or info
	Kind     string   // e.g. "column-type-differs"
	Path     string   // the object: schema.table[.column] (risky statements: the statement tag)
	Message  string   // an English sentence
	// Expected is the schema side's value, Actual the migrations'; nil where
	// the object is missing on that side.
	Expected *string // the schema's value (JSON "schema")
	Actual   *string // the migrations' value (JSON "migrations")
	// Fix is suggested DDL for the schema file, or nil.
	Fix *string
	// SchemaLocation and MigrationsLocation are where the object is on each
	// side; nil where there is none.
	SchemaLocation     *Location // in the schema files
	MigrationsLocation *Location // in the migrations
}

func findingLocation(f *C.sd_finding, side C.int) *Location {
	var file *C.char
	var line, col C.uint32_t
	if C.sd_finding_location(f, side, &file, &line, &col) != C.SD_OK || file == nil {
		return nil
	}
	return &Location{File: C.GoString(file), Line: int(line), Col: int(col)}
}

func findingFromC(f *C.sd_finding) Finding {
	return Finding{
		Code:               goString(C.sd_finding_code(f)),
		Severity:           Severity(C.sd_finding_severity(f)),
		Kind:               goString(C.sd_finding_kind(f)),
		Path:               goString(C.sd_finding_path(f)),
		Message:            goString(C.sd_finding_message(f)),
		Expected:           goOptString(C.sd_finding_expected(f)),
		Actual:             goOptString(C.sd_finding_actual(f)),
		Fix:                goOptString(C.sd_finding_fix(f)),
		SchemaLocation:     findingLocation(f, C.SD_SIDE_SCHEMA),
		MigrationsLocation: findingLocation(f, C.SD_SIDE_MIGRATIONS),
	}
}

func diffFindings(d *C.sd_diff) []Finding {
	n := int(C.sd_diff_count(d))
	out := make([]Finding, 0, n)
	for i := 0; i < n; i++ {
		if f := C.sd_diff_at(d, C.size_t(i)); f != nil {
			out = append(out, findingFromC(f))
		}
	}
	return out
}

// lockPair locks one or two catalogs in the order of their ids, so that
// Diff(a, b) and Diff(b, a) running at once cannot deadlock. It returns the
// unlock function.
func lockPair(a, b *Catalog) func() {
	if a == b {
		a.mu.Lock()
		return a.mu.Unlock
	}
	first, second := a, b
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	second.mu.Lock()
	return func() {
		second.mu.Unlock()
		first.mu.Unlock()
	}
}

// Diff compares the catalog of a declared schema with the catalog its
// migrations produce (sd_diff_catalogs). Findings are sorted by path, then
// code. Catalogs of two dialects are compared by type class (see the C
// header). flags may be 0 or DiffColumnOrder.
func Diff(schema, migrations *Catalog, flags DiffFlags) ([]Finding, error) {
	if schema == nil || migrations == nil {
		return nil, &Error{Status: StatusMisuse, Message: "nil catalog"}
	}
	unlock := lockPair(schema, migrations)
	defer unlock()
	if schema.ptr == nil || migrations.ptr == nil {
		return nil, closedError()
	}
	var d *C.sd_diff
	if rc := C.sd_diff_catalogs(schema.ptr, migrations.ptr, C.uint(flags), &d); rc != C.SD_OK {
		return nil, statusError(rc)
	}
	defer C.sd_diff_free(d)
	return diffFindings(d), nil
}

// OrderRule is the rule that placed a migration (enum sd_order_rule).
type OrderRule int

// The ordering rules.
const (
	RuleVersion      OrderRule = C.SD_ORDER_RULE_VERSION       // <version>_name.sql
	RuleTimestamp    OrderRule = C.SD_ORDER_RULE_TIMESTAMP     // a version of 8 or more digits
	RuleFlyway       OrderRule = C.SD_ORDER_RULE_FLYWAY        // V<version>__name.sql
	RuleRepeatable   OrderRule = C.SD_ORDER_RULE_REPEATABLE    // R__name.sql, after the versions
	RuleUpFile       OrderRule = C.SD_ORDER_RULE_UP_FILE       // <version>_name.up.sql
	RuleDirUp        OrderRule = C.SD_ORDER_RULE_DIR_UP        // <version>_name/up.sql
	RuleDirMigration OrderRule = C.SD_ORDER_RULE_DIR_MIGRATION // <version>_name/migration.sql
	RuleVersionDir   OrderRule = C.SD_ORDER_RULE_VERSION_DIR   // <n>/name.sql
	RuleName         OrderRule = C.SD_ORDER_RULE_NAME          // no versions at all: by name
	RuleList         OrderRule = C.SD_ORDER_RULE_LIST          // from a list file
	RuleGiven        OrderRule = C.SD_ORDER_RULE_GIVEN         // a file given on its own
)

// String returns the library's wording of the rule (sd_order_rule_str).
func (r OrderRule) String() string { return goString(C.sd_order_rule_str(C.int(r))) }

// Migration is one migration in the order it would be applied.
type Migration struct {
	Path string    // the file, joined to the directory as given
	Rule OrderRule // why it is where it is
	// Code is true for a versioned file in a programming language (.go,
	// .py ...): its effect on the schema cannot be known.
	Code bool
}

// MigrationSource is a migrations source: a directory or a single file, or
// (List true) a list file naming migrations, one path a line, relative to
// the list's directory.
type MigrationSource struct {
	Path string // a directory, a file or a list file
	List bool   // Path is a list file
}

// Order returns the migrations of the directory dir in the order the
// common migration tools apply them (sd_migrations_add_dir). Two
// migrations of one version are ErrOrder, not a guess.
func Order(dialect Dialect, dir string) ([]Migration, error) {
	return OrderSources(dialect, MigrationSource{Path: dir})
}

// OrderSources orders several sources one after the other, as `schemadrift
// order` does: a directory is ordered, a file is taken as given, a list
// file's entries in their order.
func OrderSources(dialect Dialect, sources ...MigrationSource) ([]Migration, error) {
	var m *C.sd_migrations
	if rc := C.sd_migrations_new(C.int(dialect), &m); rc != C.SD_OK {
		return nil, statusError(rc)
	}
	defer C.sd_migrations_free(m)
	for _, src := range sources {
		cpath, err := cString(src.Path, "path")
		if err != nil {
			return nil, err
		}
		var rc C.int
		switch {
		case src.List:
			rc = C.sd_migrations_add_list(m, cpath)
		case isDir(src.Path):
			rc = C.sd_migrations_add_dir(m, cpath)
		default:
			rc = C.sd_migrations_add_file(m, cpath)
		}
		C.free(unsafe.Pointer(cpath))
		if rc != C.SD_OK {
			e := &Error{Status: Status(rc), Message: goString(C.sd_migrations_errmsg(m))}
			if e.Message == "" {
				e.Message = e.Status.String()
			}
			return nil, e
		}
	}
	n := int(C.sd_migrations_count(m))
	out := make([]Migration, 0, n)
	for i := 0; i < n; i++ {
		k := C.size_t(i)
		out = append(out, Migration{
			Path: goString(C.sd_migrations_path(m, k)),
			Rule: OrderRule(C.sd_migrations_rule(m, k)),
			Code: C.sd_migrations_is_code(m, k) != 0,
		})
	}
	return out, nil
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
