// Command sd-consumer is the Go binding's side of the cross-consumer
// agreement test: it prints exactly the bytes the C library produced
// (catalog JSON, check report JSON), nothing added, so its output can be
// compared byte for byte with the CLI's and with other bindings'.
//
//	sd-consumer catalog DIALECT FILE...
//	    apply each FILE in order (path as given); replay errors other than
//	    out-of-memory, misuse and I/O are ignored; print the catalog JSON.
//	    Exit 0 (1 on those errors, with the message on stderr).
//	sd-consumer check [lint] ARGS...
//	    ARGS are `schemadrift check` arguments: --schema P, --migrations P,
//	    --list P, --table G, --exclude G, --dialect D, --schema-dialect D,
//	    --column-order; --fail-on X and --format X are accepted and ignored.
//	    Print the JSON report; exit with the check status for --fail-on
//	    error (0, 2 or 3). A run error prints its message on stderr and
//	    exits 1.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	schemadrift "github.com/libschemadrift/libschemadrift/bindings/go"
)

const usage = "usage: sd-consumer catalog DIALECT FILE... | sd-consumer check [lint] ARGS..."

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) < 1 {
		fmt.Fprintln(stderr, usage)
		return 1
	}
	switch args[0] {
	case "catalog":
		return runCatalog(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	}
	fmt.Fprintln(stderr, usage)
	return 1
}

func runCatalog(args []string, stdout, stderr io.Writer) int {
	if len(args) < 1 {
		fmt.Fprintln(stderr, usage)
		return 1
	}
	dialect, err := schemadrift.ParseDialect(args[0])
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	cat, err := schemadrift.NewCatalog(dialect)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	defer cat.Close()
	for _, path := range args[1:] {
		err := cat.ApplyFile(path)
		if errors.Is(err, schemadrift.ErrNoMem) || errors.Is(err, schemadrift.ErrMisuse) ||
			errors.Is(err, schemadrift.ErrIO) {
			fmt.Fprintln(stderr, err)
			return 1
		}
	}
	out, err := cat.Dump(schemadrift.FormatJSON)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if _, err := io.WriteString(stdout, out); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	lint := false
	if len(args) > 0 && args[0] == "lint" {
		lint = true
		args = args[1:]
	}
	var opts schemadrift.CheckOptions
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--column-order" {
			opts.ColumnOrder = true
			continue
		}
		if i+1 >= len(args) {
			fmt.Fprintf(stderr, "sd-consumer: unknown argument or missing value: %s\n", a)
			return 1
		}
		v := args[i+1]
		i++
		var err error
		switch a {
		case "--schema":
			opts.Schema = append(opts.Schema, v)
		case "--migrations":
			opts.Sources = append(opts.Sources, schemadrift.MigrationSource{Path: v})
		case "--list":
			opts.Sources = append(opts.Sources, schemadrift.MigrationSource{Path: v, List: true})
		case "--table":
			opts.Tables = append(opts.Tables, v)
		case "--exclude":
			opts.Exclude = append(opts.Exclude, v)
		case "--dialect":
			opts.Dialect, err = schemadrift.ParseDialect(v)
		case "--schema-dialect":
			opts.SchemaDialect, err = schemadrift.ParseDialect(v)
		case "--fail-on", "--format":
			// accepted for the CLI's argument lists; the report is JSON and
			// the status is that of --fail-on error
		default:
			err = fmt.Errorf("sd-consumer: unknown argument %s", a)
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
	}
	check := schemadrift.Check
	if lint {
		check = schemadrift.Lint
	}
	res, err := check(opts)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if _, err := io.WriteString(stdout, res.JSON); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return res.Status(schemadrift.SeverityError)
}
