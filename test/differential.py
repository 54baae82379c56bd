#!/usr/bin/env python3
"""Differential test for libschemadrift.

Role: replays each SQL scenario through the schemadrift CLI
(`schemadrift dump --dialect D --format json FILES...`) and through the real
engine (PostgreSQL 15 server started for this run / Python's built-in SQLite),
turns both catalogs into one comparison projection (below; field meanings in
docs/catalog-json.md) and fails on any difference. It then
round-trips `schemadrift dump --format sql` through a fresh engine database
and checks that the engine ends up with the same catalog as from the scenario
(or, where the engine itself does not reproduce a catalog from its own
output, exactly the catalog our replay of the dump gives).

Standard library only; runs on Python 3.11 (Debian 12's /usr/bin/python3).

Usage:
    differential.py --cli PATH/schemadrift [--dialect postgres|sqlite|both]
                    [-v] [--no-keep-going] [--engine-only] SCENARIO...

Projection (the contract; everything else in our JSON is ignored):
  PostgreSQL: schemas{name: {comment, tables{name: {columns[name,type,not_null,default],
    constraints{name: {kind, columns (not for check), FKs also ref_schema,
    ref_table, ref_columns, on_update, on_delete, match, deferrable,
    initially_deferred}}, indexes{name: {unique, primary, method,
    keys[{column|expression, desc, nulls_first}], include, where, constraint,
    definition (pg_get_indexdef(oid, 0, true),
    table always qualified), partition_of (parent index "schema.name")}},
    kind, partition_key, partition_of ("schema.name"), partition_bound
    (pg_get_expr(relpartbound)), rls, rls_forced (relrowsecurity,
    relforcerowsecurity), inherits ["schema.parent" in order],
    policies{name: {command, permissive, roles}}
    (USING / WITH CHECK texts are kept as written, not compared)}},
    sequences{name: {type, owned_by}}}}. Every schema except pg_* and
    information_schema; extension members are left out. Exclusion
    constraints get kind "exclusion" and their pg_get_constraintdef text as
    definition. owned_by only from pg_depend 'a' (serial / OWNED BY);
    identity sequences have owned_by null.
  SQLite: schemas{main: {tables{name: {sql, columns[name,type,not_null,default,
    pk], indexes{name: {unique, origin, partial, columns (null for an
    expression), desc, sql}}, foreign_keys[[{table,from,to,on_update,
    on_delete,match}...]...] sorted by (table, from columns)}}}}. Columns come
    from pragma table_xinfo minus virtual-table hidden columns (hidden=1), so
    generated columns (hidden 2/3) are included. The engine's "temp" schema
    is left out: temporary tables end with the session that made them (a
    migration run's), and the library ignores them.

A SCENARIO is a .sql file or a directory of .sql files (applied in sorted
name order). The dialect comes from the nearest path component named
`postgres` or `sqlite` (or from --dialect postgres|sqlite when there is none).
`*.err.sql` files and anything inside a directory named `errors` are error
cases, not differential scenarios, and are skipped. A directory named
`postgres`/`sqlite`/`golden`, or one holding no .sql files but
sub-directories, is a collection: each .sql file and each sub-directory (with
.sql files) in it is a scenario, so `differential.py --cli X test/golden`
runs everything. --engine-only prints the engine projection, needs no CLI.

Exit status: 0 when every selected scenario passed (and at least one ran),
1 otherwise, 2 on usage errors, 77 (meson "skip") when PostgreSQL is not
installed and no SQLite scenario was selected.

Environment: SD_PG_BINDIR overrides the PostgreSQL bin directory
(default /usr/lib/postgresql/15/bin); SD_PG_USER the unprivileged user the
server runs as when this script runs as root (default `postgres`, created
with useradd as `schemadrift-pg` if no usable user exists).
"""

import argparse
import difflib
import hashlib
import json
import os
import re
import pwd
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

TIMEOUT = 60  # seconds, for every subprocess
DIALECTS = ("postgres", "sqlite")
DEFAULT_PG_BINDIR = "/usr/lib/postgresql/15/bin"


class ScenarioFailure(Exception):
    """The scenario fails; str(self) is the one-line reason, .details more."""

    def __init__(self, reason, details=""):
        super().__init__(reason)
        self.details = details


class EngineUnavailable(Exception):
    pass


# --------------------------------------------------------------------------
# Small helpers


def indent(text, prefix="    "):
    return "\n".join(prefix + line if line else line
                     for line in text.rstrip("\n").split("\n"))


def dumps(obj):
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False)


def diff_text(ours, theirs, from_name, to_name):
    a = dumps(ours).splitlines()
    b = dumps(theirs).splitlines()
    return "\n".join(difflib.unified_diff(a, b, from_name, to_name,
                                          n=4, lineterm=""))


def run(cmd, timeout=TIMEOUT, **kw):
    """subprocess.run with a timeout turned into a readable failure."""
    try:
        return subprocess.run(cmd, stdin=kw.pop("stdin", subprocess.DEVNULL),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout, **kw)
    except subprocess.TimeoutExpired:
        raise ScenarioFailure("timed out after %ds: %s"
                              % (timeout, " ".join(cmd[:4])))


def decode(b):
    return b.decode("utf-8", errors="replace")


def unique_key(d, key):
    """Engine catalogs may hold two objects with one name in one dict of the
    projection; keep both visible instead of silently dropping one."""
    if key not in d:
        return key
    n = 2
    while "%s (duplicate %d)" % (key, n) in d:
        n += 1
    return "%s (duplicate %d)" % (key, n)


# --------------------------------------------------------------------------
# Scenarios


class Scenario:
    def __init__(self, path, dialect, name, files, skip_reason=None):
        self.path = path
        self.dialect = dialect
        self.name = name
        self.files = files
        self.skip_reason = skip_reason


def dialect_of(path):
    parts = os.path.abspath(path).split(os.sep)
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] in DIALECTS:
            return parts[i], "/".join(parts[i:])
    return None, path


def is_error_case(path):
    parts = os.path.abspath(path).split(os.sep)
    return path.endswith(".err.sql") or "errors" in parts[:-1] or \
        (os.path.isdir(path) and parts[-1] == "errors")


def sql_files_in(d):
    return sorted(os.path.join(d, f) for f in os.listdir(d)
                  if f.endswith(".sql") and not f.endswith(".err.sql")
                  and os.path.isfile(os.path.join(d, f)))


def has_sql(d):
    for _root, _dirs, files in os.walk(d):
        if any(f.endswith(".sql") for f in files):
            return True
    return False


