"""check(), lint() and diff(): findings and reports against the CLI's (byte
for byte), statuses, scoping, replay problems, errors, and the Catalog-side
form (sd_diff_catalogs + sd_lint_catalog) against the sd_check form."""
from __future__ import annotations

import json
import os
import unittest
from unittest import mock

import schemadrift
from schemadrift import (
    Catalog,
    CheckMode,
    EncodingError,
    EngineError,
    ListFile,
    Location,
    OrderError,
    ProblemKind,
    Severity,
    SourceError,
    UnavailableError,
    UnmodelledError,
    check,
    diff,
    lint,
)

from .support import DRIFT, REPO, SHOP, TempTree, cli, needs_check, needs_cli

SCHEMA = os.path.join(DRIFT, "schema.sql")
MIGS = os.path.join(DRIFT, "migrations")


@needs_check
class DriftExampleTest(unittest.TestCase):
    def setUp(self) -> None:
        self.result = check(schema=SCHEMA, migrations=[MIGS])

    def test_findings(self) -> None:
        r = self.result
        self.assertIs(r.mode, CheckMode.DRIFT)
        self.assertEqual(
            [(f.code, f.path) for f in r.findings],
            [("SD0101", "public.audit_log"), ("SD0102", "public.labels"), ("SD0501", "public.ticket_state"),
             ("SD0401", "public.tickets"), ("SD0203", "public.tickets.title"), ("SD0201", "public.users.karma"),
             ("SD0204", "public.users.name"), ("SD0804", "ALTER TABLE")],
        )
        title = r.findings[4]
        self.assertEqual((title.severity, title.kind, title.expected, title.actual, title.fix),
                         (Severity.ERROR, "column-type-differs", "text", "character varying(200)", None))
        self.assertEqual(("%s" % title.severity, f"{title.severity}"), ("error", "error"))
        self.assertEqual(title.schema_location, Location(SCHEMA, 14, 5))
        self.assertEqual(title.migrations_location, Location(os.path.join(MIGS, "002_more.sql"), 4, 21))
        karma = r.findings[5]
        self.assertEqual(karma.fix, "ALTER TABLE users ADD COLUMN karma integer DEFAULT 0 NOT NULL;")
        self.assertIsNone(karma.expected)
        labels = r.findings[1]
        self.assertIsNone(labels.migrations_location)
        self.assertEqual(r.findings[3].severity, Severity.WARNING)
        self.assertEqual((r.errors, r.warnings, r.infos), (6, 2, 0))
        self.assertEqual((r.count("error"), r.count(Severity.WARNING)), (6, 2))
        self.assertEqual(r.problems, ())
        self.assertFalse(r.failed_closed)

    def test_status(self) -> None:
        self.assertEqual(self.result.status(), 2)
        self.assertEqual(self.result.status("warning"), 2)
        self.assertEqual(self.result.status(Severity.INFO), 2)
        with self.assertRaises(ValueError):
            self.result.status("fatal")

    def test_report_and_catalogs(self) -> None:
        doc = json.loads(self.result.to_json())
        self.assertEqual(doc["format"], 1)
        self.assertEqual(doc["summary"], {"errors": 6, "warnings": 2, "infos": 0, "failed_closed": False})
        self.assertEqual(len(doc["findings"]), 8)
        self.assertTrue(self.result.report_available)
        self.assertEqual(self.result.to_json().encode(), self.result.to_json_bytes())
        with Catalog("postgres") as c:
            c.apply_file(SCHEMA)
            self.assertEqual(self.result.schema_json, c.dump("json"))
        with Catalog("postgres") as c:
            c.apply_migrations(MIGS)
            self.assertEqual(self.result.migrations_json, c.dump("json"))

    @needs_cli
    def test_json_matches_cli_byte_for_byte(self) -> None:
        rc, out, _ = cli("check", "--format", "json", "--schema", SCHEMA, "--migrations", MIGS)
        self.assertEqual(self.result.to_json_bytes(), out)
        self.assertEqual(self.result.status(), rc)
        # relative paths, as the CLI's own example prints them
        here = os.getcwd()
        os.chdir(REPO)
        try:
            rel = check(schema="examples/drift/schema.sql", migrations="examples/drift/migrations")
        finally:
            os.chdir(here)
        rc, out, _ = cli("check", "--format", "json", "--schema", "examples/drift/schema.sql",
                         "--migrations", "examples/drift/migrations", cwd=REPO)
        self.assertIn(b'"file": "examples/drift/migrations/002_more.sql"', out)
        self.assertEqual(rel.to_json_bytes(), out)

    def test_catalog_as_schema_side_agrees(self) -> None:
        with Catalog("postgres") as schema_cat:
            schema_cat.apply_file(SCHEMA)
            r = check(schema=schema_cat, migrations=MIGS)
        self.assertEqual(r.findings, self.result.findings)
        self.assertEqual(r.problems, self.result.problems)
        self.assertEqual([r.status(s) for s in ("error", "warning", "info")],
                         [self.result.status(s) for s in ("error", "warning", "info")])
        self.assertEqual((r.errors, r.warnings, r.infos), (6, 2, 0))
        self.assertEqual((r.schema_json, r.migrations_json), (self.result.schema_json, self.result.migrations_json))
        self.assertFalse(r.report_available)
        with self.assertRaises(UnavailableError):
            r.to_json()

    def test_catalog_as_migrations_side_agrees(self) -> None:
        with Catalog("postgres") as m:
            m.apply_migrations(MIGS)
            r = check(schema=SCHEMA, migrations=m)
        self.assertEqual(r.findings, self.result.findings)


