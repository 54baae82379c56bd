"""Low-level ctypes layer: finds and loads libschemadrift, declares the
argtypes/restype of every C function the binding calls, and holds the small
helpers (text decoding, sd_buf copying) the higher modules share.

Nothing here is public API; the rest of the package goes through `lib()`.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
from typing import Any, Callable, Dict, List, Optional, Tuple

ENV_VAR = "SCHEMADRIFT_LIBRARY"
SONAME = "libschemadrift.so.0"
CHECK_MIN_VERSION = 0x000300  # the sd_check_* section appeared in 0.3.0

# ---- opaque handle types -----------------------------------------------------
# One distinct pointer type per C handle, so ctypes refuses to pass a table
# where a catalog is expected.


class _Opaque(ctypes.Structure):
    _fields_: List[Tuple[str, Any]] = []


def _handle(name: str) -> Any:
    return ctypes.POINTER(type(name, (_Opaque,), {}))


CatalogP = _handle("sd_catalog")
SchemaP = _handle("sd_schema")
TableP = _handle("sd_table")
ColumnP = _handle("sd_column")
IndexP = _handle("sd_index")
ConstraintP = _handle("sd_constraint")
StatementP = _handle("sd_statement")
BufP = _handle("sd_buf")
MigrationsP = _handle("sd_migrations")
DiffP = _handle("sd_diff")
FindingP = _handle("sd_finding")
CheckP = _handle("sd_check")

c_int = ctypes.c_int
c_uint = ctypes.c_uint
c_size = ctypes.c_size_t
c_u32 = ctypes.c_uint32
c_str = ctypes.c_char_p  # in: bytes or None; out: copied to bytes (or None)
P = ctypes.POINTER

# name: (restype, argtypes). Required functions must all be in the library.
_CORE: Dict[str, Tuple[Any, List[Any]]] = {
    # versions and status
    "sd_version": (c_int, []),
    "sd_version_string": (c_str, []),
    "sd_status_str": (c_str, [c_int]),
    # catalog lifecycle and replay
    "sd_catalog_new": (c_int, [c_int, P(CatalogP)]),
    "sd_catalog_free": (None, [CatalogP]),
    "sd_catalog_dialect": (c_int, [CatalogP]),
    "sd_catalog_apply_sql": (c_int, [CatalogP, c_str, c_size, c_str]),
    "sd_catalog_apply_file": (c_int, [CatalogP, c_str]),
    "sd_catalog_errmsg": (c_str, [CatalogP]),
    "sd_catalog_errcode": (c_int, [CatalogP]),
    "sd_catalog_error_file": (c_str, [CatalogP]),
    "sd_catalog_error_line": (c_u32, [CatalogP]),
    "sd_catalog_error_col": (c_u32, [CatalogP]),
    "sd_catalog_error_offset": (c_size, [CatalogP]),
    # statements
    "sd_catalog_statement_count": (c_size, [CatalogP]),
    "sd_catalog_statement_at": (StatementP, [CatalogP, c_size]),
    "sd_statement_outcome": (c_int, [StatementP]),
    "sd_statement_tag": (c_str, [StatementP]),
    "sd_statement_reason": (c_str, [StatementP]),
    "sd_statement_file": (c_str, [StatementP]),
    "sd_statement_line": (c_u32, [StatementP]),
    "sd_statement_col": (c_u32, [StatementP]),
    "sd_statement_offset": (c_size, [StatementP]),
    "sd_statement_length": (c_size, [StatementP]),
    "sd_statement_risks": (c_uint, [StatementP]),
    # catalog objects
    "sd_catalog_schema_count": (c_size, [CatalogP]),
    "sd_catalog_schema_at": (SchemaP, [CatalogP, c_size]),
    "sd_catalog_schema_find": (SchemaP, [CatalogP, c_str, c_size]),
    "sd_schema_name": (c_str, [SchemaP]),
    "sd_schema_table_count": (c_size, [SchemaP]),
    "sd_schema_table_at": (TableP, [SchemaP, c_size]),
    "sd_schema_table_find": (TableP, [SchemaP, c_str, c_size]),
    "sd_table_name": (c_str, [TableP]),
    "sd_table_schema": (SchemaP, [TableP]),
    "sd_table_column_count": (c_size, [TableP]),
    "sd_table_column_at": (ColumnP, [TableP, c_size]),
    "sd_table_constraint_count": (c_size, [TableP]),
    "sd_table_constraint_at": (ConstraintP, [TableP, c_size]),
    "sd_table_index_count": (c_size, [TableP]),
    "sd_table_index_at": (IndexP, [TableP, c_size]),
    "sd_column_name": (c_str, [ColumnP]),
    "sd_column_type": (c_str, [ColumnP]),
    "sd_column_declared_type": (c_str, [ColumnP]),
    "sd_column_not_null": (c_int, [ColumnP]),
    "sd_column_default": (c_str, [ColumnP]),
    "sd_constraint_name": (c_str, [ConstraintP]),
    "sd_constraint_kind": (c_int, [ConstraintP]),
    "sd_constraint_column_count": (c_size, [ConstraintP]),
    "sd_constraint_column_at": (c_str, [ConstraintP, c_size]),
    "sd_constraint_expression": (c_str, [ConstraintP]),
    "sd_constraint_ref_schema": (c_str, [ConstraintP]),
    "sd_constraint_ref_table": (c_str, [ConstraintP]),
    "sd_constraint_ref_column_count": (c_size, [ConstraintP]),
    "sd_constraint_ref_column_at": (c_str, [ConstraintP, c_size]),
    "sd_constraint_on_delete": (c_str, [ConstraintP]),
    "sd_constraint_on_update": (c_str, [ConstraintP]),
    "sd_index_name": (c_str, [IndexP]),
    "sd_index_is_unique": (c_int, [IndexP]),
    "sd_index_is_primary": (c_int, [IndexP]),
    "sd_index_method": (c_str, [IndexP]),
    "sd_index_key_count": (c_size, [IndexP]),
    "sd_index_key_at": (c_str, [IndexP, c_size]),
    "sd_index_key_is_expression": (c_int, [IndexP, c_size]),
    "sd_index_key_is_descending": (c_int, [IndexP, c_size]),
    "sd_index_predicate": (c_str, [IndexP]),
    "sd_table_location": (c_int, [TableP, c_int, P(c_str), P(c_u32), P(c_u32)]),
    "sd_column_location": (c_int, [ColumnP, c_int, P(c_str), P(c_u32), P(c_u32)]),
    "sd_index_location": (c_int, [IndexP, c_int, P(c_str), P(c_u32), P(c_u32)]),
    "sd_constraint_location": (c_int, [ConstraintP, c_int, P(c_str), P(c_u32), P(c_u32)]),
    # serialisation
    "sd_catalog_serialize": (c_int, [CatalogP, c_int, P(BufP)]),
    # const char* with a length: read as a raw address, copied with string_at
    "sd_buf_data": (ctypes.c_void_p, [BufP, P(c_size)]),
    "sd_buf_dispose": (None, [BufP]),
    # migration order (0.2)
    "sd_migrations_new": (c_int, [c_int, P(MigrationsP)]),
    "sd_migrations_free": (None, [MigrationsP]),
    "sd_migrations_add_dir": (c_int, [MigrationsP, c_str]),
    "sd_migrations_add_file": (c_int, [MigrationsP, c_str]),
    "sd_migrations_add_list": (c_int, [MigrationsP, c_str]),
    "sd_migrations_errmsg": (c_str, [MigrationsP]),
    "sd_migrations_count": (c_size, [MigrationsP]),
    "sd_migrations_path": (c_str, [MigrationsP, c_size]),
    "sd_migrations_rule": (c_int, [MigrationsP, c_size]),
    "sd_order_rule_str": (c_str, [c_int]),
    "sd_migrations_is_code": (c_int, [MigrationsP, c_size]),
    # drift (0.2)
    "sd_diff_catalogs": (c_int, [CatalogP, CatalogP, c_uint, P(DiffP)]),
    "sd_diff_free": (None, [DiffP]),
    "sd_diff_count": (c_size, [DiffP]),
    "sd_diff_at": (FindingP, [DiffP, c_size]),
    "sd_finding_code": (c_str, [FindingP]),
    "sd_finding_severity": (c_int, [FindingP]),
    "sd_finding_kind": (c_str, [FindingP]),
    "sd_finding_path": (c_str, [FindingP]),
    "sd_finding_message": (c_str, [FindingP]),
    "sd_finding_expected": (c_str, [FindingP]),
    "sd_finding_actual": (c_str, [FindingP]),
    "sd_finding_fix": (c_str, [FindingP]),
    "sd_finding_location": (c_int, [FindingP, c_int, P(c_str), P(c_u32), P(c_u32)]),
    "sd_severity_str": (c_str, [c_int]),
    "sd_lint_catalog": (c_int, [CatalogP, P(DiffP)]),
}

# A whole check (0.3): bound when present; checked by require_check().
_CHECK: Dict[str, Tuple[Any, List[Any]]] = {
    "sd_check_new": (c_int, [c_int, c_int, P(CheckP)]),
    "sd_check_free": (None, [CheckP]),
    "sd_check_set_schema_dialect": (c_int, [CheckP, c_int]),
    "sd_check_set_flags": (c_int, [CheckP, c_uint]),
    "sd_check_add_schema": (c_int, [CheckP, c_str]),
    "sd_check_add_migrations": (c_int, [CheckP, c_str]),
    "sd_check_add_migration_list": (c_int, [CheckP, c_str]),
    "sd_check_add_table": (c_int, [CheckP, c_str]),
    "sd_check_add_exclude": (c_int, [CheckP, c_str]),
    "sd_check_run": (c_int, [CheckP]),
    "sd_check_errmsg": (c_str, [CheckP]),
    "sd_check_error_file": (c_str, [CheckP]),
    "sd_check_error_line": (c_u32, [CheckP]),
    "sd_check_error_col": (c_u32, [CheckP]),
    "sd_check_finding_count": (c_size, [CheckP]),
    "sd_check_finding_at": (FindingP, [CheckP, c_size]),
    "sd_check_severity_count": (c_size, [CheckP, c_int]),
    "sd_check_problem_count": (c_size, [CheckP]),
    "sd_check_problem_at": (c_int, [CheckP, c_size, P(c_int), P(c_str), P(c_u32), P(c_u32), P(c_str)]),
    "sd_check_failed_closed": (c_int, [CheckP]),
    "sd_check_status": (c_int, [CheckP, c_int]),
    "sd_check_schema_catalog": (CatalogP, [CheckP]),
    "sd_check_migrations_catalog": (CatalogP, [CheckP]),
    "sd_check_serialize": (c_int, [CheckP, c_int, P(BufP)]),
}


class LibraryNotFound(OSError):
    """libschemadrift could not be found or loaded (see `candidates()`)."""


class _Library:
    """The loaded library with its functions declared, as attributes."""

    def __init__(self, cdll: ctypes.CDLL, path: str) -> None:
        self.cdll = cdll
        self.path = path
        missing = []
        for name, (restype, argtypes) in _CORE.items():
            try:
                fn = getattr(cdll, name)
            except AttributeError:
                missing.append(name)
                continue
            fn.restype = restype
            fn.argtypes = argtypes
            setattr(self, name, fn)
        if missing:
            raise LibraryNotFound(
                "%s is too old or not libschemadrift (0.2 or later is needed): missing %s"
                % (path, ", ".join(missing))
            )
        self.version: int = self.sd_version()
        self.version_string: str = (self.sd_version_string() or b"").decode("ascii", "replace")
        self.check_missing: List[str] = []
        for name, (restype, argtypes) in _CHECK.items():
            try:
                fn = getattr(cdll, name)
            except AttributeError:
                self.check_missing.append(name)
                continue
            fn.restype = restype
            fn.argtypes = argtypes
            setattr(self, name, fn)

    def __getattr__(self, name: str) -> Any:
        # only reached for functions that were not bound (absent from the
        # loaded library); also tells type checkers that sd_* exist
        d = self.__dict__
        raise AttributeError(
            "%s has no %s (libschemadrift %s)" % (d.get("path", "the library"), name, d.get("version_string", "?"))
        )

    def require_check(self) -> None:
        """Raise unless this library has the sd_check_* API (0.3 or later)."""
        if self.version < CHECK_MIN_VERSION or self.check_missing:
            from .errors import UnavailableError

            why = (
                "it is version %s" % self.version_string
                if self.version < CHECK_MIN_VERSION
                else "it lacks " + ", ".join(self.check_missing)
            )
            raise UnavailableError(
                "the whole-check API (sd_check_*, libschemadrift 0.3.0 or later) is not in %s: %s"
                % (self.path, why)
            )

    @property
    def has_check(self) -> bool:
        return self.version >= CHECK_MIN_VERSION and not self.check_missing


def _source_tree_library() -> str:
    # <repo>/bindings/python/schemadrift/_lib.py -> <repo>/build/lib/<soname>
    here = os.path.dirname(os.path.realpath(__file__))
    return os.path.normpath(os.path.join(here, "..", "..", "..", "build", "lib", SONAME))


def _load() -> _Library:
    env = os.environ.get(ENV_VAR)
    if env:
        # an explicit choice is honoured or reported, never silently skipped
        try:
            return _Library(ctypes.CDLL(env), env)
        except OSError as e:
            raise LibraryNotFound("%s=%s cannot be loaded: %s" % (ENV_VAR, env, e)) from e
    errors = []
    tree = _source_tree_library()
    if os.path.exists(tree):
        try:
            return _Library(ctypes.CDLL(tree), tree)
        except OSError as e:
            errors.append("%s: %s" % (tree, e))
    else:
        errors.append("%s: not built" % tree)
    for name in (SONAME, ctypes.util.find_library("schemadrift")):
        if not name:
            continue
        try:
            return _Library(ctypes.CDLL(name), name)
        except OSError as e:
            errors.append("%s: %s" % (name, e))
    raise LibraryNotFound(
        "libschemadrift not found; set %s to the path of %s. Tried: %s" % (ENV_VAR, SONAME, "; ".join(errors))
    )


_loaded: Optional[_Library] = None
_load_lock = threading.Lock()


def lib() -> _Library:
    """The library, loaded on first use (importing the package loads nothing)."""
    global _loaded
    if _loaded is None:
        with _load_lock:
            if _loaded is None:
                _loaded = _load()
    return _loaded


# ---- text helpers ------------------------------------------------------------


def text(b: Optional[bytes]) -> Optional[str]:
    """Decode a string the library returned (UTF-8; NULL stays None).

    Replayed text is validated UTF-8, so this is lossless; any stray byte
    survives as a surrogate escape instead of raising."""
    if b is None:
        return None
    return b.decode("utf-8", "surrogateescape")


def text0(b: Optional[bytes]) -> str:
    """Like text() for strings documented never NULL ("" if one is)."""
    return "" if b is None else b.decode("utf-8", "surrogateescape")


def path_text(b: Optional[bytes]) -> Optional[str]:
    """Decode a file name the library returned, as os.fsdecode does."""
    return None if b is None else os.fsdecode(b)


def path_arg(p: Any) -> bytes:
    """A str / bytes / os.PathLike path as the NUL-terminated bytes C wants."""
    b = os.fsencode(p)
    if b"\0" in b:
        raise ValueError("path contains a NUL byte: %r" % (p,))
    return b


def take_buf(buf: Any) -> bytes:
    """Copy an sd_buf's bytes out and dispose of it."""
    L = lib()
    try:
        n = c_size(0)
        addr = L.sd_buf_data(buf, ctypes.byref(n))
        return ctypes.string_at(addr, n.value) if addr else b""
    finally:
        L.sd_buf_dispose(buf)


def location(getter: Callable[..., int], obj: Any, which: int) -> Tuple[Optional[str], int, int]:
    """Call one of the sd_*_location getters; (file, line, col)."""
    f = c_str()
    line = c_u32(0)
    col = c_u32(0)
    getter(obj, which, ctypes.byref(f), ctypes.byref(line), ctypes.byref(col))
    return path_text(f.value), line.value, col.value