def expand(path, forced_dialect):
    """Yield Scenario objects for one command-line argument."""
    path = os.path.normpath(path)
    dialect, name = dialect_of(path)
    if dialect is None and forced_dialect in DIALECTS:
        dialect = forced_dialect
    if is_error_case(path):
        yield Scenario(path, dialect, name, [], "error case")
        return
    if os.path.isdir(path):
        base = os.path.basename(os.path.abspath(path))
        entries = sorted(os.listdir(path))
        files = sql_files_in(path)
        subdirs = [e for e in entries if os.path.isdir(os.path.join(path, e))]
        if base in DIALECTS or base == "golden" or (not files and subdirs):
            for e in entries:
                p = os.path.join(path, e)
                # inside a collection, directories without any .sql file
                # (e.g. expected-output folders) are not scenarios
                if (os.path.isdir(p) and has_sql(p)) or \
                        (os.path.isfile(p) and e.endswith(".sql")):
                    yield from expand(p, forced_dialect)
            return
        yield Scenario(path, dialect, name, files)
        return
    if not os.path.exists(path):
        yield Scenario(path, dialect, name, [path])  # fails later, visibly
        return
    yield Scenario(path, dialect, name, [path])


# --------------------------------------------------------------------------
# Our side: the CLI and the projection of its JSON


def run_cli(cli, dialect, fmt, files):
    r = run([cli, "dump", "--dialect", dialect, "--format", fmt] + files)
    if r.returncode != 0:
        raise ScenarioFailure(
            "schemadrift dump --format %s exited with %d"
            % (fmt, r.returncode),
            "stderr:\n" + indent(decode(r.stderr) or "(empty)"))
    return decode(r.stdout)


def req(obj, key, where):
    try:
        return obj[key]
    except (KeyError, TypeError):
        raise ScenarioFailure("our JSON: missing %r in %s" % (key, where))


def project_ours_postgres(doc):
    out = {}
    for s in req(doc, "schemas", "document"):
        sname = req(s, "name", "schema")
        tables = {}
        for t in s.get("tables") or []:
            tname = req(t, "name", "table in " + sname)
            where = "%s.%s" % (sname, tname)
            cols = [{"name": req(c, "name", where),
                     "type": req(c, "type", where),
                     "not_null": req(c, "not_null", where),
                     "default": c.get("default"),
                     "comment": c.get("comment")}
                    for c in t.get("columns") or []]
            cons = {}
            for c in t.get("constraints") or []:
                kind = req(c, "kind", where + " constraint")
                p = {"kind": kind, "comment": c.get("comment")}
                if kind != "check":
                    p["columns"] = c.get("columns")
                if kind == "exclusion":
                    p["definition"] = c.get("definition")
                if kind == "foreign_key":
                    for k in ("ref_schema", "ref_table", "ref_columns",
                              "on_update", "on_delete", "match",
                              "deferrable", "initially_deferred"):
                        p[k] = c.get(k)
                name = c.get("name")
                cons[unique_key(cons, str(name))] = p
            idx = {}
            for i in t.get("indexes") or []:
                keys = []
                for k in req(i, "keys", where + " index"):
                    kk = {}
                    if "column" in k:
                        kk["column"] = k["column"]
                    else:
                        kk["expression"] = k.get("expression")
                    kk["desc"] = k.get("desc")
                    kk["nulls_first"] = k.get("nulls_first")
                    keys.append(kk)
                idx[unique_key(idx, str(req(i, "name", where + " index")))] = {
                    "unique": i.get("unique"),
                    "primary": i.get("primary"),
                    "nulls_not_distinct": i.get("nulls_not_distinct"),
                    "method": i.get("method"),
                    "keys": keys,
                    "where": i.get("where"),
                    "constraint": i.get("constraint"),
                    "comment": i.get("comment"),
                    "include": i.get("include"),
                    "definition": i.get("definition"),
                    "partition_of": i.get("partition_of"),
                }
            trig = {}
            for g in t.get("triggers") or []:
                trig[unique_key(trig, req(g, "name", where + " trigger"))] = [g.get("definition"), g.get("enabled")]
            pols = {}
            for po in t.get("policies") or []:
                pols[unique_key(pols, req(po, "name", where + " policy"))] = {
                    "command": po.get("command"), "permissive": po.get("permissive"), "roles": po.get("roles")}
            tables[unique_key(tables, tname)] = {
                "columns": cols, "constraints": cons, "indexes": idx,
                "triggers": trig, "policies": pols, "comment": t.get("comment"),
                "rls": t.get("row_level_security"), "rls_forced": t.get("force_row_level_security"),
                "inherits": t.get("inherits") or [],
                "kind": t.get("kind"), "partition_key": t.get("partition_key"),
                "partition_of": t.get("partition_of"), "partition_bound": t.get("partition_bound")}
        seqs = {}
        for q in s.get("sequences") or []:
            seqs[unique_key(seqs, req(q, "name", "sequence"))] = {
                "type": q.get("type"), "owned_by": q.get("owned_by"), "comment": q.get("comment")}
        types = {}
        for u in s.get("types") or []:
            kind = req(u, "kind", "type")
            p = {"kind": kind, "comment": u.get("comment")}
            if kind == "enum":
                p["labels"] = u.get("labels")
            elif kind == "domain":
                p.update({"type": u.get("type"), "not_null": u.get("not_null"),
                          "default": u.get("default")})
            elif kind == "range":
                p["subtype"] = u.get("subtype")
            elif kind == "multirange":
                p["range"] = u.get("range")
            else:
                p["attributes"] = u.get("attributes")
            types[unique_key(types, req(u, "name", "type"))] = p
        funcs = {}
        for f in s.get("functions") or []:
            body = f.get("body")
            funcs[unique_key(funcs, req(f, "signature", "function"))] = {
                "kind": f.get("kind"), "returns": f.get("returns"),
                "language": f.get("language"),
                "body_md5": None if body is None else
                hashlib.md5(body.encode("utf-8", "surrogateescape")).hexdigest()}
        views = {}
        for v in s.get("views") or []:
            views[unique_key(views, req(v, "name", "view"))] = {
                "materialized": v.get("materialized"), "columns": v.get("columns"),
                "comment": v.get("comment")}
        out[unique_key(out, sname)] = {"tables": tables, "sequences": seqs,
                                       "types": types, "functions": funcs,
                                       "views": views, "comment": s.get("comment")}
    return {"schemas": out}


SQLITE_ACTIONS = {"no action": "NO ACTION", "restrict": "RESTRICT",
                  "cascade": "CASCADE", "set null": "SET NULL",
                  "set default": "SET DEFAULT"}


def sort_fk_groups(groups):
    return sorted(groups, key=lambda g: (
        str(g[0]["table"]) if g else "",
        [str(x["from"]) for x in g],
        json.dumps(g, sort_keys=True)))


