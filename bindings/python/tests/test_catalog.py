"""Catalog replay and read-back: tables, columns, constraints, indexes,
statements, lookups and serialisation, for both dialects."""
from __future__ import annotations

import json
import os
import unittest

from schemadrift import (
    Catalog,
    ConstraintKind,
    Dialect,
    Location,
    Outcome,
    Risk,
    Status,
)

from .support import SHOP, TempTree, cli, needs_cli

PG_SQL = """CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE,
    karma int4 NOT NULL DEFAULT 0,
    created timestamptz DEFAULT now()
);
CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL CHECK (length(title) > 0)
);
CREATE INDEX posts_title_idx ON posts (lower(title) DESC) WHERE author_id > 0;
INSERT INTO users (email) VALUES ('a@b');
ALTER TABLE posts DROP COLUMN title;
"""


class PostgresCatalogTest(unittest.TestCase):
    def setUp(self) -> None:
        self.cat = Catalog("postgres")
        self.addCleanup(self.cat.close)
        self.assertEqual(self.cat.apply_sql(PG_SQL, "init.sql"), Status.OK)

    def test_dialect(self) -> None:
        self.assertIs(self.cat.dialect, Dialect.POSTGRES)
        with Catalog(Dialect.SQLITE) as c:
            self.assertIs(c.dialect, Dialect.SQLITE)
        with Catalog(1) as c:
            self.assertIs(c.dialect, Dialect.POSTGRES)

    def test_schemas_and_tables(self) -> None:
        self.assertEqual([s.name for s in self.cat.schemas], ["public"])
        self.assertEqual([t.name for t in self.cat.tables], ["posts", "users"])  # name order
        self.assertEqual([t.name for t in self.cat.schemas[0].tables], ["posts", "users"])
        self.assertEqual([t.qualified_name for t in self.cat], ["public.posts", "public.users"])

    def test_columns(self) -> None:
        users = self.cat.table("users")
        assert users is not None
        self.assertEqual(users.schema, "public")
        self.assertEqual([c.name for c in users.columns], ["id", "email", "karma", "created"])
        id_, email, karma, created = users.columns
        self.assertEqual((id_.type, id_.declared_type, id_.not_null), ("bigint", "bigserial", True))
        self.assertEqual(id_.default, "nextval('users_id_seq'::regclass)")
        self.assertEqual((email.type, email.declared_type, email.not_null, email.default),
                         ("character varying(200)", "varchar(200)", True, None))
        self.assertEqual((karma.type, karma.default, karma.not_null), ("integer", "0", True))
        self.assertEqual((created.type, created.default, created.not_null),
                         ("timestamp with time zone", "now()", False))
        self.assertEqual(email.created, Location("init.sql", 3, 5))
        self.assertEqual(users.column("karma"), karma)
        self.assertIsNone(users.column("nope"))

    def test_constraints(self) -> None:
        posts = self.cat.table("posts")
        assert posts is not None
        kinds = {c.name: c for c in posts.constraints}
        self.assertEqual(sorted(kinds), ["posts_author_id_fkey", "posts_pkey"])  # the CHECK went with title
        fk = kinds["posts_author_id_fkey"]
        self.assertIs(fk.kind, ConstraintKind.FOREIGN_KEY)
        self.assertEqual((fk.columns, fk.ref_schema, fk.ref_table, fk.ref_columns),
                         (("author_id",), "public", "users", ("id",)))
        self.assertEqual((fk.on_delete, fk.on_update), ("cascade", "no action"))
        pk = kinds["posts_pkey"]
        self.assertIs(pk.kind, ConstraintKind.PRIMARY_KEY)
        self.assertEqual((pk.columns, pk.expression, pk.ref_table, pk.on_delete), (("id",), None, None, None))
        users = self.cat.table("users")
        assert users is not None
        self.assertIn(("users_email_key", ConstraintKind.UNIQUE, ("email",)),
                      [(c.name, c.kind, c.columns) for c in users.constraints])

    def test_check_constraint_expression(self) -> None:
        with Catalog("postgres") as c:
            c.apply_sql("CREATE TABLE t (n int CONSTRAINT positive CHECK (n > 0));")
            t = c.table("t")
            assert t is not None
            (k,) = t.constraints
            # the library lists no columns for CHECK constraints (the expression has them)
            self.assertEqual((k.name, k.kind, k.columns), ("positive", ConstraintKind.CHECK, ()))
            self.assertIsNotNone(k.expression)
            self.assertIn("n > 0", k.expression or "")

    def test_indexes(self) -> None:
        posts = self.cat.table("posts")
        assert posts is not None
        by_name = {i.name: i for i in posts.indexes}
        self.assertEqual(sorted(by_name), ["posts_pkey"])  # the expression index used title: dropped
        pk = by_name["posts_pkey"]
        self.assertTrue(pk.primary and pk.unique)
        self.assertEqual(pk.method, "btree")
        self.assertEqual([(k.key, k.is_expression, k.descending) for k in pk.keys], [("id", False, False)])
        with Catalog("postgres") as c:
            c.apply_sql("CREATE TABLE t (a int, b text);\nCREATE UNIQUE INDEX t_x ON t USING btree (a DESC, lower(b)) WHERE a > 0;")
            t = c.table("t")
            assert t is not None
            (ix,) = t.indexes
            self.assertEqual((ix.name, ix.unique, ix.primary, ix.method, ix.predicate),
                             ("t_x", True, False, "btree", "a > 0"))
            self.assertEqual([(k.key, k.is_expression, k.descending) for k in ix.keys],
                             [("a", False, True), ("lower(b)", True, False)])
            # no filename given: the library names the text "<input>"
            self.assertEqual(ix.created, Location("<input>", 2, 1))

    def test_table_locations(self) -> None:
        posts = self.cat.table("posts")
        assert posts is not None
        self.assertEqual(posts.created, Location("init.sql", 7, 1))
        self.assertEqual(posts.changed, Location("init.sql", 14, 1))  # the DROP COLUMN

    def test_statements(self) -> None:
        sts = self.cat.statements
        self.assertEqual([s.tag for s in sts],
                         ["CREATE TABLE", "CREATE TABLE", "CREATE INDEX", "INSERT", "ALTER TABLE"])
        self.assertEqual([s.outcome for s in sts],
                         [Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED, Outcome.IGNORED, Outcome.APPLIED])
        self.assertTrue(all(isinstance(s.outcome, Outcome) for s in sts))
        self.assertEqual([(s.file, s.line, s.col) for s in sts][:2], [("init.sql", 1, 1), ("init.sql", 7, 1)])
        self.assertEqual(sts[0].offset, 0)
        self.assertEqual(PG_SQL.encode()[sts[1].offset:sts[1].offset + 12], b"CREATE TABLE")
        self.assertEqual(sts[4].risks, Risk.DROP_COLUMN)
        self.assertIsInstance(sts[4].risks, Risk)
        self.assertEqual(sts[0].risks, Risk.NONE)
        self.assertEqual(sts[0].reason, "")
        self.assertNotEqual(sts[3].reason, "")  # why it was ignored
        # statements accumulate over apply calls
        self.cat.apply_sql("CREATE TABLE again (x int);", "2.sql")
        self.assertEqual(len(self.cat.statements), 6)
        self.assertEqual(self.cat.statements[-1].file, "2.sql")

    def test_noop(self) -> None:
        self.cat.apply_sql("CREATE TABLE IF NOT EXISTS users (id int);")
        self.assertEqual(self.cat.statements[-1].outcome, Outcome.NOOP)

    def test_lookup(self) -> None:
        self.assertIsNone(self.cat.table("USERS"))  # PostgreSQL: stored names, exact bytes
        self.assertIsNone(self.cat.table("users", schema="other"))
        self.assertEqual(self.cat.table("users", schema="public"), self.cat.table("users"))
        self.assertEqual(self.cat.schema("public"), self.cat.schemas[0])
        self.assertIsNone(self.cat.schema("nope"))
        self.cat.apply_sql('CREATE SCHEMA app; CREATE TABLE app."Straße" (x int);')
        t = self.cat.table("Straße", schema="app")
        assert t is not None
        self.assertEqual((t.schema, t.name), ("app", "Straße"))

    def test_snapshots_are_frozen_and_detached(self) -> None:
        users = self.cat.table("users")
        assert users is not None
        with self.assertRaises(Exception):
            users.name = "x"  # type: ignore[misc]
        before = self.cat.tables
        self.cat.apply_sql("DROP TABLE posts;")
        self.assertEqual([t.name for t in self.cat.tables], ["users"])
        self.assertEqual([t.name for t in before], ["posts", "users"])  # the old snapshot is unchanged

    def test_dump_json(self) -> None:
        text = self.cat.dump("json")
        self.assertIsInstance(text, str)
        doc = json.loads(text)
        self.assertIn("format", doc)
        self.assertIn('"users"', text)
        self.assertEqual(self.cat.dump(), text)
        self.assertEqual(self.cat.serialize("json"), text.encode())

    def test_dump_sql_replays_to_the_same_catalog(self) -> None:
        sql = self.cat.dump("sql")
        self.assertIn("CREATE TABLE public.users", sql)
        with Catalog("postgres") as again:
            again.apply_sql(sql, "dump.sql")
            self.assertEqual(
                [(t.name, [(c.name, c.type, c.not_null, c.default) for c in t.columns]) for t in again.tables],
                [(t.name, [(c.name, c.type, c.not_null, c.default) for c in t.columns]) for t in self.cat.tables],
            )

    def test_bad_format_and_dialect(self) -> None:
        with self.assertRaises(ValueError):
            self.cat.dump("yaml")
        with self.assertRaises(ValueError):
            Catalog("oracle")
        from schemadrift import MisuseError

        with self.assertRaises(MisuseError) as cm:
            Catalog(99)
        self.assertEqual(cm.exception.status, Status.MISUSE)
        with self.assertRaises(MisuseError):
            self.cat.dump(7)


