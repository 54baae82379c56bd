// schemadrift.go: the library version, and the Go types for the C enums (dialects, formats, outcomes,
// constraint kinds, risks, severities) with their String methods.

package schemadrift

/*
#include <stdlib.h>
#include <schemadrift/schemadrift.h>
*/
import "C"

import (
	"fmt"
	"strings"
	"unsafe"
)

// Version returns the runtime library version as "M.m.p" (sd_version_string).
func Version() string { return C.GoString(C.sd_version_string()) }

// VersionNumber returns the runtime library version as 0xMMmmpp (sd_version).
func VersionNumber() int { return int(C.sd_version()) }

// HeaderVersionNumber is the library version this package was compiled
// against (SD_VERSION_NUMBER of schemadrift_version.h), as 0xMMmmpp.
const HeaderVersionNumber = C.SD_VERSION_MAJOR<<16 | C.SD_VERSION_MINOR<<8 | C.SD_VERSION_PATCH

// Dialect is the SQL dialect a catalog replays (enum sd_dialect).
type Dialect int

// The dialects.
const (
	DialectPostgres Dialect = C.SD_DIALECT_POSTGRES // PostgreSQL
	DialectSQLite   Dialect = C.SD_DIALECT_SQLITE   // SQLite
)

// String returns "postgres" or "sqlite", as the CLI and the catalog JSON
// spell them.
func (d Dialect) String() string {
	switch d {
	case DialectPostgres:
		return "postgres"
	case DialectSQLite:
		return "sqlite"
	}
	return fmt.Sprintf("Dialect(%d)", int(d))
}

// ParseDialect accepts the names the schemadrift CLI accepts: "postgres",
// "postgresql" or "pg", and "sqlite" or "sqlite3".
func ParseDialect(s string) (Dialect, error) {
	switch s {
	case "postgres", "postgresql", "pg":
		return DialectPostgres, nil
	case "sqlite", "sqlite3":
		return DialectSQLite, nil
	}
	return 0, fmt.Errorf("schemadrift: unknown dialect %q (postgres or sqlite)", s)
}

// defaultSchema is the schema that unqualified names land in.
func (d Dialect) defaultSchema() string {
	if d == DialectSQLite {
		return "main"
	}
	return "public"
}

// Format is a catalog serialisation format (enum sd_format).
type Format int

// The catalog formats.
const (
	// FormatJSON is documented in docs/catalog-json.md and carries "format".
	FormatJSON Format = C.SD_FORMAT_JSON
	// FormatSQL is DDL that recreates the catalog on the real engine.
	FormatSQL Format = C.SD_FORMAT_SQL
)