def project_ours_sqlite(doc):
    out = {}
    for s in req(doc, "schemas", "document"):
        sname = req(s, "name", "schema")
        tables = {}
        for t in s.get("tables") or []:
            tname = req(t, "name", "table in " + sname)
            where = "%s.%s" % (sname, tname)
            cols = [{"name": req(c, "name", where),
                     "type": req(c, "type", where),
                     "not_null": req(c, "not_null", where),
                     "default": c.get("default"),
                     "pk": req(c, "pk", where)}
                    for c in t.get("columns") or []]
            idx = {}
            for i in t.get("indexes") or []:
                keys = req(i, "keys", where + " index")
                idx[unique_key(idx, str(req(i, "name", where + " index")))] = {
                    "unique": i.get("unique"),
                    "origin": i.get("origin"),
                    "partial": i.get("where") is not None,
                    "columns": [k["column"] if "column" in k else None
                                for k in keys],
                    "desc": [k.get("desc") for k in keys],
                    "sql": i.get("sql"),
                }
            fks = []
            for c in t.get("constraints") or []:
                if c.get("kind") != "foreign_key":
                    continue
                refcols = c.get("ref_columns") or []
                group = []
                for n, col in enumerate(req(c, "columns", where + " fk")):
                    group.append({
                        "table": c.get("ref_table"),
                        "from": col,
                        "to": refcols[n] if n < len(refcols) else None,
                        "on_update": SQLITE_ACTIONS.get(c.get("on_update"),
                                                        c.get("on_update")),
                        "on_delete": SQLITE_ACTIONS.get(c.get("on_delete"),
                                                        c.get("on_delete")),
                        "match": "NONE",
                    })
                fks.append(group)
            tables[unique_key(tables, tname)] = {
                "sql": t.get("sql"), "columns": cols, "indexes": idx,
                "foreign_keys": sort_fk_groups(fks),
                "triggers": {g.get("name"): g.get("sql") for g in t.get("triggers") or []}}
        if sname == "temp" and not tables:
            continue
        views = {v.get("name"): v.get("sql") for v in s.get("views") or []}
        out[unique_key(out, sname)] = {"tables": tables, "views": views}
    return {"schemas": out}


def scope_view_columns(ours, engine):
    """The library names a view's columns only where the select list makes
    them plain; where it says null, only the view's existence is compared."""
    for sname, s in ours.get("schemas", {}).items():
        for vname, v in (s.get("views") or {}).items():
            if isinstance(v, dict) and v.get("columns") is None:
                ev = engine.get("schemas", {}).get(sname, {}).get("views", {}).get(vname)
                if isinstance(ev, dict):
                    ev["columns"] = None


def project_ours(dialect, text):
    try:
        doc = json.loads(text)
    except ValueError as e:
        raise ScenarioFailure("our JSON does not parse: %s" % e,
                              "output:\n" + indent(text[:2000]))
    if dialect == "postgres":
        return project_ours_postgres(doc)
    return project_ours_sqlite(doc)


# --------------------------------------------------------------------------
# SQLite engine


MARKER = re.compile(r"^\s*--\s*(\+goose\s+(up|down)|migrate:(up|down))\b", re.I | re.M)


def up_sections(text):
    """What goose or dbmate would run of a migration file: only its up
    sections (down sections blanked, line numbers kept)."""
    if not MARKER.search(text):
        return text
    out, down = [], False
    for line in text.split("\n"):
        m = MARKER.match(line)
        if m:
            down = (m.group(2) or m.group(3) or "").lower() == "down"
            out.append("")
            continue
        out.append("" if down else line)
    return "\n".join(out)


def sqlite_apply(con, sql_text, label):
    try:
        con.executescript(sql_text)
    except sqlite3.Error as e:
        raise ScenarioFailure("%s: %s" % (label, e))


def sqlite_project(con):
    schemas = {}
    for sname, master in (("main", "sqlite_schema"),):
        q = lambda sql, args=(): con.execute(sql, args).fetchall()
        rows = q("SELECT name, sql FROM %s.%s WHERE type = 'table' "
                 "ORDER BY name" % (sname, master))
        isql = dict(q("SELECT name, sql FROM %s.%s WHERE type = 'index'"
                      % (sname, master)))
        trig = {}
        for gname, gtable, gsql in q("SELECT name, tbl_name, sql FROM %s.%s WHERE type = 'trigger'"
                                     % (sname, master)):
            trig.setdefault(gtable.lower(), {})[gname] = gsql
        tables = {}
        for tname, tsql in rows:
            if tname.startswith("sqlite_"):
                continue
            cols = []
            # hidden: 0 normal, 1 hidden column of a virtual table,
            # 2/3 generated (virtual/stored) column - those are real columns.
            for cid, name, typ, notnull, dflt, pk, hidden in q(
                    "SELECT * FROM pragma_table_xinfo(?, ?)", (tname, sname)):
                if hidden == 1:
                    continue
                cols.append({"name": name, "type": typ,
                             "not_null": bool(notnull), "default": dflt,
                             "pk": pk})
            idx = {}
            for seq, iname, unique, origin, partial in q(
                    "SELECT * FROM pragma_index_list(?, ?)", (tname, sname)):
                keys = [r for r in q(
                    "SELECT * FROM pragma_index_xinfo(?, ?) ORDER BY seqno",
                    (iname, sname)) if r[5]]
                idx[unique_key(idx, iname)] = {
                    "unique": bool(unique), "origin": origin,
                    "partial": bool(partial),
                    "columns": [r[2] for r in keys],
                    "desc": [bool(r[3]) for r in keys],
                    "sql": isql.get(iname),
                }
            groups = {}
            for fid, fseq, ftable, ffrom, fto, onupd, ondel, match in q(
                    "SELECT * FROM pragma_foreign_key_list(?, ?) "
                    "ORDER BY id, seq", (tname, sname)):
                groups.setdefault(fid, []).append({
                    "table": ftable, "from": ffrom, "to": fto,
                    "on_update": onupd, "on_delete": ondel, "match": match})
            tables[tname] = {"sql": tsql, "columns": cols, "indexes": idx,
                             "foreign_keys": sort_fk_groups(groups.values()),
                             "triggers": trig.get(tname.lower(), {})}
        if sname == "temp" and not tables:
            continue
        views = dict(q("SELECT name, sql FROM %s.%s WHERE type = 'view'" % (sname, master)))
        schemas[sname] = {"tables": tables, "views": views}
    return {"schemas": schemas}