class SqliteCatalogTest(unittest.TestCase):
    def test_sqlite(self) -> None:
        with Catalog("sqlite") as c:
            c.apply_sql(
                "CREATE TABLE Item (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x',"
                " parent INTEGER REFERENCES Item(id) ON DELETE SET NULL, UNIQUE (name));\n"
                "CREATE INDEX item_parent ON Item (parent);",
                "s.sql",
            )
            self.assertEqual([s.name for s in c.schemas], ["main"])
            t = c.table("item")  # SQLite: ASCII case-insensitive lookup
            assert t is not None
            self.assertEqual((t.name, t.schema), ("Item", "main"))
            self.assertEqual([(col.name, col.type, col.not_null, col.default) for col in t.columns],
                             [("id", "INTEGER", False, None), ("name", "TEXT", True, "'x'"),
                              ("parent", "INTEGER", False, None)])
            fk = [k for k in t.constraints if k.kind == ConstraintKind.FOREIGN_KEY][0]
            self.assertIsNone(fk.name)  # unnamed SQLite constraint
            self.assertEqual((fk.ref_table, fk.ref_columns, fk.on_delete), ("Item", ("id",), "set null"))
            self.assertEqual(sorted(i.name for i in t.indexes), ["item_parent", "sqlite_autoindex_Item_1"])
            self.assertTrue(c.dump("sql").startswith("-- Generated by schemadrift"))


