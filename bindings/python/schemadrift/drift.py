"""Drift and lint: check() and lint() over the whole-check API (sd_check_*,
libschemadrift >= 0.3), diff() over sd_diff_catalogs, and CheckResult.

check() with a ready Catalog on either side (e.g. one built from SQLAlchemy
metadata) cannot go through sd_check, which only takes file paths; that path
is done here with sd_diff_catalogs + sd_lint_catalog, following the same
rules as lib/check.c, and its CheckResult has no C-made JSON report
(to_json() raises UnavailableError; the findings, problems, status and
catalog dumps are all there)."""
from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, List, Optional, Sequence, Tuple, Union

from . import _lib, _snapshot
from ._lib import CheckP, DiffP, path_arg, path_text, text0
from .catalog import Catalog, _as_list, serialize_catalog, status_str
from .enums import (
    DIFF_COLUMN_ORDER,
    REPORT_JSON,
    CheckMode,
    Format,
    Outcome,
    ProblemKind,
    Severity,
    Status,
    known,
    parse_dialect,
    parse_severity,
)
from .errors import UnavailableError, make_error
from .migrations import ListFile, Migrations
from .model import Finding, Problem

Source = Union[str, bytes, "os.PathLike[str]", ListFile]


@dataclass(frozen=True)
class CheckResult:
    """The result of check() or lint(), copied out of the C check.

    ``findings``: drift findings in scope (sorted by path, then code), then
    the migrations' risky statements in statement order. ``problems``: what
    the replay met (engine errors, failed-closed statements, code
    migrations), in replay order. ``failed_closed``: the check cannot vouch
    for the result. ``schema_json`` / ``migrations_json``: the two replayed
    catalogs as Catalog.dump("json") text (the schema one is empty for lint).
    """

    mode: CheckMode
    findings: Tuple[Finding, ...]
    problems: Tuple[Problem, ...]
    failed_closed: bool
    errors: int
    warnings: int
    infos: int
    schema_json: str
    migrations_json: str
    _statuses: Tuple[int, int, int] = field(repr=False)
    _report: Optional[bytes] = field(repr=False)

    def status(self, fail_on: Union[str, int] = "error") -> int:
        """The CLI's exit status (sd_check_status): 0 clean, 2 findings at or
        above `fail_on` ("error", "warning", "info") or an engine error, 3
        failed closed."""
        return self._statuses[parse_severity(fail_on) - 1]

    def count(self, severity: Union[str, int]) -> int:
        """The number of findings of one severity."""
        return (self.errors, self.warnings, self.infos)[parse_severity(severity) - 1]

    @property
    def report_available(self) -> bool:
        """Whether to_json() has the C library's report (False when a side
        was given as a Catalog)."""
        return self._report is not None

    def to_json_bytes(self) -> bytes:
        """The JSON report (sd_check_serialize, SD_REPORT_JSON) exactly as
        the C library produced it."""
        if self._report is None:
            raise UnavailableError(
                "no JSON report: a side of this check was given as a Catalog, which sd_check cannot "
                "take, so the findings come from sd_diff_catalogs/sd_lint_catalog and the C library "
                "made no report"
            )
        return self._report

    def to_json(self) -> str:
        """to_json_bytes() decoded (UTF-8)."""
        return self.to_json_bytes().decode("utf-8", "surrogateescape")


# ---- the C check ----------------------------------------------------------


def _check_error(L: Any, chk: Any, rc: int) -> Exception:
    msg = text0(L.sd_check_errmsg(chk)) or status_str(rc)
    return make_error(
        rc, msg, path_text(L.sd_check_error_file(chk)), L.sd_check_error_line(chk), L.sd_check_error_col(chk)
    )


def _glob_arg(g: str) -> bytes:
    b = g.encode("utf-8", "surrogateescape")
    if b"\0" in b:
        raise ValueError("glob contains a NUL byte: %r" % (g,))
    return b


