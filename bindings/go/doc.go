// doc.go: the package overview.

// Package schemadrift is the Go binding of libschemadrift, a C library that
// replays SQL DDL (PostgreSQL or SQLite) into an in-memory catalog, the
// way the real engine would, and reports schema drift between a declared
// schema and what its migrations produce.
//
// # Catalogs
//
// NewCatalog makes an empty catalog; ApplySQL and ApplyFile replay text into
// it; Statements, Schemas, Tables and Table read it back as plain Go values
// (copies: nothing returned points into C memory); Dump serialises it as
// JSON (docs/catalog-json.md) or SQL. Close frees it and is the contract; a
// finalizer is only a safety net.
//
//	cat, err := schemadrift.NewCatalog(schemadrift.DialectPostgres)
//	if err != nil {
//		return err
//	}
//	defer cat.Close()
//	if err := cat.ApplySQL("CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL);", "001.sql"); err != nil {
//		return err
//	}
//	users, _ := cat.Table("public", "users")
//	for _, col := range users.Columns {
//		fmt.Println(col.Name, col.Type, col.NotNull) // id bigint true, email text true
//	}
//
// # Drift
//
// Check runs what `schemadrift check` runs (sd_check_*): it replays the
// schema files and the ordered migrations, compares the two catalogs, and
// returns the findings, the replay problems, the CLI's exit status
// (CheckResult.Status) and the JSON report, byte for byte the one
// `schemadrift check --format json` prints. Lint is `schemadrift lint`.
// Diff compares two catalogs you built yourself; Order lists the
// migrations of a directory in the order the common tools apply them.
//
//	res, err := schemadrift.Check(schemadrift.CheckOptions{
//		Schema:     []string{"schema.sql"},
//		Migrations: []string{"migrations"},
//	})
//	if err != nil {
//		return err // the check could not run (I/O, unclear order ...)
//	}
//	for _, f := range res.Findings {
//		fmt.Println(f.Severity, f.Code, f.Path, f.Message)
//	}
//	os.Exit(res.Status(schemadrift.SeverityError))
//
// # Errors
//
// Every fallible call returns an *Error carrying the library's Status,
// message and location; errors.Is(err, ErrEngine) and the other sentinels
// test the status. A replay error (ErrEngine, ErrSyntax, ErrUnmodelled,
// ErrEncoding) leaves the catalog usable.
//
// # Threads and goroutines
//
// The C library keeps the error of a call on the handle the call was made
// on, not in thread-local storage, so no runtime.LockOSThread is needed: the
// binding reads the error right after the failing call while it still holds
// the handle's lock. One C handle must not be used by two threads at once,
// so every Catalog has a mutex and all its methods take it: sharing a
// Catalog between goroutines is safe (calls are serialised), and distinct
// catalogs, checks and orderings run in parallel.
//
// # Building and library versions
//
// The package links with `#cgo pkg-config: schemadrift`. Against a build
// tree, point PKG_CONFIG_PATH at BUILD/meson-uninstalled and
// LD_LIBRARY_PATH at BUILD/lib (test.sh does both). Every function is
// linked directly, by its version node (SCHEMADRIFT_0.1 to 0.3): a program
// built with this package refuses to start with an older library, and the
// dynamic linker names the node it misses (docs/abi.md).
package schemadrift
