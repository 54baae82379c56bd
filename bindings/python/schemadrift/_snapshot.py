"""Copies C objects into the frozen dataclasses of model.py. Every function
here reads borrowed pointers and returns plain Python values only; callers
must hold the owning handle (and its lock) alive for the duration of the
call, and no pointer outlives it."""
from __future__ import annotations

from typing import Any, List, Optional, Tuple

from . import _lib
from ._lib import path_text, text, text0
from .enums import ConstraintKind, LocationKind, Outcome, Risk, Severity, Side, known
from .model import (
    Column,
    Constraint,
    Finding,
    Index,
    IndexKey,
    Location,
    Schema,
    Statement,
    Table,
)


def _loc(getter: Any, obj: Any, which: int) -> Optional[Location]:
    f, line, col = _lib.location(getter, obj, which)
    return Location(f, line, col) if f is not None else None


def _locs(getter: Any, obj: Any) -> Tuple[Optional[Location], Optional[Location]]:
    return _loc(getter, obj, LocationKind.CREATED), _loc(getter, obj, LocationKind.CHANGED)


def statement(st: Any) -> Statement:
    L = _lib.lib()
    return Statement(
        outcome=known(Outcome, L.sd_statement_outcome(st)),
        tag=text0(L.sd_statement_tag(st)),
        reason=text0(L.sd_statement_reason(st)),
        file=path_text(L.sd_statement_file(st)),
        line=L.sd_statement_line(st),
        col=L.sd_statement_col(st),
        offset=L.sd_statement_offset(st),
        length=L.sd_statement_length(st),
        risks=Risk(L.sd_statement_risks(st)),
    )


def statements(cat: Any, start: int = 0) -> List[Statement]:
    L = _lib.lib()
    out = []
    for i in range(start, L.sd_catalog_statement_count(cat)):
        st = L.sd_catalog_statement_at(cat, i)
        if st:
            out.append(statement(st))
    return out


def column(c: Any) -> Column:
    L = _lib.lib()
    created, changed = _locs(L.sd_column_location, c)
    return Column(
        name=text0(L.sd_column_name(c)),
        type=text0(L.sd_column_type(c)),
        declared_type=text0(L.sd_column_declared_type(c)),
        not_null=bool(L.sd_column_not_null(c)),
        default=text(L.sd_column_default(c)),
        created=created,
        changed=changed,
    )


def constraint(k: Any) -> Constraint:
    L = _lib.lib()
    created, changed = _locs(L.sd_constraint_location, k)
    return Constraint(
        name=text(L.sd_constraint_name(k)),
        kind=known(ConstraintKind, L.sd_constraint_kind(k)),
        columns=tuple(text0(L.sd_constraint_column_at(k, i)) for i in range(L.sd_constraint_column_count(k))),
        expression=text(L.sd_constraint_expression(k)),
        ref_schema=text(L.sd_constraint_ref_schema(k)),
        ref_table=text(L.sd_constraint_ref_table(k)),
        ref_columns=tuple(
            text0(L.sd_constraint_ref_column_at(k, i)) for i in range(L.sd_constraint_ref_column_count(k))
        ),
        on_delete=text(L.sd_constraint_on_delete(k)),
        on_update=text(L.sd_constraint_on_update(k)),
        created=created,
        changed=changed,
    )


def index(x: Any) -> Index:
    L = _lib.lib()
    created, changed = _locs(L.sd_index_location, x)
    keys = tuple(
        IndexKey(
            key=text0(L.sd_index_key_at(x, i)),
            is_expression=bool(L.sd_index_key_is_expression(x, i)),
            descending=bool(L.sd_index_key_is_descending(x, i)),
        )
        for i in range(L.sd_index_key_count(x))
    )
    return Index(
        name=text0(L.sd_index_name(x)),
        unique=bool(L.sd_index_is_unique(x)),
        primary=bool(L.sd_index_is_primary(x)),
        method=text0(L.sd_index_method(x)),
        keys=keys,
        predicate=text(L.sd_index_predicate(x)),
        created=created,
        changed=changed,
    )


def table(t: Any) -> Table:
    L = _lib.lib()
    created, changed = _locs(L.sd_table_location, t)
    sch = L.sd_table_schema(t)
    return Table(
        name=text0(L.sd_table_name(t)),
        schema=text0(L.sd_schema_name(sch)) if sch else "",
        columns=tuple(column(L.sd_table_column_at(t, i)) for i in range(L.sd_table_column_count(t))),
        constraints=tuple(
            constraint(L.sd_table_constraint_at(t, i)) for i in range(L.sd_table_constraint_count(t))
        ),
        indexes=tuple(index(L.sd_table_index_at(t, i)) for i in range(L.sd_table_index_count(t))),
        created=created,
        changed=changed,
    )


def schema(s: Any) -> Schema:
    L = _lib.lib()
    return Schema(
        name=text0(L.sd_schema_name(s)),
        tables=tuple(table(L.sd_schema_table_at(s, i)) for i in range(L.sd_schema_table_count(s))),
    )


def schemas(cat: Any) -> Tuple[Schema, ...]:
    L = _lib.lib()
    return tuple(schema(L.sd_catalog_schema_at(cat, i)) for i in range(L.sd_catalog_schema_count(cat)))


def finding(f: Any) -> Finding:
    L = _lib.lib()
    return Finding(
        code=text0(L.sd_finding_code(f)),
        severity=known(Severity, L.sd_finding_severity(f)),
        kind=text0(L.sd_finding_kind(f)),
        path=text0(L.sd_finding_path(f)),
        message=text0(L.sd_finding_message(f)),
        expected=text(L.sd_finding_expected(f)),
        actual=text(L.sd_finding_actual(f)),
        fix=text(L.sd_finding_fix(f)),
        schema_location=_loc(L.sd_finding_location, f, Side.SCHEMA),
        migrations_location=_loc(L.sd_finding_location, f, Side.MIGRATIONS),
    )


def diff_findings(d: Any) -> List[Finding]:
    """Every finding of an sd_diff (which borrows its location file names
    from the catalogs it compared: keep those alive while this runs)."""
    L = _lib.lib()
    return [finding(L.sd_diff_at(d, i)) for i in range(L.sd_diff_count(d))]
