"""The ORM door: SQLAlchemy MetaData -> Catalog, and check() of that catalog
against a migrations directory. Skipped when SQLAlchemy is not installed
(Debian's python3-sqlalchemy lives with /usr/bin/python3)."""
from __future__ import annotations

import os
import unittest

from schemadrift import ConstraintKind, Location, Severity, check

from .support import TempTree, needs_check

try:
    import sqlalchemy as sa
except ImportError:  # pragma: no cover - depends on the interpreter
    sa = None


def make_metadata():  # type: ignore[no-untyped-def]
    md = sa.MetaData()
    sa.Table(
        "users", md,
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("email", sa.String(200), nullable=False, unique=True),
        sa.Column("karma", sa.Integer, nullable=False, server_default=sa.text("0")),
    )
    sa.Table(
        "posts", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("author_id", sa.BigInteger, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Index("posts_author_idx", "author_id"),
    )
    return md


@unittest.skipIf(sa is None, "SQLAlchemy is not installed for this interpreter")
class SqlalchemyDoorTest(TempTree):
    def test_postgres_catalog(self) -> None:
        from schemadrift.sqlalchemy import catalog_from_metadata

        with catalog_from_metadata(make_metadata()) as cat:
            self.assertEqual([t.name for t in cat.tables], ["posts", "users"])
            users = cat.table("users")
            posts = cat.table("posts")
            assert users is not None and posts is not None
            self.assertEqual([(c.name, c.type, c.not_null, c.default) for c in users.columns],
                             [("id", "bigint", True, "nextval('users_id_seq'::regclass)"),
                              ("email", "character varying(200)", True, None),
                              ("karma", "integer", True, "0")])
            self.assertEqual([(c.name, c.type) for c in posts.columns],
                             [("id", "integer"), ("author_id", "bigint"), ("title", "text")])
            fk = [k for k in posts.constraints if k.kind == ConstraintKind.FOREIGN_KEY]
            self.assertEqual([(k.name, k.columns, k.ref_table, k.ref_columns, k.on_delete) for k in fk],
                             [("posts_author_id_fkey", ("author_id",), "users", ("id",), "cascade")])
            ix = {i.name: i for i in posts.indexes}
            self.assertEqual(sorted(ix), ["posts_author_idx", "posts_pkey"])
            self.assertEqual([k.key for k in ix["posts_author_idx"].keys], ["author_id"])
            self.assertEqual(users.created, Location("<sqlalchemy>", 1, 1))  # users first: posts needs it
            self.assertIn("users_email_key", [k.name for k in users.constraints])

    def test_sqlite_catalog(self) -> None:
        from schemadrift.sqlalchemy import catalog_from_metadata

        with catalog_from_metadata(make_metadata(), dialect="sqlite") as cat:
            self.assertEqual(str(cat.dialect), "sqlite")
            users = cat.table("users")
            assert users is not None
            self.assertEqual([(c.name, c.type, c.default) for c in users.columns],
                             [("id", "BIGINT", None), ("email", "VARCHAR(200)", None), ("karma", "INTEGER", "0")])

    def test_use_alter_cycle_and_metadata_left_alone(self) -> None:
        from schemadrift.sqlalchemy import catalog_from_metadata, ddl_from_metadata

        md = sa.MetaData()
        sa.Table("a", md, sa.Column("id", sa.Integer, primary_key=True),
                 sa.Column("b_id", sa.Integer, sa.ForeignKey("b.id", use_alter=True, name="a_b_fk")))
        sa.Table("b", md, sa.Column("id", sa.Integer, primary_key=True),
                 sa.Column("a_id", sa.Integer, sa.ForeignKey("a.id")))
        pg = ddl_from_metadata(md, "postgres")
        self.assertIn("ALTER TABLE a ADD CONSTRAINT a_b_fk", pg)
        # compiling for PostgreSQL must not drop the key from a later SQLite CREATE TABLE
        self.assertIn("CONSTRAINT a_b_fk FOREIGN KEY", ddl_from_metadata(md, "sqlite"))
        with catalog_from_metadata(md) as cat:
            a = cat.table("a")
            assert a is not None
            self.assertEqual([k.name for k in a.constraints if k.kind == ConstraintKind.FOREIGN_KEY], ["a_b_fk"])

    @needs_check
    def test_check_metadata_against_migrations(self) -> None:
        from schemadrift.sqlalchemy import catalog_from_metadata

        self.tree({
            "migrations/001_users.sql":
                "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(200) NOT NULL UNIQUE,"
                " karma integer NOT NULL DEFAULT 0);\n",
            "migrations/002_posts.sql":
                "CREATE TABLE posts (id serial PRIMARY KEY,"
                " author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE, title text NOT NULL);\n"
                "CREATE INDEX posts_author_idx ON posts (author_id);\n",
        })
        migs = os.path.join(self.tmp, "migrations")
        with catalog_from_metadata(make_metadata()) as cat:
            r = check(schema=cat, migrations=[migs])
            self.assertEqual(r.findings, ())
            self.assertEqual(r.status(fail_on="info"), 0)
            # now the migrations drift from the models
            self.write("migrations/003_more.sql", "ALTER TABLE posts ADD COLUMN body text;\n"
                                                   "ALTER TABLE users ALTER COLUMN karma DROP NOT NULL;\n")
            r = check(schema=cat, migrations=[migs])
        self.assertEqual([(f.code, f.path, f.severity) for f in r.findings],
                         [("SD0201", "public.posts.body", Severity.ERROR),
                          ("SD0204", "public.users.karma", Severity.ERROR)])
        self.assertEqual(r.findings[0].schema_location, Location("<sqlalchemy>", 9, 1))  # CREATE TABLE posts
        self.assertEqual(r.findings[0].migrations_location, Location(os.path.join(migs, "003_more.sql"), 1, 30))  # the column name
        self.assertEqual(r.findings[0].fix, "ALTER TABLE posts ADD COLUMN body text;")
        self.assertEqual(r.status(), 2)


if __name__ == "__main__":
    unittest.main()