def sqlite_engine_projection(files=None, sql_text=None):
    con = sqlite3.connect(":memory:", isolation_level=None)
    try:
        if files is not None:
            for f in files:
                with open(f, "rb") as fh:
                    raw = fh.read()
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    raise ScenarioFailure("%s is not UTF-8: %s" % (f, e))
                sqlite_apply(con, up_sections(text), "scenario invalid on engine (%s)"
                             % os.path.basename(f))
        else:
            try:
                sqlite_apply(con, sql_text,
                             "dump --format sql output rejected by engine")
            except ScenarioFailure as e:
                e.details = "dumped SQL:\n" + indent(sql_text[:4000])
                raise
        return sqlite_project(con)
    finally:
        con.close()


# --------------------------------------------------------------------------
# PostgreSQL engine

PG_CATALOG_QUERY = r"""
WITH nsp AS (
  SELECT n.oid, n.nspname FROM pg_namespace n
  WHERE n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_namespace'::regclass
                      AND d.objid = n.oid AND d.deptype = 'e')
), rel AS (
  SELECT c.oid, c.relname, c.relkind, n.nspname
  FROM pg_class c JOIN nsp n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'S')
    AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass
                      AND d.objid = c.oid AND d.deptype = 'e')
), tbl AS (
  SELECT * FROM rel WHERE relkind IN ('r', 'p')
)
SELECT json_build_object(
 'schemas', (SELECT coalesce(json_agg(nspname ORDER BY nspname), '[]')
             FROM nsp),
 'schema_comments', (SELECT coalesce(json_object_agg(nspname, obj_description(oid, 'pg_namespace')), '{}')
             FROM nsp),
 'tables', (SELECT coalesce(json_agg(json_build_object(
               'oid', oid, 'schema', nspname, 'name', relname,
               'comment', obj_description(oid, 'pg_class'),
               'kind', CASE relkind WHEN 'p' THEN 'partitioned table' ELSE 'table' END,
               'partition_key', CASE relkind WHEN 'p' THEN pg_get_partkeydef(oid) END,
               'partition_of', (SELECT pn.nspname || '.' || pc.relname
                                FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent
                                JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                                JOIN pg_class me ON me.oid = h.inhrelid
                                WHERE h.inhrelid = tbl.oid AND me.relispartition),
               'partition_bound', (SELECT pg_get_expr(c.relpartbound, c.oid)
                                   FROM pg_class c WHERE c.oid = tbl.oid),
               'inherits', (SELECT coalesce(json_agg(pn.nspname || '.' || pc.relname ORDER BY h.inhseqno), '[]')
                            FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent
                            JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                            JOIN pg_class me ON me.oid = h.inhrelid
                            WHERE h.inhrelid = tbl.oid AND NOT me.relispartition),
               'rls', (SELECT c.relrowsecurity FROM pg_class c WHERE c.oid = tbl.oid),
               'rls_forced', (SELECT c.relforcerowsecurity FROM pg_class c WHERE c.oid = tbl.oid))
             ORDER BY nspname, relname), '[]') FROM tbl),
 'columns', (SELECT coalesce(json_agg(json_build_object(
               'rel', a.attrelid, 'name', a.attname,
               'type', format_type(a.atttypid, a.atttypmod),
               'not_null', a.attnotnull,
               'default', pg_get_expr(ad.adbin, ad.adrelid),
               'comment', col_description(a.attrelid, a.attnum))
             ORDER BY a.attrelid, a.attnum), '[]')
             FROM pg_attribute a JOIN tbl t ON t.oid = a.attrelid
             LEFT JOIN pg_attrdef ad
               ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
             WHERE a.attnum > 0 AND NOT a.attisdropped),
 'constraints', (SELECT coalesce(json_agg(json_build_object(
               'rel', co.conrelid, 'name', co.conname, 'type', co.contype,
               'definition', pg_get_constraintdef(co.oid),
               'comment', obj_description(co.oid, 'pg_constraint'),
               'columns', (SELECT json_agg(a.attname ORDER BY k.ord)
                           FROM unnest(co.conkey) WITH ORDINALITY k(num, ord)
                           LEFT JOIN pg_attribute a
                             ON a.attrelid = co.conrelid AND a.attnum = k.num),
               'ref_schema', rn.nspname, 'ref_table', rc.relname,
               'ref_columns', (SELECT json_agg(a.attname ORDER BY k.ord)
                           FROM unnest(co.confkey) WITH ORDINALITY k(num,ord)
                           LEFT JOIN pg_attribute a
                           ON a.attrelid = co.confrelid AND a.attnum = k.num),
               'upd', co.confupdtype, 'del', co.confdeltype,
               'match', co.confmatchtype,
               'deferrable', co.condeferrable,
               'initially_deferred', co.condeferred)
             ORDER BY co.conrelid, co.conname), '[]')
             FROM pg_constraint co JOIN tbl t ON t.oid = co.conrelid
             LEFT JOIN pg_class rc ON rc.oid = co.confrelid
             LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
             -- an FK referencing a partitioned table gets extra internal
             -- copies (same name, same table) for each referenced partition
             WHERE NOT EXISTS (SELECT 1 FROM pg_constraint p
                               WHERE p.oid = co.conparentid
                                 AND p.conrelid = co.conrelid)),
 'indexes', (SELECT coalesce(json_agg(json_build_object(
               'rel', i.indrelid, 'name', ic.relname,
               'unique', i.indisunique, 'primary', i.indisprimary,
               'nulls_not_distinct', i.indnullsnotdistinct,
               'method', am.amname,
               'keys', (SELECT json_agg(json_build_object(
                          'column', a.attname,
                          'expression', CASE WHEN i.indkey[k - 1] = 0 THEN
                                 pg_get_indexdef(i.indexrelid, k, true) END,
                          'option', i.indoption[k - 1]) ORDER BY k)
                        FROM generate_series(1, i.indnkeyatts) k
                        LEFT JOIN pg_attribute a
                          ON a.attrelid = i.indrelid
                         AND a.attnum = i.indkey[k - 1]
                         AND i.indkey[k - 1] <> 0),
               'where', pg_get_expr(i.indpred, i.indrelid, true),
               'include', (SELECT coalesce(json_agg(a.attname ORDER BY k), '[]')
                           FROM generate_series(i.indnkeyatts + 1, i.indnatts) k
                           JOIN pg_attribute a ON a.attrelid = i.indrelid
                                              AND a.attnum = i.indkey[k - 1]),
               -- pretty, with the table always schema-qualified (pretty
               -- mode leaves it bare when it is on the search_path)
               'definition', CASE WHEN pg_table_is_visible(i.indrelid) THEN
                   overlay(pg_get_indexdef(i.indexrelid, 0, true)
                           PLACING quote_ident(t.nspname) || '.' || quote_ident(t.relname)
                           FROM length('CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END
                                       || 'INDEX ' || quote_ident(ic.relname) || ' ON '
                                       || CASE WHEN ic.relkind = 'I' THEN 'ONLY ' ELSE '' END) + 1
                           FOR length(quote_ident(t.relname)))
                 ELSE pg_get_indexdef(i.indexrelid, 0, true) END,
               'comment', obj_description(i.indexrelid, 'pg_class'),
               'constraint', (SELECT min(co.conname) FROM pg_constraint co
                              WHERE co.conindid = i.indexrelid
                                AND co.conrelid = i.indrelid
                                AND co.contype IN ('p', 'u', 'x')),
               'partition_of', (SELECT pn.nspname || '.' || pc.relname
                                FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent
                                JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                                WHERE h.inhrelid = i.indexrelid))
             ORDER BY i.indrelid, ic.relname), '[]')
             FROM pg_index i JOIN tbl t ON t.oid = i.indrelid
             JOIN pg_class ic ON ic.oid = i.indexrelid
             JOIN pg_am am ON am.oid = ic.relam),
 'views', (SELECT coalesce(json_agg(json_build_object(
               'schema', n.nspname, 'name', c.relname,
               'materialized', c.relkind = 'm',
               'comment', obj_description(c.oid, 'pg_class'),
               'columns', (SELECT json_agg(a.attname ORDER BY a.attnum)
                           FROM pg_attribute a WHERE a.attrelid = c.oid
                             AND a.attnum > 0 AND NOT a.attisdropped))
             ORDER BY n.nspname, c.relname), '[]')
             FROM pg_class c JOIN nsp n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('v', 'm')
               AND NOT EXISTS (SELECT 1 FROM pg_depend d
                               WHERE d.classid = 'pg_class'::regclass
                                 AND d.objid = c.oid AND d.deptype = 'e')),
 'policies', (SELECT coalesce(json_agg(json_build_object(
               'rel', po.polrelid, 'name', po.polname, 'permissive', po.polpermissive,
               'command', CASE po.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT'
                                         WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
               'roles', (SELECT json_agg(CASE WHEN r = 0 THEN 'public' ELSE
                                             (SELECT rolname FROM pg_roles WHERE oid = r) END)
                         FROM unnest(po.polroles) r))
             ORDER BY po.polrelid, po.polname), '[]')
             FROM pg_policy po JOIN tbl t ON t.oid = po.polrelid),
 'triggers', (SELECT coalesce(json_agg(json_build_object(
               'rel', tg.tgrelid, 'name', tg.tgname,
               'definition', pg_get_triggerdef(tg.oid), 'enabled', tg.tgenabled)
             ORDER BY tg.tgrelid, tg.tgname), '[]')
             FROM pg_trigger tg JOIN tbl t ON t.oid = tg.tgrelid
             WHERE NOT tg.tgisinternal),
 'functions', (SELECT coalesce(json_agg(json_build_object(
               'schema', n.nspname,
               'signature', p.proname || '(' ||
                            pg_get_function_identity_arguments(p.oid) || ')',
               'kind', CASE p.prokind WHEN 'p' THEN 'procedure'
                                      ELSE 'function' END,
               'returns', CASE WHEN p.prokind = 'p' THEN NULL
                               ELSE pg_get_function_result(p.oid) END,
               'language', l.lanname,
               'body_md5', md5(p.prosrc))
             ORDER BY n.nspname, p.proname), '[]')
             FROM pg_proc p JOIN nsp n ON n.oid = p.pronamespace
             JOIN pg_language l ON l.oid = p.prolang
             WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                               WHERE d.classid = 'pg_proc'::regclass
                                 AND d.objid = p.oid AND d.deptype IN ('e', 'i'))),
 'types', (SELECT coalesce(json_agg(json_build_object(
               'schema', n.nspname, 'name', t.typname, 'kind', t.typtype,
               'comment', obj_description(t.oid, 'pg_type'),
               'labels', (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder)
                          FROM pg_enum e WHERE e.enumtypid = t.oid),
               'base', CASE WHEN t.typtype = 'd'
                              THEN format_type(t.typbasetype, t.typtypmod)
                            WHEN t.typtype = 'r'
                              THEN (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r
                                    WHERE r.rngtypid = t.oid)
                            WHEN t.typtype = 'm'
                              THEN (SELECT format_type(r.rngtypid, NULL) FROM pg_range r
                                    WHERE r.rngmultitypid = t.oid) END,
               'not_null', t.typnotnull,
               'default', pg_get_expr(t.typdefaultbin, 0),
               'attributes', (SELECT json_agg(json_build_array(
                                a.attname, format_type(a.atttypid, a.atttypmod))
                                ORDER BY a.attnum)
                              FROM pg_attribute a
                              WHERE a.attrelid = t.typrelid AND a.attnum > 0
                                AND NOT a.attisdropped))
             ORDER BY n.nspname, t.typname), '[]')
             FROM pg_type t JOIN nsp n ON n.oid = t.typnamespace
             WHERE (t.typtype IN ('e', 'd', 'r', 'm')
                    OR (t.typtype = 'c' AND EXISTS (
                          SELECT 1 FROM pg_class c
                          WHERE c.oid = t.typrelid AND c.relkind = 'c')))
               AND NOT EXISTS (SELECT 1 FROM pg_depend d
                               WHERE d.classid = 'pg_type'::regclass
                                 AND d.objid = t.oid AND d.deptype = 'e')),
 'sequences', (SELECT coalesce(json_agg(json_build_object(
               'schema', r.nspname, 'name', r.relname,
               'type', format_type(s.seqtypid, NULL),
               'comment', obj_description(r.oid, 'pg_class'),
               'owned_by', (SELECT min(t.relname || '.' || a.attname)
                            FROM pg_depend d
                            JOIN pg_class t ON t.oid = d.refobjid
                            JOIN pg_attribute a ON a.attrelid = d.refobjid
                                               AND a.attnum = d.refobjsubid
                            WHERE d.classid = 'pg_class'::regclass
                              AND d.objid = r.oid
                              AND d.refclassid = 'pg_class'::regclass
                              AND d.refobjsubid > 0 AND d.deptype = 'a'))
             ORDER BY r.nspname, r.relname), '[]')
             FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid
             WHERE r.relkind = 'S')
);
"""

