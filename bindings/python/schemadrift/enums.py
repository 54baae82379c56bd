"""The C library's enums as Python IntEnum / IntFlag classes (same values as
<schemadrift/schemadrift.h>), and the parsing of user-facing spellings
("postgres", "json", "warning" ...) into them."""
from __future__ import annotations

import enum
from typing import Type, TypeVar, Union


class Status(enum.IntEnum):
    """enum sd_status: what a fallible C call returned."""

    OK = 0
    NOMEM = -1
    MISUSE = -2
    IO = -3
    ENCODING = -4
    SYNTAX = -5
    ENGINE = -6
    UNMODELLED = -7
    ORDER = -8


class Dialect(enum.IntEnum):
    """enum sd_dialect."""

    POSTGRES = 1
    SQLITE = 2

    def __str__(self) -> str:
        return self.name.lower()


class Format(enum.IntEnum):
    """enum sd_format (Catalog.dump)."""

    JSON = 1
    SQL = 2


class Outcome(enum.IntEnum):
    """enum sd_outcome: what the replay did with one statement."""

    APPLIED = 1
    NOOP = 2
    IGNORED = 3
    ENGINE_ERROR = 4
    UNMODELLED = 5
    ACKNOWLEDGED = 6


class ConstraintKind(enum.IntEnum):
    """enum sd_constraint_kind."""

    PRIMARY_KEY = 1
    UNIQUE = 2
    CHECK = 3
    FOREIGN_KEY = 4
    EXCLUSION = 5


class LocationKind(enum.IntEnum):
    """enum sd_location_kind."""

    CREATED = 1
    CHANGED = 2


class Risk(enum.IntFlag):
    """enum sd_risk: bits of Statement.risks."""

    NONE = 0
    DROP_TABLE = 1
    DROP_COLUMN = 2
    RENAME = 4
    TYPE_CHANGE = 8
    NOT_NULL = 16


class Severity(enum.IntEnum):
    """enum sd_severity (ERROR is the most severe, lowest value)."""

    ERROR = 1
    WARNING = 2
    INFO = 3

    def __str__(self) -> str:
        return self.name.lower()


class Side(enum.IntEnum):
    """enum sd_side."""

    SCHEMA = 1
    MIGRATIONS = 2


class OrderRule(enum.IntEnum):
    """enum sd_order_rule: why a migration is where it is."""

    VERSION = 1
    TIMESTAMP = 2
    FLYWAY = 3
    REPEATABLE = 4
    UP_FILE = 5
    DIR_UP = 6
    DIR_MIGRATION = 7
    VERSION_DIR = 8
    NAME = 9
    LIST = 10
    GIVEN = 11


class CheckMode(enum.IntEnum):
    """enum sd_check_mode."""

    DRIFT = 1
    LINT = 2


class ProblemKind(enum.IntEnum):
    """enum sd_problem_kind: what the replay met during a check."""

    ENGINE_ERROR = 1
    FAILED_CLOSED = 2

    def __str__(self) -> str:
        return "engine-error" if self is ProblemKind.ENGINE_ERROR else "failed-closed"


DIFF_COLUMN_ORDER = 1  # enum sd_diff_flag
REPORT_JSON = 1  # enum sd_report_format

E = TypeVar("E", bound=enum.IntEnum)


def known(cls: Type[E], value: int) -> Union[E, int]:
    """`cls(value)`, or the plain int for a value added to the C enum after
    this binding was written (the header promises enums only grow)."""
    try:
        return cls(value)
    except ValueError:
        return value


_DIALECTS = {
    "postgres": Dialect.POSTGRES,
    "postgresql": Dialect.POSTGRES,
    "pg": Dialect.POSTGRES,
    "sqlite": Dialect.SQLITE,
    "sqlite3": Dialect.SQLITE,
}


def parse_dialect(d: Union[str, int]) -> int:
    """"postgres"/"postgresql"/"pg", "sqlite"/"sqlite3", a Dialect or an int
    (passed on as is: the C library judges unknown values)."""
    if isinstance(d, str):
        try:
            return _DIALECTS[d.lower()]
        except KeyError:
            raise ValueError("unknown dialect %r (postgres or sqlite)" % d) from None
    if isinstance(d, int) and not isinstance(d, bool):
        return int(d)
    raise TypeError("dialect must be a str or an int, not %s" % type(d).__name__)


def parse_format(f: Union[str, int]) -> int:
    """"json" / "sql" or a Format / int."""
    if isinstance(f, str):
        try:
            return Format[f.upper()]
        except KeyError:
            raise ValueError("unknown format %r (json or sql)" % f) from None
    if isinstance(f, int) and not isinstance(f, bool):
        return int(f)
    raise TypeError("format must be a str or an int, not %s" % type(f).__name__)


def parse_severity(s: Union[str, int]) -> Severity:
    """"error" / "warning" / "info" or a Severity / int."""
    if isinstance(s, str):
        try:
            return Severity[s.upper()]
        except KeyError:
            raise ValueError("unknown severity %r (error, warning or info)" % s) from None
    if isinstance(s, int) and not isinstance(s, bool):
        return Severity(s)
    raise TypeError("severity must be a str or an int, not %s" % type(s).__name__)
