"""Migrations: the order in which a migrations directory (or files, or list
files) is applied, as the common tools decide it, over sd_migrations_*.
Also ListFile, the marker for "a file that lists migrations", which check()
and lint() accept among their migration sources."""
from __future__ import annotations

import ctypes
import os
import threading
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, List, Union

from . import _lib
from ._lib import MigrationsP, path_arg, path_text, text0
from .enums import Dialect, OrderRule, Status, known, parse_dialect
from .errors import ClosedError, make_error
from .model import Migration


@dataclass(frozen=True)
class ListFile:
    """A migration source that is a list file: one path a line, relative to
    the list's directory, '#' comments (the CLI's ``--list FILE``)."""

    path: Union[str, bytes, "os.PathLike[str]"]


class Migrations:
    """An ordered list of migrations for one dialect (a sd_migrations handle).

    ``Migrations("postgres", ["db/migrations"])``; add more with add() (a
    directory or a file, told apart by the file system), add_dir(),
    add_file() or add_list(). A failed add leaves the list as it was and
    raises OrderError (two migrations of one version ...) or SourceError.
    Read the result with ``entries`` / iteration / ``paths``. Close with
    close() or a ``with`` block.
    """

    def __init__(self, dialect: Union[str, int] = "postgres", sources: Iterable[Any] = ()) -> None:
        self._ptr: Any = None
        self._lock = threading.RLock()
        L = _lib.lib()
        self._free = L.sd_migrations_free
        out = MigrationsP()
        rc = L.sd_migrations_new(parse_dialect(dialect), ctypes.byref(out))
        if rc != Status.OK:
            raise make_error(rc, "cannot create a migrations list for dialect %r" % (dialect,))
        self._ptr = out
        self.dialect = known(Dialect, parse_dialect(dialect))
        if isinstance(sources, (str, bytes, os.PathLike, ListFile)):
            sources = [sources]
        try:
            for s in sources:
                self.add(s)
        except BaseException:
            self.close()
            raise

    def _handle(self) -> Any:
        if self._ptr is None:
            raise ClosedError("the migrations list is closed", Status.MISUSE)
        return self._ptr

    def close(self) -> None:
        """Free the C list now. Idempotent."""
        with self._lock:
            ptr, self._ptr = self._ptr, None
            if ptr is not None:
                self._free(ptr)

    @property
    def closed(self) -> bool:
        return self._ptr is None

    def __enter__(self) -> "Migrations":
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

    def _call(self, fn: Any, path: Any) -> None:
        p = path_arg(path)
        with self._lock:
            h = self._handle()
            rc = fn(h, p)
            if rc != Status.OK:
                msg = text0(_lib.lib().sd_migrations_errmsg(h))
                raise make_error(rc, msg or "%s: %s" % (os.fsdecode(p), _status_str(rc)), os.fsdecode(p))

    def add(self, source: Any) -> None:
        """Add a directory, a file, or a ListFile."""
        if isinstance(source, ListFile):
            self.add_list(source.path)
        elif os.path.isdir(source):
            self.add_dir(source)
        else:
            self.add_file(source)

    def add_dir(self, path: Any) -> None:
        """Append the migrations of a directory, in their order."""
        self._call(_lib.lib().sd_migrations_add_dir, path)

    def add_file(self, path: Any) -> None:
        """Append one file."""
        self._call(_lib.lib().sd_migrations_add_file, path)

    def add_list(self, path: Any) -> None:
        """Append the files a list file names."""
        self._call(_lib.lib().sd_migrations_add_list, path)

    @property
    def entries(self) -> List[Migration]:
        """The migrations in applied order, with the rule that placed each."""
        L = _lib.lib()
        with self._lock:
            h = self._handle()
            out = []
            for i in range(L.sd_migrations_count(h)):
                rule = L.sd_migrations_rule(h, i)
                out.append(
                    Migration(
                        path=path_text(L.sd_migrations_path(h, i)) or "",
                        rule=known(OrderRule, rule),
                        rule_text=text0(L.sd_order_rule_str(rule)),
                        is_code=bool(L.sd_migrations_is_code(h, i)),
                    )
                )
            return out

    @property
    def paths(self) -> List[str]:
        return [m.path for m in self.entries]

    def __iter__(self) -> Iterator[Migration]:
        return iter(self.entries)

    def __len__(self) -> int:
        with self._lock:
            return int(_lib.lib().sd_migrations_count(self._handle()))


def _status_str(rc: int) -> str:
    return text0(_lib.lib().sd_status_str(rc))


def order(*sources: Any, dialect: Union[str, int] = "postgres") -> List[Migration]:
    """The migrations of `sources` (directories, files, ListFile) in the order
    they are applied; `schemadrift order` as a function."""
    with Migrations(dialect, sources) as m:
        return m.entries