def _run_c_check(
    mode: int,
    dialect: int,
    schema_dialect: Optional[int],
    schemas: Sequence[Any],
    sources: Sequence[Any],
    tables: Iterable[str],
    exclude: Iterable[str],
    column_order: bool,
) -> CheckResult:
    L = _lib.lib()
    L.require_check()
    chk = CheckP()
    rc = L.sd_check_new(mode, dialect, ctypes.byref(chk))
    if rc != Status.OK:
        raise make_error(rc, "cannot create a check: %s" % status_str(rc))
    try:

        def call(fn: Any, *args: Any) -> None:
            r = fn(chk, *args)
            if r != Status.OK:
                raise _check_error(L, chk, r)

        if schema_dialect:
            call(L.sd_check_set_schema_dialect, schema_dialect)
        if column_order:
            call(L.sd_check_set_flags, DIFF_COLUMN_ORDER)
        for p in schemas:
            call(L.sd_check_add_schema, path_arg(p))
        for s in sources:
            if isinstance(s, ListFile):
                call(L.sd_check_add_migration_list, path_arg(s.path))
            else:
                call(L.sd_check_add_migrations, path_arg(s))
        for g in tables:
            call(L.sd_check_add_table, _glob_arg(g))
        for g in exclude:
            call(L.sd_check_add_exclude, _glob_arg(g))
        call(L.sd_check_run)

        findings = tuple(_snapshot.finding(L.sd_check_finding_at(chk, i)) for i in range(L.sd_check_finding_count(chk)))
        problems = []
        for i in range(L.sd_check_problem_count(chk)):
            kind = ctypes.c_int(0)
            f = ctypes.c_char_p()
            line = ctypes.c_uint32(0)
            col = ctypes.c_uint32(0)
            msg = ctypes.c_char_p()
            call(L.sd_check_problem_at, i, ctypes.byref(kind), ctypes.byref(f), ctypes.byref(line),
                 ctypes.byref(col), ctypes.byref(msg))
            problems.append(
                Problem(known(ProblemKind, kind.value), path_text(f.value), line.value, col.value, text0(msg.value))
            )
        statuses = tuple(L.sd_check_status(chk, sev) for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO))
        buf = _lib.BufP()
        call(L.sd_check_serialize, REPORT_JSON, ctypes.byref(buf))
        report = _lib.take_buf(buf)
        schema_json = serialize_catalog(L.sd_check_schema_catalog(chk), Format.JSON)
        migrations_json = serialize_catalog(L.sd_check_migrations_catalog(chk), Format.JSON)
        return CheckResult(
            mode=CheckMode(mode),
            findings=findings,
            problems=tuple(problems),
            failed_closed=bool(L.sd_check_failed_closed(chk)),
            errors=L.sd_check_severity_count(chk, Severity.ERROR),
            warnings=L.sd_check_severity_count(chk, Severity.WARNING),
            infos=L.sd_check_severity_count(chk, Severity.INFO),
            schema_json=schema_json.decode("utf-8", "surrogateescape"),
            migrations_json=migrations_json.decode("utf-8", "surrogateescape"),
            _statuses=statuses,  # type: ignore[arg-type]
            _report=report,
        )
    finally:
        L.sd_check_free(chk)


# ---- the same check over ready catalogs -------------------------------------


def _glob_match(pat: bytes, s: bytes) -> bool:
    """lib/check.c's glob: '*' any run of bytes, '?' one byte."""
    p = i = 0
    star = -1
    retry = 0
    while i < len(s):
        if p < len(pat) and pat[p : p + 1] == b"*":
            p += 1
            star, retry = p, i
        elif p < len(pat) and (pat[p : p + 1] == b"?" or pat[p] == s[i]):
            p += 1
            i += 1
        elif star >= 0:
            p = star
            retry += 1
            i = retry
        else:
            return False
    while p < len(pat) and pat[p : p + 1] == b"*":
        p += 1
    return p == len(pat)


def _in_scope(path: str, tables: List[bytes], exclude: List[bytes]) -> bool:
    """Does a finding's table (path schema.table[.x]) pass the globs?"""
    b = path.encode("utf-8", "surrogateescape")
    parts = b.split(b".", 2)
    st = b".".join(parts[:2])
    t = parts[1] if len(parts) > 1 else parts[0]
    inside = not tables or any(_glob_match(g, st) or _glob_match(g, t) for g in tables)
    return inside and not any(_glob_match(g, st) or _glob_match(g, t) for g in exclude)


_CODE_MESSAGE = "failed closed: this migration is code; its effect on the schema cannot be replayed"


def _problems_of(cat: Catalog, start: int = 0) -> List[Problem]:
    engine = "PostgreSQL" if cat.dialect == 1 else "SQLite"
    out = []
    for st in cat.statements[start:]:
        if st.outcome == Outcome.ENGINE_ERROR:
            out.append(
                Problem(
                    ProblemKind.ENGINE_ERROR,
                    st.file,
                    st.line,
                    st.col,
                    "%s (%s would reject this statement)" % (st.reason, engine),
                )
            )
        elif st.outcome == Outcome.UNMODELLED:
            out.append(Problem(ProblemKind.FAILED_CLOSED, st.file, st.line, st.col, "failed closed: " + st.reason))
    return out


