// concurrency_test.go: goroutines with their own catalogs (parallel C
// handles) and goroutines sharing one Catalog (serialised by its mutex),
// including Close racing with use, and checks run in parallel.

package schemadrift

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestParallelCatalogs(t *testing.T) {
	want := func() string {
		c := newCatalog(t, DialectPostgres)
		if err := c.ApplySQL(shopSQL, "shop.sql"); err != nil {
			t.Fatal(err)
		}
		js, err := c.Dump(FormatJSON)
		if err != nil {
			t.Fatal(err)
		}
		return js
	}()
	const workers, rounds = 8, 50
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				c, err := NewCatalog(DialectPostgres)
				if err != nil {
					errs <- err
					return
				}
				err = c.ApplySQL(shopSQL, "shop.sql")
				js, derr := c.Dump(FormatJSON)
				c.Close()
				if err != nil || derr != nil {
					errs <- fmt.Errorf("worker %d round %d: %v %v", w, i, err, derr)
					return
				}
				if js != want {
					errs <- fmt.Errorf("worker %d round %d: dump differs", w, i)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestSharedCatalog(t *testing.T) {
	c := newCatalog(t, DialectPostgres)
	const writers, readers, tables = 4, 4, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers+readers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < tables; i++ {
				sql := fmt.Sprintf("CREATE TABLE t_%d_%d (id int PRIMARY KEY, v text DEFAULT 'w%d');", w, i, w)
				if err := c.ApplySQL(sql, fmt.Sprintf("w%d.sql", w)); err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < tables; i++ {
				for _, tb := range c.Tables() {
					if len(tb.Columns) != 2 || tb.Columns[1].Default == nil || !strings.HasPrefix(*tb.Columns[1].Default, "'w") {
						errs <- fmt.Errorf("reader %d: torn table %+v", r, tb)
						return
					}
				}
				if _, err := c.Dump(FormatJSON); err != nil {
					errs <- err
					return
				}
				_ = c.Statements()
				_, _ = c.Table("public", "t_0_0")
				if _, err := Diff(c, c, 0); err != nil {
					errs <- err
					return
				}
			}
		}(r)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := len(c.Tables()); n != writers*tables {
		t.Errorf("%d tables, want %d", n, writers*tables)
	}
	if n := len(c.Statements()); n != writers*tables {
		t.Errorf("%d statements, want %d", n, writers*tables)
	}
}

func TestCloseWhileInUse(t *testing.T) {
	for round := 0; round < 20; round++ {
		c, err := NewCatalog(DialectSQLite)
		if err != nil {
			t.Fatal(err)
		}
		other, err := NewCatalog(DialectSQLite)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := 0; i < 20; i++ {
					_ = c.ApplySQL(fmt.Sprintf("CREATE TABLE t%d_%d (a);", g, i), "")
					_ = c.Tables()
					_, _ = c.Dump(FormatSQL)
					// both argument orders: the pair is locked in one order
					_, _ = Diff(c, other, 0)
					_, _ = Diff(other, c, 0)
				}
			}(g)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Close()
		}()
		wg.Wait()
		if err := c.ApplySQL("CREATE TABLE late (a);", ""); err == nil {
			t.Fatal("ApplySQL after Close succeeded")
		}
		other.Close()
	}
}

func TestParallelChecks(t *testing.T) {
	first, err := Check(CheckOptions{Schema: []string{exampleSchema}, Migrations: []string{exampleMigrations}})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				res, err := Check(CheckOptions{Schema: []string{exampleSchema}, Migrations: []string{exampleMigrations}})
				if err != nil {
					errs <- err
					return
				}
				if res.JSON != first.JSON || res.MigrationsJSON != first.MigrationsJSON {
					errs <- fmt.Errorf("check %d differs", i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
