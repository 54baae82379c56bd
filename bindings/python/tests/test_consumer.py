"""consumer.py speaks the cross-consumer protocol: its stdout is byte for
byte the CLI's (dump --format json, check/lint --format json) and its exit
status is the CLI's."""
from __future__ import annotations

import os
import subprocess
import sys
import unittest

from .support import CONSUMER, DRIFT, REPO, SHOP, TempTree, cli, needs_check, needs_cli


def consumer(*args: str, cwd: str = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, CONSUMER] + list(args), cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@needs_cli
class ConsumerCatalogTest(TempTree):
    def test_catalog_matches_dump(self) -> None:
        files = ["examples/shop/migrations/001_init.sql", "examples/shop/migrations/002_orders.sql",
                 "examples/shop/migrations/003_search.sql"]
        p = consumer("catalog", "postgres", *files)
        rc, out, _ = cli("dump", "--dialect", "postgres", "--format", "json", *files)
        self.assertEqual((p.returncode, rc), (0, 0), p.stderr)
        self.assertEqual(p.stdout, out)
        self.assertFalse(p.stdout.endswith(b"\n\n"))

    def test_catalog_ignores_replay_errors(self) -> None:
        bad = self.write("bad.sql", "CREATE TABLE t (a int);\nCREATE TABLE t (b int);\nDO $$ BEGIN END $$;\n")
        enc = self.write("enc.sql", b"CREATE TABLE \xff (a int);")
        p = consumer("catalog", "postgres", bad, enc)
        _, out, _ = cli("dump", "--dialect", "postgres", "--format", "json", bad, enc)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, out)

    def test_catalog_unreadable_file(self) -> None:
        p = consumer("catalog", "sqlite", os.path.join(self.tmp, "missing.sql"))
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, b"")
        self.assertIn(b"missing.sql", p.stderr)


@needs_cli
@needs_check
class ConsumerCheckTest(TempTree):
    def same(self, *args: str) -> None:
        p = consumer("check", *args)
        cmd = list(args) if args and args[0] == "lint" else ["check"] + list(args)
        rc, out, err = cli(*(cmd + ["--format", "json"]))
        self.assertEqual(p.stdout.decode(), out.decode(), p.stderr.decode() + err.decode())
        self.assertEqual(p.returncode, rc)

    def test_drift_example(self) -> None:
        self.same("--schema", "examples/drift/schema.sql", "--migrations", "examples/drift/migrations")
        self.same("--schema", os.path.join(DRIFT, "schema.sql"), "--migrations", os.path.join(DRIFT, "migrations"),
                  "--table", "tickets", "--exclude", "*.users", "--column-order")
        self.same("--schema", os.path.join(SHOP, "schema.sql"), "--migrations", os.path.join(SHOP, "migrations"))
        self.same("lint", "--migrations", "examples/drift/migrations")

    def test_ignored_options(self) -> None:
        p = consumer("check", "--format", "sarif", "--fail-on", "info", "--schema", "examples/drift/schema.sql",
                     "--migrations", "examples/drift/migrations")
        rc, out, _ = cli("check", "--format", "json", "--schema", "examples/drift/schema.sql",
                         "--migrations", "examples/drift/migrations")
        self.assertEqual((p.stdout, p.returncode), (out, rc))

    def test_lists_dialects_problems(self) -> None:
        self.tree({
            "m/a.sql": "CREATE TABLE a (x int);\n",
            "m/b.sql": "CREATE TABLE a (x int);\nALTER TABLE a DROP COLUMN x;\n",
            "m/list.txt": "b.sql\n",
            "s.sql": "CREATE TABLE a (x INTEGER);\n",
        })
        j = lambda *p: os.path.join(self.tmp, *p)  # noqa: E731
        self.same("--schema", j("s.sql"), "--migrations", j("m", "a.sql"), "--list", j("m", "list.txt"),
                  "--schema-dialect", "sqlite", "--dialect", "postgres")
        self.same("lint", "--list", j("m", "list.txt"), "--migrations", j("m", "a.sql"))
        self.same("--schema", j("s.sql"), "--migrations", j("m", "a.sql"), "--dialect", "sqlite")

    def test_failure_exits_1(self) -> None:
        p = consumer("check", "--schema", "examples/drift/schema.sql", "--migrations", "/nonexistent/dir")
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, b"")
        self.assertNotEqual(p.stderr, b"")
        p = consumer("check", "--schema", "examples/drift/schema.sql")
        self.assertEqual((p.returncode, p.stdout), (1, b""))
        p = consumer("check", "--bogus")
        self.assertEqual((p.returncode, p.stdout), (1, b""))


if __name__ == "__main__":
    unittest.main()