PG_ACTIONS = {"a": "no action", "r": "restrict", "c": "cascade",
              "n": "set null", "d": "set default"}
PG_MATCH = {"s": "simple", "f": "full", "p": "partial"}
PG_KINDS = {"p": "primary_key", "u": "unique", "c": "check",
            "f": "foreign_key", "x": "exclusion", "t": "trigger"}


def pg_build_projection(raw):
    schemas = {s: {"tables": {}, "sequences": {}, "types": {}, "functions": {},
                   "views": {}, "comment": (raw.get("schema_comments") or {}).get(s)}
               for s in raw["schemas"]}
    for v in raw["views"]:
        views = schemas[v["schema"]]["views"]
        views[unique_key(views, v["name"])] = {"materialized": v["materialized"],
                                               "columns": v["columns"] or [],
                                               "comment": v["comment"]}
    for f in raw["functions"]:
        funcs = schemas[f["schema"]]["functions"]
        funcs[unique_key(funcs, f["signature"])] = {
            "kind": f["kind"], "returns": f["returns"],
            "language": f["language"], "body_md5": f["body_md5"]}
    by_oid = {}
    for t in raw["tables"]:
        entry = {"columns": [], "constraints": {}, "indexes": {}, "triggers": {}, "policies": {},
                 "rls": t["rls"], "rls_forced": t["rls_forced"], "inherits": t["inherits"],
                 "comment": t["comment"], "kind": t["kind"],
                 "partition_key": t["partition_key"],
                 "partition_of": t["partition_of"], "partition_bound": t["partition_bound"]}
        tabs = schemas[t["schema"]]["tables"]
        tabs[unique_key(tabs, t["name"])] = entry
        by_oid[t["oid"]] = entry
    for c in raw["columns"]:
        by_oid[c["rel"]]["columns"].append({
            "name": c["name"], "type": c["type"],
            "not_null": c["not_null"], "default": c["default"],
            "comment": c["comment"]})
    for c in raw["constraints"]:
        kind = PG_KINDS.get(c["type"], c["type"])
        p = {"kind": kind, "comment": c["comment"]}
        if kind != "check":
            p["columns"] = c["columns"] or []
        if kind == "exclusion":
            p["definition"] = c["definition"]
        if kind == "foreign_key":
            p.update({
                "ref_schema": c["ref_schema"], "ref_table": c["ref_table"],
                "ref_columns": c["ref_columns"] or [],
                "on_update": PG_ACTIONS.get(c["upd"], c["upd"]),
                "on_delete": PG_ACTIONS.get(c["del"], c["del"]),
                "match": PG_MATCH.get(c["match"], c["match"]),
                "deferrable": c["deferrable"],
                "initially_deferred": c["initially_deferred"]})
        cons = by_oid[c["rel"]]["constraints"]
        cons[unique_key(cons, c["name"])] = p
    for i in raw["indexes"]:
        keys = []
        for k in i["keys"] or []:
            kk = ({"expression": k["expression"]} if k["column"] is None
                  else {"column": k["column"]})
            kk["desc"] = bool(k["option"] & 1)
            kk["nulls_first"] = bool(k["option"] & 2)
            keys.append(kk)
        idx = by_oid[i["rel"]]["indexes"]
        idx[unique_key(idx, i["name"])] = {
            "unique": i["unique"], "primary": i["primary"],
            "nulls_not_distinct": i["nulls_not_distinct"],
            "method": i["method"], "keys": keys, "where": i["where"],
            "constraint": i["constraint"], "include": i["include"],
            "definition": i["definition"], "partition_of": i["partition_of"],
            "comment": i["comment"]}
    for t in raw["types"]:
        kind = {"e": "enum", "d": "domain", "c": "composite", "r": "range",
                "m": "multirange"}[t["kind"]]
        p = {"kind": kind, "comment": t["comment"]}
        if kind == "enum":
            p["labels"] = t["labels"] or []
        elif kind == "domain":
            p.update({"type": t["base"], "not_null": t["not_null"],
                      "default": t["default"]})
        elif kind == "range":
            p["subtype"] = t["base"]
        elif kind == "multirange":
            p["range"] = t["base"]
        else:
            p["attributes"] = t["attributes"] or []
        types = schemas[t["schema"]]["types"]
        types[unique_key(types, t["name"])] = p
    for g in raw["triggers"]:
        trig = by_oid[g["rel"]]["triggers"]
        trig[unique_key(trig, g["name"])] = [g["definition"], g["enabled"]]
    for po in raw["policies"]:
        pols = by_oid[po["rel"]]["policies"]
        pols[unique_key(pols, po["name"])] = {"command": po["command"], "permissive": po["permissive"],
                                              "roles": po["roles"]}
    for s in raw["sequences"]:
        seqs = schemas[s["schema"]]["sequences"]
        seqs[unique_key(seqs, s["name"])] = {"type": s["type"],
                                             "owned_by": s["owned_by"],
                                             "comment": s["comment"]}
    return {"schemas": schemas}


