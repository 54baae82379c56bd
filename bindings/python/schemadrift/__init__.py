"""Python binding of libschemadrift (pure ctypes): replay PostgreSQL or
SQLite DDL into an in-memory catalog, inspect it, and check a declared
schema against its migrations.

    from schemadrift import Catalog, check
    with Catalog("postgres") as cat:
        cat.apply_sql("CREATE TABLE t (id int PRIMARY KEY);", "init.sql")
        print(cat.table("t").columns)
    result = check(schema="schema.sql", migrations="migrations/")

The library is found through $SCHEMADRIFT_LIBRARY, then this source tree's
build/lib/libschemadrift.so.0, then the installed libschemadrift.so.0.
This file only re-exports the public API.
"""
from __future__ import annotations

from .catalog import Catalog, status_str
from .drift import CheckResult, check, diff, lint, lint_catalog
from .enums import (
    CheckMode,
    ConstraintKind,
    Dialect,
    Format,
    LocationKind,
    OrderRule,
    Outcome,
    ProblemKind,
    Risk,
    Severity,
    Side,
    Status,
)
from .errors import (
    ClosedError,
    EncodingError,
    EngineError,
    MisuseError,
    OrderError,
    OutOfMemoryError,
    ParseError,
    ReplayErrors,
    SchemaDriftError,
    SourceError,
    UnavailableError,
    UnmodelledError,
)
from ._lib import LibraryNotFound
from .migrations import ListFile, Migrations, order
from .model import (
    Column,
    Constraint,
    Finding,
    Index,
    IndexKey,
    Location,
    Migration,
    Problem,
    Schema,
    Statement,
    Table,
)

__version__ = "0.3.0"


def library_version() -> str:
    """The loaded C library's version, "M.m.p" (loads the library)."""
    from . import _lib

    return _lib.lib().version_string


def library_path() -> str:
    """Where the loaded C library came from (loads the library)."""
    from . import _lib

    return _lib.lib().path


__all__ = [
    "Catalog", "CheckMode", "CheckResult", "ClosedError", "Column", "Constraint", "ConstraintKind",
    "Dialect", "EncodingError", "EngineError", "Finding", "Format", "Index", "IndexKey",
    "LibraryNotFound", "ListFile", "Location", "LocationKind", "Migration", "Migrations",
    "MisuseError", "OrderError", "OrderRule", "OutOfMemoryError", "Outcome", "ParseError",
    "Problem", "ProblemKind", "ReplayErrors", "Risk", "Schema", "SchemaDriftError", "Severity",
    "Side", "SourceError", "Statement", "Status", "Table", "UnavailableError", "UnmodelledError",
    "check", "diff", "library_path", "library_version", "lint", "lint_catalog", "order",
    "status_str",
]
