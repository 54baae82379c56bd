"""Catalog: an owned sd_catalog handle. Replays SQL into it, reads its
objects back as frozen snapshots (model.py), and serialises it.

Lifetime: the C getters return pointers borrowed from the catalog, valid
only until the next apply or free; every read here copies what it needs
while holding the catalog's lock, so no pointer escapes. The handle is freed
by close(), by leaving a `with` block, or on garbage collection."""
from __future__ import annotations

import ctypes
import os
import threading
from typing import Any, Iterator, List, Optional, Tuple, Union

from . import _lib, _snapshot
from ._lib import CatalogP, path_arg, path_text, text0
from .enums import Dialect, Status, known, parse_dialect, parse_format
from .errors import ClosedError, SchemaDriftError, make_error
from .model import Schema, Statement, Table

PathLike = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]

# the default schema of an unqualified name, per dialect
_DEFAULT_SCHEMA = {Dialect.POSTGRES: "public", Dialect.SQLITE: "main"}

# statuses apply_* raises even with check=False: they are not about the SQL
_ALWAYS_RAISE = (Status.NOMEM, Status.MISUSE)


def status_str(status: int) -> str:
    """The library's short English description of a status code."""
    return text0(_lib.lib().sd_status_str(status))


def _as_sql_bytes(sql: Union[str, bytes, bytearray, memoryview]) -> bytes:
    if isinstance(sql, str):
        # lone surrogates pass through so that the library reports them as
        # an EncodingError rather than Python raising UnicodeEncodeError
        return sql.encode("utf-8", "surrogatepass")
    if isinstance(sql, (bytes, bytearray, memoryview)):
        return bytes(sql)
    raise TypeError("sql must be str or bytes, not %s" % type(sql).__name__)