class PgCluster:
    """One throw-away PostgreSQL cluster for the whole run."""

    SUPERUSER = "postgres"

    def __init__(self, bindir, verbose=False):
        self.bindir = bindir
        self.verbose = verbose
        self.tmpdir = None
        self.datadir = None
        self.user = None        # OS user running the server (None = us)
        self.started = False
        self.counter = 0
        psql = os.path.join(bindir, "psql")
        self.psql = psql if os.access(psql, os.X_OK) else shutil.which("psql")
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith("PG") and not k.startswith("LC_")}
        self.env.update({"LC_ALL": "C", "LANG": "C", "TZ": "UTC",
                         "PGCLIENTENCODING": "UTF8"})

    @staticmethod
    def available(bindir):
        return all(os.access(os.path.join(bindir, b), os.X_OK)
                   for b in ("initdb", "pg_ctl", "postgres"))

    # -- running commands as the server's user
    def _as_user(self, cmd):
        if self.user is None:
            return cmd
        if shutil.which("runuser"):
            return ["runuser", "-u", self.user, "--"] + cmd
        return ["setpriv", "--reuid", self.user, "--regid", self.user,
                "--init-groups", "--"] + cmd

    def _pick_user(self):
        if os.geteuid() != 0:
            return None
        wanted = os.environ.get("SD_PG_USER", "postgres")
        for name in (wanted, "schemadrift-pg"):
            try:
                pw = pwd.getpwnam(name)
            except KeyError:
                continue
            if pw.pw_uid != 0:
                return name
        name = "schemadrift-pg"
        r = run(["useradd", "--system", "--no-create-home", "--home-dir",
                 "/nonexistent", "--shell", "/usr/sbin/nologin", name])
        if r.returncode != 0:
            raise EngineUnavailable("cannot create user %s: %s"
                                    % (name, decode(r.stderr).strip()))
        return name

    def start(self):
        self.user = self._pick_user()
        base = tempfile.gettempdir()
        if len(base) > 40:          # unix socket paths are limited to ~107
            base = "/tmp"
        self.tmpdir = tempfile.mkdtemp(prefix="sd-pg-", dir=base)
        if self.user is not None:
            pw = pwd.getpwnam(self.user)
            os.chown(self.tmpdir, pw.pw_uid, pw.pw_gid)
        os.chmod(self.tmpdir, 0o755)
        self.datadir = os.path.join(self.tmpdir, "data")
        r = run(self._as_user([
            os.path.join(self.bindir, "initdb"), "-D", self.datadir,
            "-U", self.SUPERUSER, "-A", "trust", "-E", "UTF8",
            "--locale=C", "--no-sync", "--no-instructions"]),
            cwd=self.tmpdir, env=self.env)
        if r.returncode != 0:
            raise EngineUnavailable("initdb failed:\n" + indent(
                decode(r.stdout) + decode(r.stderr)))
        opts = ("-c listen_addresses='' -c unix_socket_directories='%s' "
                "-c fsync=off -c full_page_writes=off "
                "-c synchronous_commit=off -c autovacuum=off "
                "-c max_locks_per_transaction=256 -c TimeZone=UTC "
                "-c DateStyle='ISO, MDY' -c IntervalStyle=postgres "
                "-c lc_messages=C -c log_min_messages=warning"
                % self.tmpdir)
        self.started = True    # from here on, stop() must try to stop it
        r = run(self._as_user([
            os.path.join(self.bindir, "pg_ctl"), "-D", self.datadir,
            "-l", os.path.join(self.tmpdir, "server.log"), "-o", opts,
            "-w", "-t", "60", "-s", "start"]), cwd=self.tmpdir, env=self.env,
            timeout=TIMEOUT + 10)
        if r.returncode != 0:
            log = ""
            try:
                with open(os.path.join(self.tmpdir, "server.log")) as fh:
                    log = fh.read()[-3000:]
            except OSError:
                pass
            raise EngineUnavailable("pg_ctl start failed:\n" + indent(
                decode(r.stdout) + decode(r.stderr) + log))
        if self.psql is None:
            raise EngineUnavailable("psql not found")
        r = run([os.path.join(self.bindir, "postgres"), "--version"],
                env=self.env)
        version = decode(r.stdout).strip()
        if " 15." not in version:
            print("differential: warning: expected PostgreSQL 15, found %r"
                  % version, file=sys.stderr)

    def stop(self):
        if self.tmpdir is None:
            return
        if self.started:
            pid = None
            try:
                with open(os.path.join(self.datadir, "postmaster.pid")) as fh:
                    pid = int(fh.readline().strip())
            except (OSError, ValueError):
                pass
            try:
                subprocess.run(self._as_user([
                    os.path.join(self.bindir, "pg_ctl"), "-D", self.datadir,
                    "-m", "immediate", "-w", "-t", "20", "-s", "stop"]),
                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL, cwd=self.tmpdir, env=self.env,
                    timeout=30)
            except (subprocess.TimeoutExpired, OSError):
                pass
            if pid is not None and self._alive(pid):
                for sig in (signal.SIGQUIT, signal.SIGKILL):
                    try:
                        os.kill(pid, sig)
                    except OSError:
                        break
                    for _ in range(50):
                        if not self._alive(pid):
                            break
                        time.sleep(0.1)
            self.started = False
        shutil.rmtree(self.tmpdir, ignore_errors=True)
        self.tmpdir = None

    @staticmethod
    def _alive(pid):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        # a zombie child would still answer; the postmaster is not our child
        try:
            with open("/proc/%d/stat" % pid) as fh:
                return fh.read().split(") ")[-1][:1] != "Z"
        except OSError:
            return True

    # -- psql
    def psql_cmd(self, db, *extra):
        return [self.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", self.tmpdir, "-U", self.SUPERUSER, "-d", db] \
            + list(extra)

    def admin(self, sql):
        r = run(self.psql_cmd("postgres", "-c", sql), env=self.env)
        if r.returncode != 0:
            raise ScenarioFailure("PostgreSQL: %s failed: %s"
                                  % (sql, decode(r.stderr).strip()))

    def new_db(self):
        self.counter += 1
        name = "s_%d" % self.counter
        self.admin("CREATE DATABASE %s TEMPLATE template0" % name)
        return name

    def drop_db(self, name):
        try:
            self.admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % name)
        except ScenarioFailure:
            pass

    def apply_file(self, db, path, label):
        r = run(self.psql_cmd(db, "-f", path), env=self.env)
        if r.returncode != 0:
            raise ScenarioFailure(
                "%s: %s" % (label, first_error(decode(r.stderr))),
                "psql stderr:\n" + indent(decode(r.stderr)))

    def projection(self, db):
        env = dict(self.env, PGOPTIONS="-c search_path=public")
        r = run(self.psql_cmd(db, "-A", "-t", "-c", PG_CATALOG_QUERY),
                env=env)
        if r.returncode != 0:
            raise ScenarioFailure("reading the PostgreSQL catalog failed: "
                                  + decode(r.stderr).strip())
        return pg_build_projection(json.loads(decode(r.stdout)))


