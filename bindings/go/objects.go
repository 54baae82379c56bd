// objects.go: the plain Go values a catalog is read into (statements,
// schemas, tables, columns, constraints, indexes, locations) and the
// functions that copy them out of the C getters. Nothing here keeps a C
// pointer: the getters' pointers are valid only until the catalog is
// modified or freed, so every string is copied before the lock is released.

package schemadrift

/*
#include <schemadrift/schemadrift.h>
*/
import "C"

import "fmt"

// Location is a place in a source file: file name, 1-based line and column
// (the column counts Unicode characters).
type Location struct {
	File string // the file name; "" for built-in objects and no location
	Line int    // 1-based line
	Col  int    // 1-based column, in Unicode characters
}

// String returns "file:line:col", or "" for no location.
func (l Location) String() string {
	if l.File == "" {
		return ""
	}
	return fmt.Sprintf("%s:%d:%d", l.File, l.Line, l.Col)
}

// Statement is the outcome of one replayed statement.
type Statement struct {
	Outcome Outcome // what the replay did with it
	Tag     string  // the statement kind, e.g. "CREATE TABLE"
	Reason  string  // why the outcome is what it is; "" for plainly applied statements
	File    string  // the name given to the text (ApplySQL's filename, ApplyFile's path)
	Line    int     // 1-based; for engine errors and failures, the offending token's
	Col     int     // 1-based, in characters
	Offset  int     // 0-based byte offset in its text
	Length  int     // byte length of the statement
	Risks   Risk    // what an applied statement risks; 0 otherwise
}

// Schema is a schema (namespace) of the catalog with its tables.
type Schema struct {
	Name   string  // the schema's name ("public", "main" ...)
	Tables []Table // in name order
}

// Table is a table with its columns, constraints and indexes.
type Table struct {
	Schema      string       // the name of its schema
	Name        string       // the table's name
	Columns     []Column     // in table order
	Constraints []Constraint // in name order (unnamed SQLite constraints last)
	Indexes     []Index      // in name order, including those that back constraints
	Created     Location     // where the table was created
	Changed     Location     // where it was last changed
}

// Column returns the column called name (exact bytes) and whether it exists.
func (t Table) Column(name string) (Column, bool) {
	for _, c := range t.Columns {
		if c.Name == name {
			return c, true
		}
	}
	return Column{}, false
}

// Column is a table column.
type Column struct {
	Name         string   // the column's name
	Type         string   // the engine's type text (PostgreSQL format_type, SQLite declared type)
	DeclaredType string   // the type as written in the source
	NotNull      bool     // NOT NULL
	Default      *string  // the default as the engine prints it; nil when there is none
	Created      Location // where the column was created
	Changed      Location // where it was last changed
}

// Constraint is a table constraint.
type Constraint struct {
	Name       string         // "" for unnamed constraints (SQLite only)
	Kind       ConstraintKind // primary key, unique, check ...
	Columns    []string       // the constrained columns
	Expression string         // CHECK expression source text; "" for other kinds
	RefSchema  string         // foreign keys: referenced schema; "" otherwise
	RefTable   string         // foreign keys: referenced table; "" otherwise
	RefColumns []string       // foreign keys: referenced columns
	OnDelete   string         // foreign keys: "no action", "cascade" ...; "" otherwise
	OnUpdate   string         // foreign keys: as OnDelete
	Created    Location       // where the constraint was created
	Changed    Location       // where it was last changed
}

// IndexKey is one key of an index.
type IndexKey struct {
	Text       string // the column name, or the expression text
	Expression bool   // Text is an expression
	Descending bool   // DESC
}

// Index is an index of a table.
type Index struct {
	Name      string     // the index's name
	Unique    bool       // a unique index
	Primary   bool       // the index of the primary key
	Method    string     // access method: "btree", "gin" ...
	Keys      []IndexKey // the keys, in order
	Predicate string     // partial-index predicate; "" when the index is not partial
	Created   Location   // where the index was created
	Changed   Location   // where it was last changed
}

// ---- copying out of C (callers hold the catalog's lock) ----

type locFunc func(which C.int, file **C.char, line, col *C.uint32_t) C.int

func location(f locFunc, which C.int) Location {
	var file *C.char
	var line, col C.uint32_t
	if f(which, &file, &line, &col) != C.SD_OK || file == nil {
		return Location{}
	}
	return Location{File: C.GoString(file), Line: int(line), Col: int(col)}
}

func statementFromC(st *C.sd_statement) Statement {
	return Statement{
		Outcome: Outcome(C.sd_statement_outcome(st)),
		Tag:     goString(C.sd_statement_tag(st)),
		Reason:  goString(C.sd_statement_reason(st)),
		File:    goString(C.sd_statement_file(st)),
		Line:    int(C.sd_statement_line(st)),
		Col:     int(C.sd_statement_col(st)),
		Offset:  int(C.sd_statement_offset(st)),
		Length:  int(C.sd_statement_length(st)),
		Risks:   Risk(C.sd_statement_risks(st)),
	}
}