class ApplyFileTest(TempTree):
    def test_apply_file_named_as_given(self) -> None:
        path = self.write("m/001.sql", "CREATE TABLE a (x int);\n")
        with Catalog("postgres") as c:
            self.assertEqual(c.apply_file(path), Status.OK)
            self.assertEqual(c.statements[0].file, path)
            self.assertEqual(c.table("a").created, Location(path, 1, 1))  # type: ignore[union-attr]

    def test_apply_file_pathlike_and_bytes(self) -> None:
        import pathlib

        path = self.write("x.sql", "CREATE TABLE a (x int);")
        with Catalog("postgres") as c:
            c.apply_file(pathlib.Path(path))
            c.apply_sql(b"CREATE TABLE b (y int);", pathlib.Path("b.sql"))
            self.assertEqual([t.name for t in c.tables], ["a", "b"])
            self.assertEqual(c.statements[1].file, "b.sql")

    def test_apply_migrations_in_order(self) -> None:
        d = os.path.join(self.tmp, "mig")
        self.tree({"mig/10_b.sql": "ALTER TABLE a ADD COLUMN b int;", "mig/9_a.sql": "CREATE TABLE a (x int);"})
        with Catalog("postgres") as c:
            self.assertEqual(c.apply_migrations(d), Status.OK)
            self.assertEqual([col.name for col in c.table("a").columns], ["x", "b"])  # type: ignore[union-attr]


@needs_cli
class MatchesCliTest(unittest.TestCase):
    def test_dump_json_matches_cli(self) -> None:
        files = sorted(os.path.join(SHOP, "migrations", f) for f in os.listdir(os.path.join(SHOP, "migrations")))
        rc, out, _ = cli("dump", "--dialect", "postgres", "--format", "json", *files)
        self.assertEqual(rc, 0)
        with Catalog("postgres") as c:
            for f in files:
                c.apply_file(f)
            self.assertEqual(c.serialize("json"), out)
        rc, out, _ = cli("dump", "--dialect", "postgres", "--format", "sql", *files)
        with Catalog("postgres") as c:
            for f in files:
                c.apply_file(f)
            self.assertEqual(c.dump("sql").encode(), out)


if __name__ == "__main__":
    unittest.main()
