// check_test.go: tests of Check, Lint, Diff and Order, with the reports
// compared byte for byte with the schemadrift CLI run from the same working
// directory on the same paths.

package schemadrift

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// The example project, relative to this package (go test runs here).
var (
	exampleSchema     = filepath.Join("..", "..", "examples", "drift", "schema.sql")
	exampleMigrations = filepath.Join("..", "..", "examples", "drift", "migrations")
)

func TestCheckExampleMatchesCLI(t *testing.T) {
	res, err := Check(CheckOptions{Schema: []string{exampleSchema}, Migrations: []string{exampleMigrations}})
	if err != nil {
		t.Fatal(err)
	}
	out, code := runCLI(t, "check", "--format", "json", "--schema", exampleSchema, "--migrations", exampleMigrations)
	if res.JSON != out {
		t.Errorf("report differs from the CLI's:\n--- binding\n%s--- cli\n%s", res.JSON, out)
	}
	if got := res.Status(SeverityError); got != code || code != 2 {
		t.Errorf("Status(error) = %d, CLI exit %d, want 2", got, code)
	}
	if res.Status(SeverityWarning) != 2 || res.Status(Severity(0)) != int(StatusMisuse) {
		t.Errorf("Status(warning) = %d, Status(0) = %d", res.Status(SeverityWarning), res.Status(Severity(0)))
	}
	if !strings.HasPrefix(res.JSON, "{\n  \"format\": 1,") || res.FailedClosed || len(res.Problems) != 0 {
		t.Errorf("JSON %.30q, failed closed %v, problems %+v", res.JSON, res.FailedClosed, res.Problems)
	}
	codes := make([]string, len(res.Findings))
	for i, f := range res.Findings {
		codes[i] = f.Code + " " + f.Path
	}
	want := []string{
		"SD0101 public.audit_log", "SD0102 public.labels", "SD0501 public.ticket_state",
		"SD0401 public.tickets", "SD0203 public.tickets.title", "SD0201 public.users.karma",
		"SD0204 public.users.name", "SD0804 ALTER TABLE",
	}
	if strings.Join(codes, "|") != strings.Join(want, "|") {
		t.Errorf("findings:\n%s\nwant\n%s", strings.Join(codes, "\n"), strings.Join(want, "\n"))
	}
	if res.Count(SeverityError) != 6 || res.Count(SeverityWarning) != 2 || res.Count(SeverityInfo) != 0 {
		t.Errorf("counts %d/%d/%d", res.Count(SeverityError), res.Count(SeverityWarning), res.Count(SeverityInfo))
	}
	var title *Finding
	for i := range res.Findings {
		if res.Findings[i].Path == "public.tickets.title" {
			title = &res.Findings[i]
		}
	}
	more := filepath.Join(exampleMigrations, "002_more.sql")
	if title == nil || title.Kind != "column-type-differs" || title.Severity != SeverityError ||
		title.Expected == nil || *title.Expected != "text" || title.Actual == nil || *title.Actual != "character varying(200)" ||
		title.Fix != nil || title.SchemaLocation == nil || *title.SchemaLocation != (Location{exampleSchema, 14, 5}) ||
		title.MigrationsLocation == nil || *title.MigrationsLocation != (Location{more, 4, 21}) {
		t.Errorf("title finding: %+v", title)
	}
	audit := res.Findings[0]
	if audit.Expected != nil || audit.Actual == nil || *audit.Actual != "audit_log" || audit.Fix == nil ||
		!strings.HasPrefix(*audit.Fix, "CREATE TABLE audit_log (") || audit.SchemaLocation != nil {
		t.Errorf("audit_log finding: %+v", audit)
	}
	if !strings.Contains(res.SchemaJSON, "\"name\": \"labels\"") || strings.Contains(res.SchemaJSON, "audit_log") ||
		!strings.Contains(res.MigrationsJSON, "\"name\": \"audit_log\"") {
		t.Errorf("catalog dumps of the check do not hold the right tables")
	}
}