func schemaFromC(s *C.sd_schema) Schema {
	n := int(C.sd_schema_table_count(s))
	out := Schema{Name: goString(C.sd_schema_name(s)), Tables: make([]Table, 0, n)}
	for i := 0; i < n; i++ {
		if t := C.sd_schema_table_at(s, C.size_t(i)); t != nil {
			out.Tables = append(out.Tables, tableFromC(t))
		}
	}
	return out
}

func tableFromC(t *C.sd_table) Table {
	loc := func(which C.int, file **C.char, line, col *C.uint32_t) C.int {
		return C.sd_table_location(t, which, file, line, col)
	}
	out := Table{
		Schema:  goString(C.sd_schema_name(C.sd_table_schema(t))),
		Name:    goString(C.sd_table_name(t)),
		Created: location(loc, C.SD_LOCATION_CREATED),
		Changed: location(loc, C.SD_LOCATION_CHANGED),
	}
	n := int(C.sd_table_column_count(t))
	out.Columns = make([]Column, 0, n)
	for i := 0; i < n; i++ {
		if c := C.sd_table_column_at(t, C.size_t(i)); c != nil {
			out.Columns = append(out.Columns, columnFromC(c))
		}
	}
	n = int(C.sd_table_constraint_count(t))
	out.Constraints = make([]Constraint, 0, n)
	for i := 0; i < n; i++ {
		if c := C.sd_table_constraint_at(t, C.size_t(i)); c != nil {
			out.Constraints = append(out.Constraints, constraintFromC(c))
		}
	}
	n = int(C.sd_table_index_count(t))
	out.Indexes = make([]Index, 0, n)
	for i := 0; i < n; i++ {
		if x := C.sd_table_index_at(t, C.size_t(i)); x != nil {
			out.Indexes = append(out.Indexes, indexFromC(x))
		}
	}
	return out
}

func columnFromC(c *C.sd_column) Column {
	loc := func(which C.int, file **C.char, line, col *C.uint32_t) C.int {
		return C.sd_column_location(c, which, file, line, col)
	}
	return Column{
		Name:         goString(C.sd_column_name(c)),
		Type:         goString(C.sd_column_type(c)),
		DeclaredType: goString(C.sd_column_declared_type(c)),
		NotNull:      C.sd_column_not_null(c) != 0,
		Default:      goOptString(C.sd_column_default(c)),
		Created:      location(loc, C.SD_LOCATION_CREATED),
		Changed:      location(loc, C.SD_LOCATION_CHANGED),
	}
}

func constraintFromC(c *C.sd_constraint) Constraint {
	loc := func(which C.int, file **C.char, line, col *C.uint32_t) C.int {
		return C.sd_constraint_location(c, which, file, line, col)
	}
	out := Constraint{
		Name:       goString(C.sd_constraint_name(c)),
		Kind:       ConstraintKind(C.sd_constraint_kind(c)),
		Expression: goString(C.sd_constraint_expression(c)),
		RefSchema:  goString(C.sd_constraint_ref_schema(c)),
		RefTable:   goString(C.sd_constraint_ref_table(c)),
		OnDelete:   goString(C.sd_constraint_on_delete(c)),
		OnUpdate:   goString(C.sd_constraint_on_update(c)),
		Created:    location(loc, C.SD_LOCATION_CREATED),
		Changed:    location(loc, C.SD_LOCATION_CHANGED),
	}
	n := int(C.sd_constraint_column_count(c))
	for i := 0; i < n; i++ {
		out.Columns = append(out.Columns, goString(C.sd_constraint_column_at(c, C.size_t(i))))
	}
	n = int(C.sd_constraint_ref_column_count(c))
	for i := 0; i < n; i++ {
		out.RefColumns = append(out.RefColumns, goString(C.sd_constraint_ref_column_at(c, C.size_t(i))))
	}
	return out
}

func indexFromC(x *C.sd_index) Index {
	loc := func(which C.int, file **C.char, line, col *C.uint32_t) C.int {
		return C.sd_index_location(x, which, file, line, col)
	}
	out := Index{
		Name:      goString(C.sd_index_name(x)),
		Unique:    C.sd_index_is_unique(x) != 0,
		Primary:   C.sd_index_is_primary(x) != 0,
		Method:    goString(C.sd_index_method(x)),
		Predicate: goString(C.sd_index_predicate(x)),
		Created:   location(loc, C.SD_LOCATION_CREATED),
		Changed:   location(loc, C.SD_LOCATION_CHANGED),
	}
	n := int(C.sd_index_key_count(x))
	out.Keys = make([]IndexKey, 0, n)
	for i := 0; i < n; i++ {
		k := C.size_t(i)
		out.Keys = append(out.Keys, IndexKey{
			Text:       goString(C.sd_index_key_at(x, k)),
			Expression: C.sd_index_key_is_expression(x, k) != 0,
			Descending: C.sd_index_key_is_descending(x, k) != 0,
		})
	}
	return out
}
