"""The ORM door: turn SQLAlchemy MetaData into a Catalog by compiling each
table's CREATE TABLE and CREATE INDEX DDL for the PostgreSQL or SQLite
dialect and replaying it. SQLAlchemy is imported only when this module is
used; it is not a dependency of the package.

    from schemadrift.sqlalchemy import catalog_from_metadata
    from schemadrift import check
    result = check(schema=catalog_from_metadata(Base.metadata), migrations="migrations/")
"""
from __future__ import annotations

from typing import Any, List, Union

from .catalog import Catalog
from .enums import Dialect, parse_dialect

FILENAME = "<sqlalchemy>"


def _sa_dialect(d: int) -> Any:
    if d == Dialect.POSTGRES:
        from sqlalchemy.dialects import postgresql

        return postgresql.dialect()
    if d == Dialect.SQLITE:
        from sqlalchemy.dialects import sqlite

        return sqlite.dialect()
    raise ValueError("no SQLAlchemy dialect for %r" % d)


def ddl_from_metadata(metadata: Any, dialect: Union[str, int] = "postgres") -> str:
    """The DDL SQLAlchemy's create_all would emit for `metadata`, without a
    database: tables in ``metadata.sorted_tables`` order, each one's CREATE
    TABLE then its CREATE INDEX statements (by index name); where the
    dialect supports ALTER, the foreign keys create_all keeps out of CREATE
    TABLE (use_alter=True, or dependency cycles) follow as ALTER TABLE ...
    ADD CONSTRAINT. Each statement ends with ";" and a blank line."""
    from sqlalchemy.schema import AddConstraint, CreateIndex, CreateTable, sort_tables_and_constraints

    sa = _sa_dialect(parse_dialect(dialect))
    out: List[str] = []
    for table, fkcs in sort_tables_and_constraints(metadata.sorted_tables):
        if table is not None:
            ddl = CreateTable(table, include_foreign_key_constraints=fkcs if sa.supports_alter else None)
            out.append(str(ddl.compile(dialect=sa)).strip())
            for index in sorted(table.indexes, key=lambda i: i.name or ""):
                out.append(str(CreateIndex(index).compile(dialect=sa)).strip())
        elif sa.supports_alter:
            for fk in fkcs:
                # AddConstraint() sets fk._create_rule so that CREATE TABLE
                # leaves the constraint out from then on, for every dialect:
                # restore it so that the caller's metadata is left as it was
                saved = getattr(fk, "_create_rule", None)
                try:
                    out.append(str(AddConstraint(fk).compile(dialect=sa)).strip())
                finally:
                    if hasattr(fk, "_create_rule"):
                        fk._create_rule = saved
    return "".join(s + ";\n\n" for s in out)


def catalog_from_metadata(
    metadata: Any,
    dialect: Union[str, int] = "postgres",
    filename: str = FILENAME,
    check: bool = True,
) -> Catalog:
    """A new Catalog holding `metadata`'s tables, replayed from the DDL of
    ddl_from_metadata() under the name `filename` (so locations read
    "<sqlalchemy>:LINE:COL"). With ``check=True`` a statement the replay
    cannot apply raises (see Catalog.apply_sql) and the catalog is closed.
    The caller owns the catalog (close it, or use it in a ``with`` block)."""
    cat = Catalog(dialect)
    try:
        cat.apply_sql(ddl_from_metadata(metadata, dialect), filename, check=check)
    except BaseException:
        cat.close()
        raise
    return cat