@needs_check
class ShopExampleTest(unittest.TestCase):
    def test_in_sync(self) -> None:
        r = check(os.path.join(SHOP, "schema.sql"), os.path.join(SHOP, "migrations"))
        self.assertEqual([f.code for f in r.findings if f.severity == Severity.ERROR], [])
        self.assertEqual(r.status(), 0)


@needs_check
@needs_cli
class CheckOptionsTest(TempTree):
    def same_as_cli(self, result: "schemadrift.CheckResult", *args: str) -> None:
        rc, out, err = cli(*args, "--format", "json")
        self.assertEqual(result.to_json_bytes().decode(), out.decode(), err.decode())
        self.assertEqual(result.status(), rc)

    def test_table_and_exclude_globs(self) -> None:
        for tables, exclude in ((["users"], []), (["public.t*"], []), ([], ["tick?ts", "audit_log"]),
                                (["*"], ["public.users"]), (["nomatch"], [])):
            r = check(SCHEMA, MIGS, tables=tables, exclude=exclude)
            args = ["check", "--schema", SCHEMA, "--migrations", MIGS]
            for t in tables:
                args += ["--table", t]
            for x in exclude:
                args += ["--exclude", x]
            self.same_as_cli(r, *args)
            # the Python port of the globs (used for Catalog sides) agrees
            with Catalog("postgres") as sc:
                sc.apply_file(SCHEMA)
                self.assertEqual(check(sc, MIGS, tables=tables, exclude=exclude).findings, r.findings,
                                 (tables, exclude))
        only_users = check(SCHEMA, MIGS, tables=["users"])
        self.assertEqual({f.path for f in only_users.findings},
                         {"public.users.karma", "public.users.name", "ALTER TABLE"})  # lint findings stay

    def test_replay_problems(self) -> None:
        self.tree({
            "m/001_a.sql": "CREATE TABLE a (x int);\n",
            "m/002_b.sql": "CREATE TABLE b (y int);\nCREATE TABLE b (y int);\n",
            "m/003_c.sql": "ALTER TABLE a RENAME COLUMN x TO z;\n",
            "schema.sql": "CREATE TABLE a (z int);\nCREATE TABLE b (y int);\n",
        })
        m = os.path.join(self.tmp, "m")
        s = os.path.join(self.tmp, "schema.sql")
        r = check(s, m)
        self.assertEqual([(p.kind, os.path.basename(p.file or ""), p.line, p.col) for p in r.problems],
                         [(ProblemKind.ENGINE_ERROR, "002_b.sql", 2, 14)])
        self.assertIn("would reject", r.problems[0].message)
        self.assertFalse(r.failed_closed)
        self.assertEqual(r.status(), 2)  # engine error
        self.assertEqual([f.code for f in r.findings], ["SD0803"])  # the rename
        self.same_as_cli(r, "check", "--schema", s, "--migrations", m)

        self.write("m/004_d.py", "print('migrate')\n")
        self.write("m/005_e.sql", "DO $$ BEGIN END $$;\n")
        r = check(s, m)
        self.assertEqual([(p.kind, os.path.basename(p.file or ""), p.line) for p in r.problems],
                         [(ProblemKind.ENGINE_ERROR, "002_b.sql", 2), (ProblemKind.FAILED_CLOSED, "004_d.py", 0),
                          (ProblemKind.FAILED_CLOSED, "005_e.sql", 1)])
        self.assertTrue(r.failed_closed)
        self.assertEqual(r.status(), 3)
        self.same_as_cli(r, "check", "--schema", s, "--migrations", m)
        with Catalog("postgres") as sc:
            sc.apply_file(s)
            r2 = check(sc, m)
        self.assertEqual((r2.problems, r2.findings, r2.status()), (r.problems, r.findings, 3))

    def test_list_files_and_single_files(self) -> None:
        self.tree({
            "m/a.sql": "CREATE TABLE a (x int);\n",
            "m/b.sql": "ALTER TABLE a ADD COLUMN y int;\n",
            "m/order.txt": "# applied in this order\nb.sql\n",
            "schema.sql": "CREATE TABLE a (x int, y int);\n",
        })
        j = lambda *p: os.path.join(self.tmp, *p)  # noqa: E731
        r = check(j("schema.sql"), [j("m", "a.sql"), ListFile(j("m", "order.txt"))])
        self.assertEqual(r.findings, ())
        self.same_as_cli(r, "check", "--schema", j("schema.sql"), "--migrations", j("m", "a.sql"),
                         "--list", j("m", "order.txt"))
        r2 = check(j("schema.sql"), j("m", "a.sql"), lists=[j("m", "order.txt")])
        self.assertEqual(r2.to_json_bytes(), r.to_json_bytes())

    def test_column_order_and_schema_dialect(self) -> None:
        self.tree({
            "m/1_a.sql": "CREATE TABLE a (y int, x int, at timestamptz);\n",
            "schema.sql": "CREATE TABLE a (x INTEGER, y INTEGER, at TEXT);\n",
        })
        s, m = os.path.join(self.tmp, "schema.sql"), os.path.join(self.tmp, "m")
        r = check(s, m, column_order=True, schema_dialect="sqlite")
        self.assertIn("SD0208", [f.code for f in r.findings])
        self.assertIn("SD0209", [f.code for f in r.findings])
        self.same_as_cli(r, "check", "--schema", s, "--migrations", m, "--column-order", "--schema-dialect", "sqlite")
        r = check(s, m, schema_dialect="sqlite")
        self.assertNotIn("SD0208", [f.code for f in r.findings])
        with Catalog("sqlite") as sc:
            sc.apply_file(s)
            self.assertEqual(check(sc, m, column_order=True).findings,
                             check(s, m, column_order=True, schema_dialect="sqlite").findings)

    def test_sqlite_dialect(self) -> None:
        self.tree({"m/1_a.sql": "CREATE TABLE a (x INTEGER PRIMARY KEY);\n", "schema.sql": "CREATE TABLE a (x TEXT);\n"})
        s, m = os.path.join(self.tmp, "schema.sql"), os.path.join(self.tmp, "m")
        r = check(s, m, dialect="sqlite")
        self.assertEqual([f.path for f in r.findings][:1], ["main.a"])
        self.same_as_cli(r, "check", "--schema", s, "--migrations", m, "--dialect", "sqlite")


