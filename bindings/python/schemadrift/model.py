"""Read-only value objects: frozen dataclasses holding copies of what the C
library reported (catalog objects, statement outcomes, findings, replay
problems, migration order). None of them holds a C pointer, so they stay
valid after the catalog that produced them is modified or closed."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple, Union

from .enums import ConstraintKind, OrderRule, Outcome, ProblemKind, Risk, Severity


@dataclass(frozen=True)
class Location:
    """A place in a source file: file name, 1-based line and character column
    (line/col 0 when the place is the whole file)."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return "%s:%d:%d" % (self.file, self.line, self.col) if self.line else self.file


@dataclass(frozen=True)
class Statement:
    """One replayed statement and what the replay did with it."""

    outcome: Union[Outcome, int]
    tag: str  # e.g. "CREATE TABLE"
    reason: str  # "" for plainly applied statements
    file: Optional[str]
    line: int
    col: int
    offset: int  # byte offset within its text
    length: int  # byte length
    risks: Risk  # Risk.NONE for statements that were not applied

    @property
    def location(self) -> Optional[Location]:
        return Location(self.file, self.line, self.col) if self.file is not None else None


@dataclass(frozen=True)
class Column:
    """A table column. `type` is the engine's text (PostgreSQL format_type,
    SQLite declared type); `declared_type` is as written; `default` is the
    engine's text or None."""

    name: str
    type: str
    declared_type: str
    not_null: bool
    default: Optional[str]
    created: Optional[Location] = None
    changed: Optional[Location] = None


@dataclass(frozen=True)
class Constraint:
    """A table constraint. `name` is None for unnamed SQLite constraints;
    `expression` only for CHECK; ref_* and on_delete/on_update only for
    foreign keys (actions as words: "no action", "cascade" ...)."""

    name: Optional[str]
    kind: Union[ConstraintKind, int]
    columns: Tuple[str, ...]
    expression: Optional[str] = None
    ref_schema: Optional[str] = None
    ref_table: Optional[str] = None
    ref_columns: Tuple[str, ...] = ()
    on_delete: Optional[str] = None
    on_update: Optional[str] = None
    created: Optional[Location] = None
    changed: Optional[Location] = None


@dataclass(frozen=True)
class IndexKey:
    """One key of an index: a column name, or expression text."""

    key: str
    is_expression: bool
    descending: bool


@dataclass(frozen=True)
class Index:
    """An index (including those backing constraints)."""

    name: str
    unique: bool
    primary: bool
    method: str  # "btree", "gin" ...
    keys: Tuple[IndexKey, ...]
    predicate: Optional[str]  # partial-index WHERE, or None
    created: Optional[Location] = None
    changed: Optional[Location] = None


@dataclass(frozen=True)
class Table:
    """A table with its columns (table order), constraints and indexes (name
    order); `schema` is the schema's name."""

    name: str
    schema: str
    columns: Tuple[Column, ...]
    constraints: Tuple[Constraint, ...]
    indexes: Tuple[Index, ...]
    created: Optional[Location] = None
    changed: Optional[Location] = None

    def column(self, name: str) -> Optional[Column]:
        """The column named `name` (exact), or None."""
        for c in self.columns:
            if c.name == name:
                return c
        return None

    @property
    def qualified_name(self) -> str:
        return "%s.%s" % (self.schema, self.name)


@dataclass(frozen=True)
class Schema:
    """A schema (namespace) and its tables in name order."""

    name: str
    tables: Tuple[Table, ...]


@dataclass(frozen=True)
class Finding:
    """One drift or lint finding (codes: docs/findings.md). `expected` is the
    schema side's value, `actual` the migrations side's (None where the object
    is missing); `fix` is DDL for the schema file, or None."""

    code: str
    severity: Union[Severity, int]
    kind: str
    path: str
    message: str
    expected: Optional[str]
    actual: Optional[str]
    fix: Optional[str]
    schema_location: Optional[Location]
    migrations_location: Optional[Location]


@dataclass(frozen=True)
class Problem:
    """Something the replay met during a check: a statement the engine would
    reject, or one that failed closed (also a migration written as code,
    with line and col 0)."""

    kind: Union[ProblemKind, int]
    file: Optional[str]
    line: int
    col: int
    message: str


@dataclass(frozen=True)
class Migration:
    """A migration in applied order: its path, the rule that placed it and
    whether it is code (its effect on the schema cannot be replayed)."""

    path: str
    rule: Union[OrderRule, int]
    rule_text: str
    is_code: bool