def first_error(stderr):
    for line in stderr.splitlines():
        if "ERROR:" in line or "FATAL:" in line:
            return line.strip()
    lines = [l for l in stderr.splitlines() if l.strip()]
    return lines[0].strip() if lines else "(no message)"


# --------------------------------------------------------------------------
# Running scenarios


def engine_projection_pg(cluster, files, keep):
    db = cluster.new_db()
    keep.append(db)
    for f in files:
        path = os.path.abspath(f)
        with open(path, encoding="utf-8", errors="surrogateescape") as fh:
            text = fh.read()
        if MARKER.search(text):
            path = os.path.join(cluster.tmpdir, "up_%s_%s" % (db, os.path.basename(f)))
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as fh:
                fh.write(up_sections(text))
            os.chmod(path, 0o644)
        cluster.apply_file(db, path,
                           "scenario invalid on engine (%s)"
                           % os.path.basename(f))
    return cluster.projection(db)


def roundtrip_pg(cluster, sql_text, keep):
    db = cluster.new_db()
    keep.append(db)
    path = os.path.join(cluster.tmpdir, "roundtrip_%s.sql" % db)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(sql_text)
    os.chmod(path, 0o644)
    try:
        cluster.apply_file(db, path,
                           "dump --format sql output rejected by engine")
    except ScenarioFailure as e:
        e.details += "\ndumped SQL:\n" + indent(sql_text[:4000])
        raise
    return cluster.projection(db)