def _replay_into(cat: Catalog, path: Any, problems: List[Problem]) -> None:
    before = len(cat.statements)
    rc = cat.apply_file(path, check=False)
    if rc in (Status.IO, Status.ENCODING):
        raise cat.last_error  # type: ignore[misc]
    problems.extend(_problems_of(cat, before))


def _run_py_check(
    mode: int,
    dialect: int,
    schema_dialect: Optional[int],
    schema_items: List[Any],
    mig_items: List[Any],
    tables: Iterable[str],
    exclude: Iterable[str],
    column_order: bool,
) -> CheckResult:
    owned: List[Catalog] = []
    try:
        problems: List[Problem] = []
        entries = []
        mig_cat: Optional[Catalog] = None
        if len(mig_items) == 1 and isinstance(mig_items[0], Catalog):
            mig_cat = mig_items[0]
        elif any(isinstance(x, Catalog) for x in mig_items):
            raise TypeError("migrations: give one Catalog, or paths")
        else:
            # the order first: an unclear order stops before any replay
            with Migrations(dialect, mig_items) as m:
                entries = m.entries
        if mode == CheckMode.DRIFT:
            if len(schema_items) == 1 and isinstance(schema_items[0], Catalog):
                schema_cat = schema_items[0]
                problems.extend(_problems_of(schema_cat))
            elif any(isinstance(x, Catalog) for x in schema_items):
                raise TypeError("schema: give one Catalog, or paths")
            else:
                schema_cat = Catalog(schema_dialect or dialect)
                owned.append(schema_cat)
                for p in schema_items:
                    _replay_into(schema_cat, p, problems)
        else:
            schema_cat = Catalog(schema_dialect or dialect)
            owned.append(schema_cat)
        if mig_cat is None:
            mig_cat = Catalog(dialect)
            owned.append(mig_cat)
            for e in entries:
                if e.is_code:
                    problems.append(Problem(ProblemKind.FAILED_CLOSED, e.path, 0, 0, _CODE_MESSAGE))
                else:
                    _replay_into(mig_cat, e.path, problems)
        else:
            problems.extend(_problems_of(mig_cat))

        findings: List[Finding] = []
        if mode == CheckMode.DRIFT:
            tb = [_glob_arg(g) for g in tables]
            eb = [_glob_arg(g) for g in exclude]
            findings = [
                f
                for f in _diff_catalogs(schema_cat, mig_cat, DIFF_COLUMN_ORDER if column_order else 0)
                if _in_scope(f.path, tb, eb)
            ]
        findings += lint_catalog(mig_cat)

        counts = [0, 0, 0, 0]
        for f in findings:
            counts[int(f.severity) & 3] += 1
        failed_closed = any(p.kind == ProblemKind.FAILED_CLOSED for p in problems)
        engine_error = any(p.kind == ProblemKind.ENGINE_ERROR for p in problems)

        def status(fail_on: int) -> int:  # sd_check_status
            if failed_closed:
                return 3
            return 2 if engine_error or any(counts[s] for s in range(1, fail_on + 1)) else 0

        return CheckResult(
            mode=CheckMode(mode),
            findings=tuple(findings),
            problems=tuple(problems),
            failed_closed=failed_closed,
            errors=counts[1],
            warnings=counts[2],
            infos=counts[3],
            schema_json=schema_cat.dump("json"),
            migrations_json=mig_cat.dump("json"),
            _statuses=(status(1), status(2), status(3)),
            _report=None,
        )
    finally:
        for c in owned:
            c.close()


# ---- public functions ---------------------------------------------------------