@needs_check
class CheckErrorsTest(TempTree):
    def test_missing_source(self) -> None:
        with self.assertRaises(SourceError):
            check(SCHEMA, os.path.join(self.tmp, "nope"))
        with self.assertRaises(SourceError) as cm:
            check(os.path.join(self.tmp, "nope.sql"), MIGS)
        self.assertEqual(cm.exception.file, os.path.join(self.tmp, "nope.sql"))

    def test_unclear_order(self) -> None:
        self.tree({"m/001_a.sql": "SELECT 1;", "m/001_b.sql": "SELECT 1;"})
        with self.assertRaises(OrderError) as cm:
            check(SCHEMA, os.path.join(self.tmp, "m"))
        self.assertIn("001", str(cm.exception))
        with self.assertRaises(OrderError):
            with Catalog("postgres") as c:
                check(c, os.path.join(self.tmp, "m"))

    def test_encoding(self) -> None:
        bad = self.write("m/001_a.sql", b"CREATE TABLE \xff (x int);")
        with self.assertRaises(EncodingError) as cm:
            check(SCHEMA, os.path.join(self.tmp, "m"))
        self.assertEqual((cm.exception.file, cm.exception.line, cm.exception.col), (bad, 1, 14))
        with Catalog("postgres") as c:
            with self.assertRaises(EncodingError):
                check(c, os.path.join(self.tmp, "m"))

    def test_needs_both_sides(self) -> None:
        with self.assertRaises(schemadrift.MisuseError):
            check([], MIGS)
        with self.assertRaises(schemadrift.MisuseError):
            lint([])

    def test_old_library_is_refused_clearly(self) -> None:
        L = schemadrift._lib.lib()
        with mock.patch.object(L, "version", 0x000200), mock.patch.object(L, "version_string", "0.2.0"):
            with self.assertRaises(UnavailableError) as cm:
                check(SCHEMA, MIGS)
            self.assertIn("0.3.0", str(cm.exception))
            self.assertIn("version 0.2.0", str(cm.exception))
            # the Catalog form needs only 0.2
            with Catalog("postgres") as c:
                c.apply_file(SCHEMA)
                self.assertEqual(len(check(c, MIGS).findings), 8)


