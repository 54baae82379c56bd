// main_test.go: sd-consumer's protocol, its output compared byte for byte
// (and its exit status) with the schemadrift CLI's on the same arguments.

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var (
	root       = filepath.Join("..", "..", "..", "..")
	schema     = filepath.Join(root, "examples", "drift", "schema.sql")
	migrations = filepath.Join(root, "examples", "drift", "migrations")
)

func cliPath(t *testing.T) string {
	t.Helper()
	build := os.Getenv("SCHEMADRIFT_BUILD_DIR")
	if build == "" {
		build = filepath.Join(root, "build")
	}
	p, err := filepath.Abs(filepath.Join(build, "tools", "schemadrift"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no schemadrift CLI at %s", p)
	}
	return p
}

func runCLI(t *testing.T, args ...string) (string, int) {
	t.Helper()
	out, err := exec.Command(cliPath(t), args...).Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return string(out), ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), 0
}

func consume(args ...string) (string, string, int) {
	var out, errb strings.Builder
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func TestCatalog(t *testing.T) {
	files := []string{filepath.Join(migrations, "001_init.sql"), filepath.Join(migrations, "002_more.sql")}
	out, errs, code := consume(append([]string{"catalog", "postgres"}, files...)...)
	want, _ := runCLI(t, append([]string{"dump", "--dialect", "postgres", "--format", "json"}, files...)...)
	if code != 0 || errs != "" || out != want {
		t.Errorf("exit %d, stderr %q, output differs:\n%s---\n%s", code, errs, out, want)
	}
	if !strings.Contains(out, "\"format\": 1") {
		t.Error("no format in the catalog JSON")
	}

	// replay errors are ignored, the catalog printed all the same
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.sql")
	if err := os.WriteFile(bad, []byte("CREATE TABLE t (a int);\nCREATE TABLE t (b int);\nDO $$ BEGIN END $$;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = consume("catalog", "pg", bad)
	want, _ = runCLI(t, "dump", "--dialect", "postgres", "--format", "json", bad)
	if code != 0 || out != want {
		t.Errorf("bad.sql: exit %d, output differs:\n%s---\n%s", code, out, want)
	}

	// I/O errors are not
	out, errs, code = consume("catalog", "sqlite", filepath.Join(dir, "missing.sql"))
	if code != 1 || out != "" || !strings.Contains(errs, "missing.sql") {
		t.Errorf("missing file: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if _, _, code := consume("catalog", "oracle"); code != 1 {
		t.Errorf("bad dialect: exit %d", code)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "list.txt") // its entries are relative to its own directory
	more, err := filepath.Abs(filepath.Join(migrations, "002_more.sql"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(list, []byte(more+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(migrations, "001_init.sql")
	for _, args := range [][]string{
		{"--schema", schema, "--migrations", migrations},
		{"--format", "json", "--fail-on", "warning", "--schema", schema, "--migrations", migrations, "--table", "users"},
		{"--schema", schema, "--migrations", first, "--list", list, "--exclude", "public.tickets", "--column-order"},
		{"--dialect", "postgres", "--schema-dialect", "postgres", "--schema", schema, "--migrations", migrations},
		{"lint", "--migrations", migrations},
	} {
		out, errs, code := consume(append([]string{"check"}, args...)...)
		cliArgs := []string{"check"}
		rest := args
		if args[0] == "lint" {
			cliArgs, rest = []string{"lint"}, args[1:]
		}
		// the consumer prints JSON with the status of --fail-on error
		var clean []string
		for i := 0; i < len(rest); i++ {
			if rest[i] == "--format" || rest[i] == "--fail-on" {
				i++
				continue
			}
			clean = append(clean, rest[i])
		}
		want, wantCode := runCLI(t, append(append(cliArgs, "--format", "json", "--fail-on", "error"), clean...)...)
		if out != want || code != wantCode || errs != "" {
			t.Errorf("%v: exit %d (CLI %d), stderr %q, output differs:\n%s---\n%s", args, code, wantCode, errs, out, want)
		}
	}
	out, errs, code := consume("check", "--schema", schema, "--migrations", filepath.Join(dir, "nope"))
	if code != 1 || out != "" || errs == "" {
		t.Errorf("run error: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if _, errs, code := consume("check", "--bogus", "x"); code != 1 || errs == "" {
		t.Errorf("unknown option: exit %d", code)
	}
	if _, _, code := consume("check", "--schema"); code != 1 {
		t.Errorf("missing value: exit %d", code)
	}
}