// String returns "json" or "sql".
func (f Format) String() string {
	switch f {
	case FormatJSON:
		return "json"
	case FormatSQL:
		return "sql"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// Outcome is what the replay did with one statement (enum sd_outcome).
type Outcome int

// The statement outcomes.
const (
	OutcomeApplied      Outcome = C.SD_OUTCOME_APPLIED      // changed the catalog
	OutcomeNoop         Outcome = C.SD_OUTCOME_NOOP         // e.g. IF NOT EXISTS on an existing object
	OutcomeIgnored      Outcome = C.SD_OUTCOME_IGNORED      // does not touch the schema (DML, SET ...)
	OutcomeEngineError  Outcome = C.SD_OUTCOME_ENGINE_ERROR // the engine would reject it
	OutcomeUnmodelled   Outcome = C.SD_OUTCOME_UNMODELLED   // failed closed
	OutcomeAcknowledged Outcome = C.SD_OUTCOME_ACKNOWLEDGED // unmodelled, acknowledged by a "-- schemadrift:ignore" comment
)

// String returns the word `schemadrift dump --explain` prints ("applied",
// "no-op", "ignored", "engine-error", "unmodelled", "acknowledged").
func (o Outcome) String() string {
	switch o {
	case OutcomeApplied:
		return "applied"
	case OutcomeNoop:
		return "no-op"
	case OutcomeIgnored:
		return "ignored"
	case OutcomeEngineError:
		return "engine-error"
	case OutcomeUnmodelled:
		return "unmodelled"
	case OutcomeAcknowledged:
		return "acknowledged"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// ConstraintKind is the kind of a table constraint (enum sd_constraint_kind).
type ConstraintKind int

// The constraint kinds.
const (
	ConstraintPrimaryKey ConstraintKind = C.SD_CONSTRAINT_PRIMARY_KEY
	ConstraintUnique     ConstraintKind = C.SD_CONSTRAINT_UNIQUE
	ConstraintCheck      ConstraintKind = C.SD_CONSTRAINT_CHECK
	ConstraintForeignKey ConstraintKind = C.SD_CONSTRAINT_FOREIGN_KEY
	ConstraintExclusion  ConstraintKind = C.SD_CONSTRAINT_EXCLUSION // PostgreSQL EXCLUDE
)

// String returns the kind as the catalog JSON spells it ("primary_key",
// "unique", "check", "foreign_key", "exclusion").
func (k ConstraintKind) String() string {
	switch k {
	case ConstraintPrimaryKey:
		return "primary_key"
	case ConstraintUnique:
		return "unique"
	case ConstraintCheck:
		return "check"
	case ConstraintForeignKey:
		return "foreign_key"
	case ConstraintExclusion:
		return "exclusion"
	}
	return fmt.Sprintf("ConstraintKind(%d)", int(k))
}

// Risk is a bit set of what an applied statement does that a reviewer
// should look at twice (enum sd_risk); 0 for statements not applied.
type Risk uint

// The risk bits.
const (
	RiskDropTable  Risk = C.SD_RISK_DROP_TABLE
	RiskDropColumn Risk = C.SD_RISK_DROP_COLUMN
	RiskRename     Risk = C.SD_RISK_RENAME      // a table or column renamed
	RiskTypeChange Risk = C.SD_RISK_TYPE_CHANGE // ALTER COLUMN ... TYPE
	RiskNotNull    Risk = C.SD_RISK_NOT_NULL    // SET NOT NULL, or ADD COLUMN ... NOT NULL without a default
)

var riskNames = []struct {
	bit  Risk
	name string
}{
	{RiskDropTable, "drop-table"},
	{RiskDropColumn, "drop-column"},
	{RiskRename, "rename"},
	{RiskTypeChange, "type-change"},
	{RiskNotNull, "not-null"},
}

// Has reports whether every bit of r2 is set in r.
func (r Risk) Has(r2 Risk) bool { return r&r2 == r2 }

// String returns the set bits joined by "|" ("drop-table|rename"), "" for
// none; unknown bits are printed in hex.
func (r Risk) String() string {
	var parts []string
	for _, n := range riskNames {
		if r&n.bit != 0 {
			parts = append(parts, n.name)
			r &^= n.bit
		}
	}
	if r != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint(r)))
	}
	return strings.Join(parts, "|")
}

// Severity is the severity of a finding (enum sd_severity). Lower is more
// severe.
type Severity int

// The severities.
const (
	SeverityError   Severity = C.SD_SEVERITY_ERROR
	SeverityWarning Severity = C.SD_SEVERITY_WARNING
	SeverityInfo    Severity = C.SD_SEVERITY_INFO
)

// String returns the library's word for the severity (sd_severity_str):
// "error", "warning" or "info".
func (s Severity) String() string { return C.GoString(C.sd_severity_str(C.int(s))) }

// ParseSeverity accepts "error", "warning" and "info" (the CLI's --fail-on).
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return SeverityError, nil
	case "warning":
		return SeverityWarning, nil
	case "info":
		return SeverityInfo, nil
	}
	return 0, fmt.Errorf("schemadrift: unknown severity %q (error, warning or info)", s)
}

// DiffFlags are the bits of sd_diff_catalogs and sd_check_set_flags
// (enum sd_diff_flag).
type DiffFlags uint

// The diff flags.
const (
	// DiffColumnOrder also reports columns in another order.
	DiffColumnOrder DiffFlags = C.SD_DIFF_COLUMN_ORDER
)

// ---- helpers shared by the files of this package ----

// goString copies a NUL-terminated C string; NULL gives "".
func goString(p *C.char) string {
	if p == nil {
		return ""
	}
	return C.GoString(p)
}

// goOptString copies a C string that may be NULL: nil for NULL.
func goOptString(p *C.char) *string {
	if p == nil {
		return nil
	}
	s := C.GoString(p)
	return &s
}

// cString copies s into C memory (the caller frees it with C.free). It
// refuses strings that hold a NUL byte, which C would silently cut.
func cString(s string, what string) (*C.char, error) {
	if strings.IndexByte(s, 0) >= 0 {
		return nil, &Error{Status: StatusMisuse, Message: what + " contains a NUL byte"}
	}
	return C.CString(s), nil
}

// bufString copies the bytes of an sd_buf and disposes of it.
func bufString(buf *C.sd_buf) string {
	if buf == nil {
		return ""
	}
	defer C.sd_buf_dispose(buf)
	var n C.size_t
	data := C.sd_buf_data(buf, &n)
	if data == nil || n == 0 {
		return ""
	}
	return string(unsafe.Slice((*byte)(unsafe.Pointer(data)), int(n)))
}