@needs_check
class LintTest(unittest.TestCase):
    def test_lint(self) -> None:
        r = lint(MIGS)
        self.assertIs(r.mode, CheckMode.LINT)
        self.assertEqual([(f.code, f.kind, f.migrations_location) for f in r.findings],
                         [("SD0804", "changes-column-type", Location(os.path.join(MIGS, "002_more.sql"), 4, 1))])
        self.assertEqual(r.status(), 0)
        self.assertEqual(r.status("warning"), 2)
        # lint replays no schema: its schema catalog is empty
        self.assertEqual([s["tables"] for s in json.loads(r.schema_json)["schemas"]], [[]])
        self.assertIn("audit_log", r.migrations_json)
        with Catalog("postgres") as m:
            m.apply_migrations(MIGS)
            r2 = lint(m)
        self.assertEqual(r2.findings, r.findings)
        self.assertEqual(r2.status("warning"), 2)

    @needs_cli
    def test_lint_matches_cli(self) -> None:
        rc, out, _ = cli("lint", "--format", "json", "--migrations", MIGS)
        r = lint([MIGS])
        self.assertEqual(r.to_json_bytes(), out)
        self.assertEqual(r.status(), rc)


class DiffTest(TempTree):
    def test_paths_and_catalogs(self) -> None:
        findings = diff(SCHEMA, MIGS)
        self.assertEqual([f.code for f in findings], ["SD0101", "SD0102", "SD0501", "SD0401", "SD0203", "SD0201", "SD0204"])
        with Catalog("postgres") as a, Catalog("postgres") as b:
            a.apply_file(SCHEMA)
            b.apply_migrations(MIGS)
            self.assertEqual(diff(a, b), findings)
            self.assertEqual(diff(a, MIGS), findings)
            self.assertEqual(diff(b, b), [])
        # the other way round: what is missing on one side is missing on the other
        back = diff(MIGS, SCHEMA)
        self.assertIn(("SD0102", "public.audit_log"), [(f.code, f.path) for f in back])

    def test_column_order(self) -> None:
        with Catalog("postgres") as a, Catalog("postgres") as b:
            a.apply_sql("CREATE TABLE t (x int, y int);")
            b.apply_sql("CREATE TABLE t (y int, x int);")
            self.assertEqual(diff(a, b), [])
            self.assertEqual([f.code for f in diff(a, b, column_order=True)], ["SD0208"])

    def test_replay_problems_raise_unless_check_false(self) -> None:
        self.tree({"m/1_a.sql": "CREATE TABLE a (x int);\nCREATE TABLE a (x int);\n", "s.sql": "CREATE TABLE a (x int);"})
        m, s = os.path.join(self.tmp, "m"), os.path.join(self.tmp, "s.sql")
        with self.assertRaises(EngineError):
            diff(s, m)
        self.assertEqual(diff(s, m, check=False), [])
        # a migration written as code: check=True refuses, check=False skips it
        self.tree({"c/1_a.sql": "CREATE TABLE a (x int);\n", "c/2_b.go": "package m\n"})
        c = os.path.join(self.tmp, "c")
        with self.assertRaises(UnmodelledError) as cm:
            diff(s, c)
        self.assertEqual(cm.exception.file, os.path.join(c, "2_b.go"))
        self.assertEqual(diff(s, c, check=False), [])

    def test_dialect_from_catalog(self) -> None:
        self.write("s.sql", "CREATE TABLE a (x INTEGER PRIMARY KEY);")
        with Catalog("sqlite") as c:
            c.apply_sql("CREATE TABLE a (x INTEGER PRIMARY KEY);")
            self.assertEqual(diff(os.path.join(self.tmp, "s.sql"), c), [])


if __name__ == "__main__":
    unittest.main()