class Catalog:
    """An in-memory catalog replayed from SQL DDL, for one dialect.

    ``Catalog("postgres")`` or ``Catalog("sqlite")`` (or a Dialect / its int).
    Use as a context manager, or call close(); using a closed catalog raises
    ClosedError. A catalog may be shared between threads: calls on one
    catalog are serialised by a lock.
    """

    def __init__(self, dialect: Union[str, int] = "postgres") -> None:
        self._ptr: Any = None
        self._lock = threading.RLock()
        L = _lib.lib()
        self._free = L.sd_catalog_free  # kept for __del__ at interpreter exit
        out = CatalogP()
        rc = L.sd_catalog_new(parse_dialect(dialect), ctypes.byref(out))
        if rc != Status.OK:
            raise make_error(rc, "cannot create a catalog for dialect %r: %s" % (dialect, status_str(rc)))
        self._ptr = out
        self._dialect = known(Dialect, L.sd_catalog_dialect(out))
        self._statements: List[Statement] = []
        self._schemas: Optional[Tuple[Schema, ...]] = None

    # ---- lifetime ----------------------------------------------------------

    def _handle(self) -> Any:
        """The live handle (call with the lock held)."""
        if self._ptr is None:
            raise ClosedError("the catalog is closed", Status.MISUSE)
        return self._ptr

    def close(self) -> None:
        """Free the C catalog now. Idempotent."""
        with self._lock:
            ptr, self._ptr = self._ptr, None
            if ptr is not None:
                self._free(ptr)

    @property
    def closed(self) -> bool:
        return self._ptr is None

    def __enter__(self) -> "Catalog":
        with self._lock:
            self._handle()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            ptr = getattr(self, "_ptr", None)
            if ptr is not None:
                self._ptr = None
                self._free(ptr)
        except Exception:  # pragma: no cover - interpreter teardown
            pass

    def __repr__(self) -> str:
        if self._ptr is None:
            return "<schemadrift.Catalog %s (closed)>" % self._dialect
        return "<schemadrift.Catalog %s, %d statements>" % (
            self._dialect,
            _lib.lib().sd_catalog_statement_count(self._ptr),
        )

    # ---- replay --------------------------------------------------------------

    def _after_apply(self, rc: int, check: bool) -> Status:
        self._schemas = None  # borrowed objects changed: drop the snapshot
        if rc == Status.OK:
            return Status.OK
        if check or rc in _ALWAYS_RAISE:
            raise self._error_from_handle(rc)
        return known(Status, rc)  # type: ignore[return-value]

    def _error_from_handle(self, rc: int) -> SchemaDriftError:
        L = _lib.lib()
        p = self._ptr
        msg = text0(L.sd_catalog_errmsg(p)) or status_str(rc)
        return make_error(
            rc,
            msg,
            path_text(L.sd_catalog_error_file(p)),
            L.sd_catalog_error_line(p),
            L.sd_catalog_error_col(p),
            L.sd_catalog_error_offset(p),
        )

    def apply_sql(
        self,
        sql: Union[str, bytes],
        filename: Optional[PathLike] = None,
        *,
        check: bool = True,
    ) -> Status:
        """Replay SQL text (str, or UTF-8 bytes) statement by statement.

        `filename` names the text in locations (None: no name).

        With ``check=True`` (the default) any status but OK raises: EncodingError
        (nothing applied), EngineError (the engine would reject a statement:
        replay of this text stopped there, the statements before it are
        applied), ParseError / UnmodelledError (a statement failed closed;
        replay went on with the next one). The exception carries the first
        problem's file, line and col. Whatever was raised, the catalog stays
        usable and ``statements`` shows every statement's outcome.

        With ``check=False`` those statuses are returned as a Status instead;
        OutOfMemoryError and MisuseError are raised either way. Returns
        Status.OK when everything applied, was a no-op or was ignored.
        """
        data = _as_sql_bytes(sql)
        fname = None if filename is None else path_arg(filename)
        L = _lib.lib()
        with self._lock:
            rc = L.sd_catalog_apply_sql(self._handle(), data, len(data), fname)
            return self._after_apply(rc, check)

    def apply_file(self, path: PathLike, *, check: bool = True) -> Status:
        """Read the file at `path` and replay it as apply_sql does, named by
        `path` exactly as given. An unreadable file is a SourceError (with
        ``check=False``: Status.IO returned)."""
        p = path_arg(path)
        L = _lib.lib()
        with self._lock:
            rc = L.sd_catalog_apply_file(self._handle(), p)
            return self._after_apply(rc, check)

    def apply_migrations(self, *sources: Any, check: bool = True) -> Status:
        """Replay migrations in the order the common tools apply them:
        each source is a directory, a file or a ListFile (see Migrations).

        With ``check=True`` the first problem raises (a migration written as
        code raises UnmodelledError: its effect cannot be known). With
        ``check=False`` every file is replayed, code migrations are skipped,
        and the first non-OK status is returned. Order errors (OrderError),
        unreadable sources (SourceError) always raise.
        """
        from .migrations import Migrations

        with Migrations(self.dialect, sources) as m:
            entries = m.entries
        first = Status.OK
        for e in entries:
            if e.is_code:
                if check:
                    raise make_error(
                        Status.UNMODELLED,
                        "this migration is code; its effect on the schema cannot be replayed",
                        e.path,
                    )
                first = first or Status.UNMODELLED
                continue
            rc = self.apply_file(e.path, check=check)
            if rc == Status.IO:
                raise self.last_error  # type: ignore[misc]
            first = first or rc
        return first

    @property
    def last_error(self) -> Optional[SchemaDriftError]:
        """The error of the last apply as an exception object (not raised),
        or None when it succeeded. Handy with ``check=False``."""
        L = _lib.lib()
        with self._lock:
            rc = L.sd_catalog_errcode(self._handle())
            return None if rc == Status.OK else self._error_from_handle(rc)

    # ---- reading -------------------------------------------------------------

    @property
    def dialect(self) -> Dialect:
        return self._dialect  # type: ignore[return-value]

    @property
    def statements(self) -> List[Statement]:
        """Every statement replayed so far (over every apply), in order."""
        with self._lock:
            p = self._handle()
            self._statements.extend(_snapshot.statements(p, len(self._statements)))
            return list(self._statements)

    @property
    def schemas(self) -> List[Schema]:
        """The schemas, each with its tables, as a snapshot."""
        return list(self._snapshot())

    @property
    def tables(self) -> List[Table]:
        """Every table of every schema (schemas in catalog order, tables in
        name order)."""
        return [t for s in self._snapshot() for t in s.tables]

    def __iter__(self) -> Iterator[Table]:
        return iter(self.tables)

    def _snapshot(self) -> Tuple[Schema, ...]:
        with self._lock:
            p = self._handle()
            if self._schemas is None:
                self._schemas = _snapshot.schemas(p)
            return self._schemas

    def schema(self, name: str) -> Optional[Schema]:
        """The schema stored as `name` (exact), or None."""
        for s in self._snapshot():
            if s.name == name:
                return s
        return None

    def table(self, name: str, schema: Optional[str] = None) -> Optional[Table]:
        """The table `name` in `schema` (default: "public" for PostgreSQL,
        "main" for SQLite), or None. Names are the stored ones: PostgreSQL
        compares exact bytes (unquoted names were folded to lower case);
        SQLite compares ASCII case-insensitively."""
        if schema is None:
            schema = _DEFAULT_SCHEMA.get(self._dialect, "public")  # type: ignore[call-overload]
        sb = schema.encode("utf-8", "surrogateescape")
        nb = name.encode("utf-8", "surrogateescape")
        L = _lib.lib()
        with self._lock:
            p = self._handle()
            s = L.sd_catalog_schema_find(p, sb, len(sb))
            if not s:
                return None
            t = L.sd_schema_table_find(s, nb, len(nb))
            return _snapshot.table(t) if t else None

    # ---- serialisation -------------------------------------------------------

    def serialize(self, format: Union[str, int] = "json") -> bytes:
        """The catalog as "json" (docs/catalog-json.md) or "sql" DDL, as the
        exact bytes the library produced."""
        fmt = parse_format(format)
        with self._lock:
            return serialize_catalog(self._handle(), fmt)

    def dump(self, format: Union[str, int] = "json") -> str:
        """serialize() decoded as text."""
        return self.serialize(format).decode("utf-8", "surrogateescape")


def serialize_catalog(ptr: Any, fmt: int) -> bytes:
    """sd_catalog_serialize on any catalog pointer (owned or borrowed)."""
    L = _lib.lib()
    buf = _lib.BufP()
    rc = L.sd_catalog_serialize(ptr, fmt, ctypes.byref(buf))
    if rc != Status.OK:
        raise make_error(rc, "cannot serialise the catalog: %s" % status_str(rc))
    return _lib.take_buf(buf)


def _as_list(x: Any) -> List[Any]:
    """A single path, ListFile or Catalog as a one-item list; an iterable as
    a list."""
    from .migrations import ListFile

    if x is None:
        return []
    if isinstance(x, (str, bytes, os.PathLike, Catalog, ListFile)):
        return [x]
    return list(x)
