#!/usr/bin/env python3
"""Cross-consumer protocol driver for the Python binding: prints exactly the
bytes the C library produced, so that its output can be compared byte for
byte with the CLI's and other bindings'.

    consumer.py catalog DIALECT FILE...
        apply each FILE in order (replay errors are ignored), print the
        catalog as sd_catalog_serialize(SD_FORMAT_JSON) made it; exit 0
        (1 when a file cannot be read).
    consumer.py check [lint] [--schema P] [--migrations P] [--list P]
                      [--table G] [--exclude G] [--dialect D]
                      [--schema-dialect D] [--column-order]
                      [--fail-on X] [--format X]
        run sd_check with the CLI's check/lint arguments (--fail-on and
        --format are accepted and ignored), print its SD_REPORT_JSON report
        and exit with sd_check_status(fail_on=error); on failure print the
        error to stderr and exit 1.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import schemadrift  # noqa: E402
from schemadrift import Catalog, ListFile, SchemaDriftError, Status  # noqa: E402

VALUED = {"--schema", "--migrations", "--list", "--table", "--exclude", "--dialect", "--schema-dialect",
          "--fail-on", "--format"}


def fail(msg: str) -> int:
    sys.stderr.write("consumer.py: %s\n" % msg)
    return 1


def out(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def cmd_catalog(args: list) -> int:
    if not args:
        return fail("catalog needs DIALECT FILE...")
    try:
        cat = Catalog(args[0])
    except (ValueError, SchemaDriftError) as e:
        return fail(str(e))
    with cat:
        try:
            for path in args[1:]:
                # check=False: replay errors come back as a status (ignored);
                # NOMEM and MISUSE raise all the same; IO is fatal here
                rc = cat.apply_file(path, check=False)
                if rc == Status.IO:
                    return fail(str(cat.last_error))
            data = cat.serialize("json")
        except (ValueError, SchemaDriftError) as e:
            return fail(str(e))
    out(data)
    return 0


def cmd_check(args: list) -> int:
    lint = bool(args) and args[0] == "lint"
    if lint:
        args = args[1:]
    schemas, sources, tables, excludes = [], [], [], []
    dialect, schema_dialect, column_order = "postgres", None, False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--column-order":
            column_order = True
            i += 1
            continue
        if a not in VALUED:
            return fail("unknown argument %r" % a)
        if i + 1 >= len(args):
            return fail("%s needs a value" % a)
        v = args[i + 1]
        i += 2
        if a == "--schema":
            schemas.append(v)
        elif a == "--migrations":
            sources.append(v)
        elif a == "--list":
            sources.append(ListFile(v))
        elif a == "--table":
            tables.append(v)
        elif a == "--exclude":
            excludes.append(v)
        elif a == "--dialect":
            dialect = v
        elif a == "--schema-dialect":
            schema_dialect = v
        # --fail-on and --format: ignored
    try:
        if lint:
            if schemas:
                return fail("lint takes no schema (it looks at the migrations alone)")
            result = schemadrift.lint(sources, dialect=dialect)
        else:
            result = schemadrift.check(schemas, sources, dialect=dialect, schema_dialect=schema_dialect,
                                       tables=tables, exclude=excludes, column_order=column_order)
    except (ValueError, SchemaDriftError) as e:
        return fail(str(e))
    out(result.to_json_bytes())
    return result.status("error")


def main(argv: list) -> int:
    if len(argv) < 2 or argv[1] not in ("catalog", "check"):
        return fail("usage: consumer.py catalog DIALECT FILE... | consumer.py check [lint] ARGS...")
    return cmd_catalog(argv[2:]) if argv[1] == "catalog" else cmd_check(argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
