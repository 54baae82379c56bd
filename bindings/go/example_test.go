// example_test.go: runnable examples for the package documentation; their
// output is checked by go test.

package schemadrift_test

import (
	"fmt"
	"log"
	"path/filepath"

	schemadrift "github.com/libschemadrift/libschemadrift/bindings/go"
)

func ExampleNewCatalog() {
	cat, err := schemadrift.NewCatalog(schemadrift.DialectPostgres)
	if err != nil {
		log.Fatal(err)
	}
	defer cat.Close()
	if err := cat.ApplySQL("CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL);", "001.sql"); err != nil {
		log.Fatal(err)
	}
	users, _ := cat.Table("public", "users")
	for _, col := range users.Columns {
		fmt.Println(col.Name, col.Type, col.NotNull, col.Created)
	}
	// Output:
	// id bigint true 001.sql:1:21
	// email text true 001.sql:1:47
}

func ExampleCheck() {
	dir := filepath.Join("..", "..", "examples", "drift")
	res, err := schemadrift.Check(schemadrift.CheckOptions{
		Schema:     []string{filepath.Join(dir, "schema.sql")},
		Migrations: []string{filepath.Join(dir, "migrations")},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range res.Findings {
		fmt.Printf("%s %s %s\n", f.Severity, f.Code, f.Path)
	}
	fmt.Println("exit status:", res.Status(schemadrift.SeverityError))
	// Output:
	// error SD0101 public.audit_log
	// error SD0102 public.labels
	// error SD0501 public.ticket_state
	// warning SD0401 public.tickets
	// error SD0203 public.tickets.title
	// error SD0201 public.users.karma
	// error SD0204 public.users.name
	// warning SD0804 ALTER TABLE
	// exit status: 2
}

// Replay the migrations in their order into one catalog and the declared
// schema into another, then compare them.
func ExampleDiff() {
	dir := filepath.Join("..", "..", "examples", "drift")
	load := func(files ...string) *schemadrift.Catalog {
		cat, err := schemadrift.NewCatalog(schemadrift.DialectPostgres)
		if err != nil {
			log.Fatal(err)
		}
		for _, f := range files {
			if err := cat.ApplyFile(f); err != nil {
				log.Print(err) // a replay problem: the catalog is still usable
			}
		}
		return cat
	}
	order, err := schemadrift.Order(schemadrift.DialectPostgres, filepath.Join(dir, "migrations"))
	if err != nil {
		log.Fatal(err)
	}
	var files []string
	for _, m := range order {
		files = append(files, m.Path)
	}
	schema, migrations := load(filepath.Join(dir, "schema.sql")), load(files...)
	defer schema.Close()
	defer migrations.Close()

	findings, err := schemadrift.Diff(schema, migrations, 0)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range findings {
		fmt.Printf("%s[%s] %s\n", f.Severity, f.Code, f.Message)
	}
	// Output:
	// error[SD0101] table public.audit_log is made by the migrations but is not in the schema
	// error[SD0102] table public.labels is in the schema but no migration makes it
	// error[SD0501] enum public.ticket_state: the schema's labels are ('open', 'closed'), the migrations' are ('open', 'on_hold', 'closed')
	// warning[SD0401] table public.tickets: the migrations make index tickets_author_idx (INDEX ON public.tickets USING btree (author_id)), the schema does not have it
	// error[SD0203] column public.tickets.title: the schema says text, the migrations give character varying(200)
	// error[SD0201] column public.users.karma is added by the migrations but is not in the schema
	// error[SD0204] column public.users.name: the schema says NOT NULL, the migrations give nullable
}