func TestCheckScopeMatchesCLI(t *testing.T) {
	for _, tc := range []struct {
		opts CheckOptions
		args []string
	}{
		{CheckOptions{Tables: []string{"users"}}, []string{"--table", "users"}},
		{CheckOptions{Tables: []string{"public.t*"}, Exclude: []string{"tickets"}}, []string{"--table", "public.t*", "--exclude", "tickets"}},
		{CheckOptions{Exclude: []string{"*"}, ColumnOrder: true}, []string{"--exclude", "*", "--column-order"}},
	} {
		tc.opts.Schema = []string{exampleSchema}
		tc.opts.Migrations = []string{exampleMigrations}
		res, err := Check(tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		args := append([]string{"check", "--format", "json", "--schema", exampleSchema, "--migrations", exampleMigrations}, tc.args...)
		out, code := runCLI(t, args...)
		if res.JSON != out || res.Status(SeverityError) != code {
			t.Errorf("%v: status %d (CLI %d), report differs:\n%s---\n%s", tc.args, res.Status(SeverityError), code, res.JSON, out)
		}
	}
	res, err := Check(CheckOptions{Schema: []string{exampleSchema}, Migrations: []string{exampleMigrations}, Tables: []string{"users"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		if !strings.HasPrefix(f.Path, "public.users") && f.Code != "SD0804" {
			t.Errorf("--table users kept %s %s", f.Code, f.Path)
		}
	}
}

func TestLintMatchesCLI(t *testing.T) {
	res, err := Lint(CheckOptions{Migrations: []string{exampleMigrations}})
	if err != nil {
		t.Fatal(err)
	}
	out, code := runCLI(t, "lint", "--format", "json", "--migrations", exampleMigrations)
	if res.JSON != out || res.Status(SeverityError) != code {
		t.Errorf("status %d (CLI %d), report differs:\n%s---\n%s", res.Status(SeverityError), code, res.JSON, out)
	}
	if len(res.Findings) != 1 || res.Findings[0].Code != "SD0804" || res.Status(SeverityError) != 0 || res.Status(SeverityWarning) != 2 {
		t.Errorf("lint findings %+v, status %d/%d", res.Findings, res.Status(SeverityError), res.Status(SeverityWarning))
	}
	if !strings.Contains(res.SchemaJSON, "\"schemas\"") || strings.Contains(res.SchemaJSON, "tickets") {
		t.Errorf("lint's schema catalog is not empty:\n%s", res.SchemaJSON)
	}

	_, err = Lint(CheckOptions{Schema: []string{exampleSchema}, Migrations: []string{exampleMigrations}})
	var e *Error
	if !errors.Is(err, ErrMisuse) || !errors.As(err, &e) || !strings.Contains(e.Message, "lint takes no schema") {
		t.Errorf("lint with a schema: %v", err)
	}
}

func TestCheckProblemsMatchCLI(t *testing.T) {
	dir := t.TempDir()
	schema := writeFile(t, dir, "schema.sql", "CREATE TABLE a (id int PRIMARY KEY, n text);\n")
	migs := filepath.Join(dir, "migrations")
	writeFile(t, migs, "001_a.sql", "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE a (x int);\n")
	writeFile(t, migs, "002_b.sql", "ALTER TABLE a ADD COLUMN n text;\nDO $$ BEGIN END $$;\n")
	writeFile(t, migs, "003_c.go", "package migrations\n")
	res, err := Check(CheckOptions{Schema: []string{schema}, Migrations: []string{migs}})
	if err != nil {
		t.Fatal(err)
	}
	out, code := runCLI(t, "check", "--format", "json", "--schema", schema, "--migrations", migs)
	if res.JSON != out || res.Status(SeverityError) != code {
		t.Errorf("status %d (CLI %d), report differs:\n%s---\n%s", res.Status(SeverityError), code, res.JSON, out)
	}
	if !res.FailedClosed || res.Status(SeverityError) != 3 || len(res.Problems) != 3 {
		t.Fatalf("failed closed %v, status %d, problems %+v", res.FailedClosed, res.Status(SeverityError), res.Problems)
	}
	p := res.Problems
	if p[0].Kind != ProblemEngineError || p[0].File != filepath.Join(migs, "001_a.sql") || p[0].Line != 2 || p[0].Col != 14 ||
		!strings.Contains(p[0].Message, `relation "a" already exists`) ||
		p[1].Kind != ProblemFailedClosed || p[1].Line != 2 ||
		p[2].Kind != ProblemFailedClosed || p[2].File != filepath.Join(migs, "003_c.go") || p[2].Line != 0 ||
		p[2].Kind.String() != "failed-closed" {
		t.Errorf("problems: %+v", p)
	}
}

func TestCheckCrossDialectMatchesCLI(t *testing.T) {
	dir := t.TempDir()
	schema := writeFile(t, dir, "schema.sql", "CREATE TABLE ev (id INTEGER PRIMARY KEY, at TEXT NOT NULL, ok INTEGER);\n")
	mig := writeFile(t, dir, "001_ev.sql", "CREATE TABLE ev (id bigint PRIMARY KEY, at timestamptz NOT NULL, ok boolean);\n")
	opts := CheckOptions{Dialect: DialectPostgres, SchemaDialect: DialectSQLite, Schema: []string{schema}, Migrations: []string{mig}}
	res, err := Check(opts)
	if err != nil {
		t.Fatal(err)
	}
	out, code := runCLI(t, "check", "--format", "json", "--dialect", "postgres", "--schema-dialect", "sqlite",
		"--schema", schema, "--migrations", mig)
	if res.JSON != out || res.Status(SeverityError) != code {
		t.Errorf("status %d (CLI %d), report differs:\n%s---\n%s", res.Status(SeverityError), code, res.JSON, out)
	}
	found := false
	for _, f := range res.Findings {
		found = found || (f.Code == "SD0209" && f.Path == "main.ev.at") // named by the schema side
	}
	if !found {
		t.Errorf("no SD0209 for ev.at: %+v", res.Findings)
	}
}

func TestCheckErrors(t *testing.T) {
	dir := t.TempDir()
	schema := writeFile(t, dir, "schema.sql", "CREATE TABLE a (id int);\n")
	clash := filepath.Join(dir, "clash")
	writeFile(t, clash, "001_a.sql", "CREATE TABLE a (id int);\n")
	writeFile(t, clash, "001_b.sql", "CREATE TABLE b (id int);\n")
	latin1 := writeFile(t, dir, "latin1.sql", "CREATE TABLE caf\xe9 (id int);\n")
	list := writeFile(t, dir, "list.txt", "# the order\nclash/001_b.sql\nclash/001_a.sql\n")

	for _, tc := range []struct {
		name string
		opts CheckOptions
		want error
	}{
		{"order", CheckOptions{Schema: []string{schema}, Migrations: []string{clash}}, ErrOrder},
		{"missing schema file", CheckOptions{Schema: []string{filepath.Join(dir, "nope.sql")}, Migrations: []string{schema}}, ErrIO},
		{"encoding", CheckOptions{Schema: []string{latin1}, Migrations: []string{schema}}, ErrEncoding},
		{"no schema", CheckOptions{Migrations: []string{schema}}, ErrMisuse},
		{"no migrations", CheckOptions{Schema: []string{schema}}, ErrMisuse},
		{"bad dialect", CheckOptions{Dialect: Dialect(9), Schema: []string{schema}, Migrations: []string{schema}}, ErrMisuse},
		{"bad schema dialect", CheckOptions{SchemaDialect: Dialect(9), Schema: []string{schema}, Migrations: []string{schema}}, ErrMisuse},
		{"NUL in a glob", CheckOptions{Schema: []string{schema}, Migrations: []string{schema}, Tables: []string{"a\x00"}}, ErrMisuse},
	} {
		res, err := Check(tc.opts)
		if !errors.Is(err, tc.want) || res != nil {
			t.Errorf("%s: %v (%#v), want %v", tc.name, err, err, tc.want)
		}
	}
	_, err := Check(CheckOptions{Schema: []string{latin1}, Migrations: []string{schema}})
	var e *Error
	if !errors.As(err, &e) || e.File != latin1 || e.Line != 1 || e.Col != 17 {
		t.Errorf("encoding error location: %#v", err)
	}

	// a list file orders what a directory cannot
	res, err := Check(CheckOptions{Schema: []string{schema}, Lists: []string{list}})
	if err != nil {
		t.Fatal(err)
	}
	out, code := runCLI(t, "check", "--format", "json", "--schema", schema, "--list", list)
	if res.JSON != out || res.Status(SeverityError) != code {
		t.Errorf("--list: status %d (CLI %d), report differs:\n%s---\n%s", res.Status(SeverityError), code, res.JSON, out)
	}
}

func TestDiff(t *testing.T) {
	schema := newCatalog(t, DialectPostgres)
	migs := newCatalog(t, DialectPostgres)
	if err := schema.ApplySQL("CREATE TABLE t (a int, b text NOT NULL);", "schema.sql"); err != nil {
		t.Fatal(err)
	}
	if err := migs.ApplySQL("CREATE TABLE t (b text NOT NULL, a bigint);\nCREATE TABLE extra (id int);", "001.sql"); err != nil {
		t.Fatal(err)
	}
	fs, err := Diff(schema, migs, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Code+" "+f.Path)
	}
	if strings.Join(got, "|") != "SD0101 public.extra|SD0203 public.t.a" {
		t.Errorf("Diff: %v", got)
	}
	if f := fs[1]; *f.Expected != "integer" || *f.Actual != "bigint" || *f.SchemaLocation != (Location{"schema.sql", 1, 17}) ||
		*f.MigrationsLocation != (Location{"001.sql", 1, 34}) {
		t.Errorf("SD0203: %+v %v %v", f, f.SchemaLocation, f.MigrationsLocation)
	}
	ordered, err := Diff(schema, migs, DiffColumnOrder)
	if err != nil || len(ordered) <= len(fs) {
		t.Errorf("DiffColumnOrder: %d findings (%v), without it %d", len(ordered), err, len(fs))
	}
	same, err := Diff(schema, schema, 0)
	if err != nil || len(same) != 0 {
		t.Errorf("Diff(schema, schema) = %+v, %v", same, err)
	}
	if _, err := Diff(nil, migs, 0); !errors.Is(err, ErrMisuse) {
		t.Errorf("Diff(nil): %v", err)
	}
	if _, err := Diff(schema, migs, DiffFlags(0x80)); err != nil {
		t.Logf("Diff with an unknown flag: %v", err)
	}
}

func TestOrder(t *testing.T) {
	ms, err := Order(DialectPostgres, exampleMigrations)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].Path != filepath.Join(exampleMigrations, "001_init.sql") ||
		ms[1].Path != filepath.Join(exampleMigrations, "002_more.sql") || ms[0].Rule != RuleVersion || ms[0].Code {
		t.Errorf("Order: %+v", ms)
	}
	if ms[0].Rule.String() == "" {
		t.Error("empty rule wording")
	}

	dir := t.TempDir()
	writeFile(t, dir, "V2__b.sql", "")
	writeFile(t, dir, "V10__c.sql", "")
	writeFile(t, dir, "V1__a.sql", "")
	writeFile(t, dir, "R__views.sql", "")
	writeFile(t, dir, "V3__code.py", "")
	ms, err = Order(DialectPostgres, dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, filepath.Base(m.Path))
		if (filepath.Ext(m.Path) == ".py") != m.Code {
			t.Errorf("%s: Code = %v", m.Path, m.Code)
		}
	}
	if strings.Join(got, " ") != "V1__a.sql V2__b.sql V3__code.py V10__c.sql R__views.sql" || ms[4].Rule != RuleRepeatable || ms[0].Rule != RuleFlyway {
		t.Errorf("Flyway order: %v %+v", got, ms)
	}

	clash := t.TempDir()
	writeFile(t, clash, "001_a.sql", "")
	writeFile(t, clash, "001_b.sql", "")
	_, err = Order(DialectPostgres, clash)
	var e *Error
	if !errors.Is(err, ErrOrder) || !errors.As(err, &e) || !strings.Contains(e.Message, "001") {
		t.Errorf("two migrations of one version: %v", err)
	}
	if _, err := Order(DialectPostgres, filepath.Join(dir, "nope")); !errors.Is(err, ErrIO) {
		t.Errorf("missing directory: %v", err)
	}
	list := writeFile(t, dir, "order.txt", "V2__b.sql\nV1__a.sql\n")
	ms, err = OrderSources(DialectPostgres, MigrationSource{Path: list, List: true}, MigrationSource{Path: filepath.Join(dir, "V10__c.sql")})
	if err != nil || len(ms) != 3 || filepath.Base(ms[0].Path) != "V2__b.sql" || ms[0].Rule != RuleList || ms[2].Rule != RuleGiven {
		t.Errorf("OrderSources: %+v, %v", ms, err)
	}
}