def check(
    schema: Union[Source, Catalog, Iterable[Source]],
    migrations: Union[Source, Catalog, Iterable[Source]],
    dialect: Union[str, int] = "postgres",
    schema_dialect: Union[str, int, None] = None,
    tables: Iterable[str] = (),
    exclude: Iterable[str] = (),
    column_order: bool = False,
    lists: Iterable[Any] = (),
) -> CheckResult:
    """`schemadrift check`: replay the schema file(s) and the migrations
    (directories in migration order, files, ListFile list files; `lists` are
    list files added after `migrations`) and compare them.

    `dialect` is the migrations'; `schema_dialect` the schema's when it
    differs (compared by type class). `tables` / `exclude` are globs ('*',
    '?') matching "schema.table" or "table"; `column_order` also reports
    columns in another order.

    Either side may instead be a ready Catalog (e.g. from
    schemadrift.sqlalchemy.catalog_from_metadata); then the check runs on
    sd_diff_catalogs + sd_lint_catalog with the same rules, and the result
    has no C-made JSON report (see CheckResult.to_json).

    Raises SourceError (unreadable source), OrderError (unclear migration
    order), EncodingError (a file that is not UTF-8), UnavailableError
    (library older than 0.3 for the path-only form). Findings, engine errors
    and failed-closed statements do not raise: they are in the result.
    """
    schema_items = _as_list(schema)
    mig_items = _as_list(migrations) + [x if isinstance(x, ListFile) else ListFile(x) for x in _as_list(lists)]
    d = parse_dialect(dialect)
    sd = parse_dialect(schema_dialect) if schema_dialect is not None else None
    if any(isinstance(x, Catalog) for x in schema_items + mig_items):
        return _run_py_check(CheckMode.DRIFT, d, sd, schema_items, mig_items, list(tables), list(exclude), column_order)
    return _run_c_check(CheckMode.DRIFT, d, sd, schema_items, mig_items, list(tables), list(exclude), column_order)


def lint(
    migrations: Union[Source, Catalog, Iterable[Source]],
    dialect: Union[str, int] = "postgres",
    lists: Iterable[Any] = (),
) -> CheckResult:
    """`schemadrift lint`: the migrations' risky statements (SD0801-SD0805)
    and replay problems alone. `migrations` as for check(), or a Catalog."""
    mig_items = _as_list(migrations) + [x if isinstance(x, ListFile) else ListFile(x) for x in _as_list(lists)]
    d = parse_dialect(dialect)
    if any(isinstance(x, Catalog) for x in mig_items):
        return _run_py_check(CheckMode.LINT, d, None, [], mig_items, (), (), False)
    return _run_c_check(CheckMode.LINT, d, None, [], mig_items, (), (), False)


def _diff_catalogs(a: Catalog, b: Catalog, flags: int) -> List[Finding]:
    L = _lib.lib()
    # lock both in a fixed order; the diff borrows file names from both
    first, second = (a, b) if id(a) <= id(b) else (b, a)
    with first._lock, second._lock:
        d = DiffP()
        rc = L.sd_diff_catalogs(a._handle(), b._handle(), flags, ctypes.byref(d))
        if rc != Status.OK:
            raise make_error(rc, "cannot compare the catalogs: %s" % status_str(rc))
        try:
            return _snapshot.diff_findings(d)
        finally:
            L.sd_diff_free(d)


def lint_catalog(catalog: Catalog) -> List[Finding]:
    """The risky statements a catalog's replay applied, as findings
    SD0801-SD0805 (sd_lint_catalog)."""
    L = _lib.lib()
    with catalog._lock:
        d = DiffP()
        rc = L.sd_lint_catalog(catalog._handle(), ctypes.byref(d))
        if rc != Status.OK:
            raise make_error(rc, "cannot lint the catalog: %s" % status_str(rc))
        try:
            return _snapshot.diff_findings(d)
        finally:
            L.sd_diff_free(d)


def diff(
    a: Union[Catalog, Source],
    b: Union[Catalog, Source],
    dialect: Union[str, int, None] = None,
    column_order: bool = False,
    check: bool = True,
) -> List[Finding]:
    """Compare two catalogs (sd_diff_catalogs): `a` plays the schema, `b`
    the migrations. Each is a Catalog, or a path: an SQL file or a
    migrations directory (replayed in migration order) in `dialect`
    (default: the dialect of a Catalog argument, else postgres).

    With ``check=True`` a replay problem in a path side raises (EngineError,
    ParseError, UnmodelledError, also for a migration written as code): a
    diff of a catalog that failed closed cannot be trusted. ``check=False``
    compares whatever was replayed.
    """
    if dialect is None:
        cats = [x for x in (a, b) if isinstance(x, Catalog)]
        d = int(cats[0].dialect) if cats else parse_dialect("postgres")
    else:
        d = parse_dialect(dialect)
    owned: List[Catalog] = []
    try:
        sides = []
        for x in (a, b):
            if isinstance(x, Catalog):
                sides.append(x)
            else:
                c = Catalog(d)
                owned.append(c)
                c.apply_migrations(x, check=check)
                sides.append(c)
        return _diff_catalogs(sides[0], sides[1], DIFF_COLUMN_ORDER if column_order else 0)
    finally:
        for c in owned:
            c.close()