def check_scenario(sc, args, cluster):
    """Return None when the scenario passes; raise ScenarioFailure if not."""
    for f in sc.files:
        if not os.path.isfile(f):
            raise ScenarioFailure("no such file: %s" % f)
    if not sc.files:
        raise ScenarioFailure("no .sql files in %s" % sc.path)
    dbs = []
    try:
        if sc.dialect == "postgres":
            engine = engine_projection_pg(cluster, sc.files, dbs)
        else:
            engine = sqlite_engine_projection(files=sc.files)
        if args.engine_only:
            print(indent(dumps(engine)))
            return
        ours = project_ours(sc.dialect,
                            run_cli(args.cli, sc.dialect, "json", sc.files))
        if args.verbose:
            print("  schemadrift projection:\n" + indent(dumps(ours)))
            print("  engine projection:\n" + indent(dumps(engine)))
        scoped = json.loads(json.dumps(engine))
        scope_view_columns(ours, scoped)
        if ours != scoped:
            raise ScenarioFailure(
                "catalog differs from the engine",
                diff_text(ours, scoped, "schemadrift", "engine"))
        sql_text = run_cli(args.cli, sc.dialect, "sql", sc.files)
        if sc.dialect == "postgres":
            again = roundtrip_pg(cluster, sql_text, dbs)
        else:
            again = sqlite_engine_projection(sql_text=sql_text)
        if again != engine and not replays_like_engine(args, sc, sql_text, again):
            raise ScenarioFailure(
                "round trip (dump --format sql) gives a different catalog",
                diff_text(engine, again, "engine (scenario)",
                          "engine (dump --format sql)")
                + "\n  dumped SQL:\n" + indent(sql_text[:4000]))
    finally:
        if cluster is not None:
            for db in dbs:
                cluster.drop_db(db)


def replays_like_engine(args, sc, sql_text, again):
    """The engine does not always reproduce its own catalog from its own
    output (it pushes the cast of an ARRAY[...] of varchar into the
    elements, for one): a dump whose replay differs is still right when our
    replay of that dump gives exactly what the engine made of it."""
    fd, path = tempfile.mkstemp(suffix=".sql")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(sql_text)
        ours = project_ours(sc.dialect, run_cli(args.cli, sc.dialect, "json", [path]))
    finally:
        os.unlink(path)
    scoped = json.loads(json.dumps(again))
    scope_view_columns(ours, scoped)
    return ours == scoped


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Compare schemadrift's catalog with PostgreSQL/SQLite.")
    ap.add_argument("--cli", help="path to the schemadrift binary")
    ap.add_argument("--dialect", choices=("postgres", "sqlite", "both"),
                    default="both")
    ap.add_argument("--keep-going", dest="keep_going", action="store_true",
                    default=True, help="run all scenarios (default)")
    ap.add_argument("--no-keep-going", "-x", dest="keep_going",
                    action="store_false", help="stop at the first failure")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print both projections")
    ap.add_argument("--engine-only", action="store_true",
                    help="only print the engine projection of each scenario "
                         "(no CLI needed; for writing/debugging scenarios)")
    ap.add_argument("--pg-bindir",
                    default=os.environ.get("SD_PG_BINDIR", DEFAULT_PG_BINDIR))
    ap.add_argument("scenarios", nargs="+", metavar="SCENARIO")
    args = ap.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass

    if not args.engine_only:
        if not args.cli:
            ap.error("--cli is required")
        if not (os.path.isfile(args.cli) and os.access(args.cli, os.X_OK)):
            print("differential: --cli %s is not an executable file"
                  % args.cli, file=sys.stderr)
            return 2
        args.cli = os.path.abspath(args.cli)

    scenarios = []
    for p in args.scenarios:
        if not os.path.exists(p):
            print("differential: no such scenario: %s" % p, file=sys.stderr)
            return 2
        scenarios.extend(expand(p, args.dialect))

    selected = []
    for sc in scenarios:
        if sc.skip_reason:
            if args.verbose:
                print("skip %s: %s" % (sc.name, sc.skip_reason))
            continue
        if sc.dialect is None:
            selected.append(sc)      # fails: dialect unknown
        elif args.dialect in ("both", sc.dialect):
            selected.append(sc)

    if not selected:
        print("differential: no scenario selected (dialect %s)"
              % args.dialect, file=sys.stderr)

    want_pg = any(sc.dialect == "postgres" for sc in selected)
    want_sqlite = any(sc.dialect == "sqlite" for sc in selected)
    pg_missing = None
    if want_pg and not PgCluster.available(args.pg_bindir):
        pg_missing = ("PostgreSQL 15 server binaries not found in %s "
                      "(install postgresql-15 or set SD_PG_BINDIR)"
                      % args.pg_bindir)
        print("differential: " + pg_missing, file=sys.stderr)
        if not want_sqlite:
            print("differential: skipping (exit 77)", file=sys.stderr)
            return 77

    passed = failed = skipped = 0
    cluster = None
    pg_broken = None

    def on_signal(signum, frame):
        raise KeyboardInterrupt
    old_term = signal.signal(signal.SIGTERM, on_signal)
    old_hup = signal.signal(signal.SIGHUP, on_signal)
    try:
        for sc in selected:
            if sc.dialect is None:
                print("FAIL %s: cannot tell the dialect (no path component "
                      "named postgres or sqlite; use --dialect)" % sc.name)
                failed += 1
                if not args.keep_going:
                    break
                continue
            if sc.dialect == "postgres" and pg_missing:
                print("skip %s: postgres not available" % sc.name)
                skipped += 1
                continue
            if sc.dialect == "postgres" and cluster is None and not pg_broken:
                cluster = PgCluster(args.pg_bindir, args.verbose)
                try:
                    cluster.start()
                except (EngineUnavailable, ScenarioFailure) as e:
                    pg_broken = str(e)
                    print("differential: cannot start PostgreSQL: %s"
                          % pg_broken, file=sys.stderr)
            if sc.dialect == "postgres" and pg_broken:
                print("FAIL %s: PostgreSQL could not be started" % sc.name)
                failed += 1
                if not args.keep_going:
                    break
                continue
            if args.engine_only:
                print("engine %s" % sc.name)
            try:
                check_scenario(sc, args, cluster)
            except ScenarioFailure as e:
                print("FAIL %s: %s" % (sc.name, e))
                if e.details:
                    print(indent(e.details))
                failed += 1
                if not args.keep_going:
                    break
            else:
                if not args.engine_only:
                    print("ok   %s" % sc.name)
                passed += 1
            sys.stdout.flush()
    except KeyboardInterrupt:
        print("differential: interrupted", file=sys.stderr)
        failed += 1
    finally:
        if cluster is not None:
            cluster.stop()
        signal.signal(signal.SIGTERM, old_term)
        signal.signal(signal.SIGHUP, old_hup)

    summary = "%d passed, %d failed" % (passed, failed)
    if skipped:
        summary += ", %d skipped" % skipped
    print(summary)
    if failed == 0 and passed == 0 and skipped and pg_missing:
        return 77
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:        # e.g. piped into head; cleanup already ran
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
