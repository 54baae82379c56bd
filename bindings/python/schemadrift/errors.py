"""The exception hierarchy: one class per sd_status error code, all under
SchemaDriftError, which carries the status and the location the C library
reported (file, line, col, offset)."""
from __future__ import annotations

from typing import Dict, Optional, Type

from .enums import Status


class SchemaDriftError(Exception):
    """Base of every error the library reports.

    Attributes: ``status`` (a Status, or None for errors raised by the binding
    itself), ``message`` (the library's text), ``file`` (None when unknown),
    ``line`` and ``col`` (1-based; 0 when unknown; columns count characters)
    and ``offset`` (0-based byte offset in the applied text, or None).
    """

    def __init__(
        self,
        message: str,
        status: Optional[int] = None,
        file: Optional[str] = None,
        line: int = 0,
        col: int = 0,
        offset: Optional[int] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.file = file
        self.line = line
        self.col = col
        self.offset = offset

    def __str__(self) -> str:
        if self.file and self.line:
            return "%s:%d:%d: %s" % (self.file, self.line, self.col, self.message)
        if self.file:
            return "%s: %s" % (self.file, self.message)
        return self.message


class EncodingError(SchemaDriftError, ValueError):
    """SD_ERR_ENCODING: not valid UTF-8, or a NUL byte; nothing was applied."""


class ParseError(SchemaDriftError):
    """SD_ERR_SYNTAX: a statement could not be parsed (it failed closed)."""


class EngineError(SchemaDriftError):
    """SD_ERR_ENGINE: the real engine would reject a statement; the text
    stopped there (the statements before it are applied)."""


class UnmodelledError(SchemaDriftError):
    """SD_ERR_UNMODELLED: a statement may change the catalog in a way the
    library does not model (it failed closed)."""


class OrderError(SchemaDriftError):
    """SD_ERR_ORDER: migrations whose order is not clear."""


class SourceError(SchemaDriftError, OSError):
    """SD_ERR_IO: a file or directory could not be read."""


class MisuseError(SchemaDriftError, ValueError):
    """SD_ERR_MISUSE: a bad argument (unknown enum value ...)."""


class ClosedError(MisuseError):
    """A handle (Catalog, Migrations) was used after close()."""


class OutOfMemoryError(SchemaDriftError, MemoryError):
    """SD_ERR_NOMEM: the library could not allocate."""


class UnavailableError(SchemaDriftError):
    """What was asked is not available: the loaded library predates it, or
    the result was not made by the C library (see CheckResult.to_json)."""


# ParseError, EngineError and UnmodelledError: the replay met a statement it
# could not apply; the catalog stays usable.
ReplayErrors = (ParseError, EngineError, UnmodelledError)

_BY_STATUS: Dict[int, Type[SchemaDriftError]] = {
    Status.NOMEM: OutOfMemoryError,
    Status.MISUSE: MisuseError,
    Status.IO: SourceError,
    Status.ENCODING: EncodingError,
    Status.SYNTAX: ParseError,
    Status.ENGINE: EngineError,
    Status.UNMODELLED: UnmodelledError,
    Status.ORDER: OrderError,
}


def error_class(status: int) -> Type[SchemaDriftError]:
    """The exception class for a (negative) status."""
    return _BY_STATUS.get(status, SchemaDriftError)


def make_error(
    status: int,
    message: str,
    file: Optional[str] = None,
    line: int = 0,
    col: int = 0,
    offset: Optional[int] = None,
) -> SchemaDriftError:
    """An exception object for `status` (not raised)."""
    try:
        st: Optional[int] = Status(status)
    except ValueError:
        st = status
    return error_class(status)(message, st, file, line, col, offset)
