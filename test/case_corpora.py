#!/usr/bin/env python3
"""Replays the two corpora of independent cases, sqldef and sqlc, for the
conformance report (test/conformance.py) and the corpus test
(test/corpus_test.py).

sqldef (../shared/corpus/sqldef, YAML): every case is a migration oracle;
`current` followed by sqldef's `up` should give the catalog `desired` gives
(and `desired` + `down` the one `current` gives). Both sides are replayed
with `schemadrift dump` and their projections (test/differential.py's
comparison contract, provenance left out) compared.

sqlc (../shared/corpus/sqlc): the schema sets its sqlc.json/sqlc.yaml
configs name (postgresql and sqlite engines), each replayed as one run.

With an engine (`--engine`: a throw-away PostgreSQL 15 cluster from
differential.py and Python's sqlite3) every replayed side is also applied
to the real engine: our catalog is compared with the engine's for the same
SQL, our engine errors are checked against the engine, and each sqldef
disagreement is classified (the engine's two catalogs differ too: sqldef's
migration is not exact; they are equal: our bug).

YAML is read with PyYAML (Debian's python3-yaml): the sqldef files use
nested mappings, lists and comments besides block scalars, and sqlc's
configs are general YAML. Without it the YAML sources are reported as
skipped (SKIP_NO_YAML), never misread.

    case_corpora.py --cli build/tools/schemadrift --corpus ../shared/corpus [--engine] [-v]
"""
import argparse
import glob
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import differential  # noqa: E402

try:
    import yaml
except ImportError:           # python3-yaml not installed
    yaml = None

SKIP_NO_YAML = "PyYAML (python3-yaml) not installed"
OUTCOMES = ["applied", "no-op", "ignored", "acknowledged", "engine-error", "unmodelled"]
LINE = re.compile(r"^(.*?):(\d+):(\d+): (\S+) ([A-Z][A-Za-z_ ]*?)(?:: (.*))?$")
PG_MAJOR = 15
WATCH = None      # corpus_test.py: called with (label, Replay) for every run


# --------------------------------------------------------------------------
# Replaying snippets with the CLI


class Snippet:
    """SQL text from a corpus file: `origin` and `first_line` say where its
    first line is, so outcomes can be reported at the corpus location."""

    def __init__(self, label, text, origin, first_line, path=None):
        self.label = label
        self.text = text
        self.origin = origin
        self.first_line = first_line
        self.path = path          # set when the text is a corpus file as is


class Replay:
    def __init__(self):
        self.code = None
        self.statements = []      # (origin, line, outcome, kind, message)
        self.json = None          # catalog JSON text (None when not printed)
        self.stderr = ""

    def counts(self):
        c = dict.fromkeys(OUTCOMES, 0)
        for s in self.statements:
            c[s[2]] = c.get(s[2], 0) + 1
        return c


class Replayer:
    def __init__(self, cli):
        self.cli = os.path.abspath(cli)
        self.tmp = tempfile.mkdtemp(prefix="sd-cases-")
        os.chmod(self.tmp, 0o755)
        self.n = 0

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def files_for(self, snippets):
        """Paths to give the CLI (and psql/sqlite3): corpus files as they
        are, texts written to temporary files; and a map back to origins."""
        paths, where = [], {}
        for s in snippets:
            if s.path is not None:
                p = os.path.abspath(s.path)
            else:
                self.n += 1
                p = os.path.join(self.tmp, "%d_%s.sql" % (self.n, re.sub(r"\W", "_", s.label)[:60]))
                with open(p, "w", encoding="utf-8") as f:
                    f.write(s.text)
                os.chmod(p, 0o644)
            paths.append(p)
            where[p] = s
        return paths, where

    def replay(self, dialect, snippets):
        r = Replay()
        paths, where = self.files_for(snippets)
        p = subprocess.run([self.cli, "dump", "--dialect", dialect, "--explain"] + paths,
                           capture_output=True, text=True, errors="replace", timeout=300)
        q = subprocess.run([self.cli, "dump", "--dialect", dialect, "--format", "json"] + paths,
                           capture_output=True, text=True, errors="replace", timeout=300)
        r.code = p.returncode
        r.stderr = p.stderr
        if q.returncode != p.returncode:
            r.code = "exit %s with --format json, %s with --explain" % (q.returncode, p.returncode)
        elif q.stdout.startswith("{"):
            r.json = q.stdout
        for line in p.stdout.splitlines():
            m = LINE.match(line)
            if not m:
                continue
            s = where.get(m.group(1))
            origin = s.origin if s else m.group(1)
            ln = int(m.group(2)) + (s.first_line - 1 if s else 0)
            r.statements.append((origin, ln, m.group(4), m.group(5), m.group(6) or ""))
        if WATCH is not None:
            WATCH(" + ".join(s.label for s in snippets), r)
        return r


def reason_key(message):
    """A failed-closed reason with names and locations blanked, for counting."""
    reason = re.sub(r'"[^"]*"', '"…"', message)
    reason = re.sub(r"at \S+:\d+", "at …", reason)
    reason = re.sub(r"\(replay says.*", "", reason).strip()
    return reason


def project(dialect, text):
    try:
        return differential.project_ours(dialect, text)
    except differential.ScenarioFailure:
        return None


def first_difference(a, b, path=""):
    """A short description of where two projections first differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            if k not in a:
                return "%s%s only in the second" % (path, k)
            if k not in b:
                return "%s%s only in the first" % (path, k)
            if a[k] != b[k]:
                return first_difference(a[k], b[k], "%s%s." % (path, k))
        return None
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                name = x.get("name") if isinstance(x, dict) else None
                return first_difference(x, y, "%s%s." % (path, name or "[%d]" % i))
        return None
    short = lambda v: json.dumps(v, ensure_ascii=False)[:80]
    return "%s %s vs %s" % (path.rstrip("."), short(a), short(b))


# --------------------------------------------------------------------------
# Engines


class Engines:
    """The real engines for --engine: PostgreSQL 15 (differential.PgCluster)
    and Python's sqlite3."""

    def __init__(self, roles=()):
        self.cluster = None
        self.pg_error = None
        self.roles = roles

    def pg(self):
        if self.cluster is None and self.pg_error is None:
            bindir = os.environ.get("SD_PG_BINDIR", differential.DEFAULT_PG_BINDIR)
            if not differential.PgCluster.available(bindir):
                self.pg_error = "PostgreSQL 15 not installed"
                return None
            c = differential.PgCluster(bindir)
            try:
                c.start()
                for role in sorted(self.roles):
                    c.admin('CREATE ROLE "%s"' % role.replace('"', '""'))
            except (differential.EngineUnavailable, differential.ScenarioFailure) as e:
                c.stop()
                self.pg_error = str(e).splitlines()[0]
                return None
            self.cluster = c
        return self.cluster

    def close(self):
        if self.cluster is not None:
            self.cluster.stop()
            self.cluster = None

    def projection(self, dialect, paths):
        """(projection, None) or (None, the engine's first error)."""
        if dialect == "sqlite":
            con = sqlite3.connect(":memory:", isolation_level=None)
            try:
                for p in paths:
                    with open(p, encoding="utf-8", errors="replace") as f:
                        con.executescript(differential.up_sections(f.read()))
                return differential.sqlite_project(con), None
            except sqlite3.Error as e:
                return None, "%s: %s" % (os.path.basename(p), e)
            finally:
                con.close()
        c = self.pg()
        if c is None:
            return None, "engine unavailable: " + self.pg_error
        dbs = []
        try:
            return differential.engine_projection_pg(c, paths, dbs), None
        except differential.ScenarioFailure as e:
            return None, str(e).replace("scenario invalid on engine ", "")
        finally:
            for db in dbs:
                c.drop_db(db)


def engine_message(err):
    """The engine's error without our temporary file names."""
    m = re.search(r"(ERROR|FATAL):\s+(.*)", err)
    if m:
        return m.group(2).strip()
    return re.sub(r"^\S+\.sql\)?:\s*", "", err.split("\n")[0]).strip()


def same_as_engine(ours, engine):
    """Our projection against the engine's, as differential.py compares them."""
    scoped = json.loads(json.dumps(engine))
    differential.scope_view_columns(ours, scoped)
    return ours == scoped, first_difference(ours, scoped)


# --------------------------------------------------------------------------
# sqldef


def sqldef_dialect(rel):
    if "psqldef" in rel or rel.startswith("database/postgres/"):
        return "postgres"
    if "sqlite3def" in rel:
        return "sqlite"
    return None


def version_tuple(v):
    return tuple(int(x) for x in re.findall(r"\d+", str(v)))


class Case:
    def __init__(self, rel, name, dialect, fields, options, skip=None):
        self.rel = rel
        self.name = name
        self.dialect = dialect
        self.fields = fields      # current/desired/up/down/sql -> Snippet
        self.options = options
        self.skip = skip

    @property
    def id(self):
        return "%s:%s" % (self.rel, self.name)


def sqldef_cases(corpus):
    """Every sqldef case (and the example .sql files, as `desired`-only
    cases), with the reason it is not replayed when it is not."""
    root = os.path.join(corpus, "sqldef")
    out = []
    for path in sorted(glob.glob(os.path.join(root, "**", "*.sql"), recursive=True)):
        rel = os.path.relpath(path, root)
        d = sqldef_dialect(rel)
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        out.append(Case(rel, os.path.basename(path), d,
                        {"desired": Snippet(rel, text, rel, 1, path)}, {},
                        None if d else "dialect not targeted"))
    for path in sorted(glob.glob(os.path.join(root, "**", "*.yml"), recursive=True)):
        rel = os.path.relpath(path, root)
        d = sqldef_dialect(rel)
        if yaml is None:
            out.append(Case(rel, "(file)", d, {}, {}, SKIP_NO_YAML))
            continue
        with open(path, encoding="utf-8") as f:
            node = yaml.compose(f, Loader=yaml.SafeLoader)
        if not isinstance(node, yaml.MappingNode):
            continue          # a configuration file, not cases
        for knode, vnode in node.value:
            if not isinstance(vnode, yaml.MappingNode):
                continue
            name = knode.value
            options, fields = {}, {}
            for fk, fv in vnode.value:
                if fk.value in ("current", "desired", "up", "down", "sql") and \
                        isinstance(fv, yaml.ScalarNode):
                    # a block scalar's text starts on the line after `key: |`
                    first = fv.start_mark.line + (2 if fv.style in ("|", ">") else 1)
                    fields[fk.value] = Snippet("%s_%s_%s" % (rel, name, fk.value),
                                               fv.value, rel, first)
                else:
                    options[fk.value] = _plain(fv)
            out.append(Case(rel, name, d, fields, options, sqldef_skip(rel, d, options)))
    return out


def _plain(node):
    """A YAML node as Python data (the options are small)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def sqldef_skip(rel, dialect, options):
    if dialect is None:
        return "dialect not targeted (MySQL, SQL Server)"
    if "tests_aurora_dsql" in rel:
        return "flavor not targeted (Aurora DSQL)"
    if "error" in options:
        return "sqldef expects an error"
    if options.get("flavor"):
        return "flavor not targeted (%s)" % options["flavor"]
    if "min_version" in options and dialect == "postgres" and \
            version_tuple(options["min_version"])[:1] > (PG_MAJOR,):
        return "needs PostgreSQL %s" % options["min_version"]
    if "user" in options:
        return "runs as sqldef's test user in its schema foo (user:)"
    return None


def migration_kind(case):
    """Which comparisons a case supports, or why not: `up` is checked only
    when sqldef's test states it; commented-out (skipped) drops are not
    applied, so such a migration does not reach `desired`."""
    f = case.fields
    if "sql" in f:
        return None, "parser case (sql:), replayed alone"
    if "up" not in f:
        return None, ("current and desired, no up" if "current" in f else "desired only")
    if re.search(r"^\s*-- Skipped:", f["up"].text, re.M) or \
            case.options.get("enable_drop") is False:
        return None, "up leaves drops out (enable_drop: false / manage rules)"
    return ["up", "down"] if "down" in f else ["up"], None


def empty(origin, label):
    return Snippet(label, "", origin, 1)


def run_sqldef(cli, corpus, engine=False, verbose=False):
    cases = sqldef_cases(corpus)
    rp = Replayer(cli)
    roles = set()
    if engine:
        for c in cases:
            for s in c.fields.values():
                roles |= roles_in(s.text)
            roles |= set(c.options.get("managed_roles") or [])
    eng = Engines(roles) if engine else None
    res = {"cases": len(cases), "skipped": {}, "by_dialect": {}, "statements": {},
           "reasons": {}, "engine_errors": [], "exits": {}, "checks": {}, "differ": [],
           "failed_closed_cases": 0, "unchecked": {}, "engine": None,
           "ours_vs_engine": [], "false_errors": [], "engine_unavailable": None}
    try:
        for case in cases:
            if case.skip:
                res["skipped"][case.skip] = res["skipped"].get(case.skip, 0) + 1
                continue
            res["by_dialect"][case.dialect] = res["by_dialect"].get(case.dialect, 0) + 1
            run_case(rp, eng, case, res, verbose)
    finally:
        rp.close()
        if eng is not None:
            res["engine_unavailable"] = eng.pg_error
            eng.close()
    return res


def roles_in(text):
    roles = set()
    for m in re.finditer(r"\b(?:GRANT|REVOKE)\b[^;]*?\b(?:TO|FROM)\s+([^;]+)|"
                         r"\bPOLICY\b[^;]*?\bTO\s+([^;]+?)(?:\bUSING\b|\bWITH\b|;|$)|"
                         r"\bOWNER\s+TO\s+(\"?\w+\"?)", text, re.I | re.S):
        names = m.group(1) or m.group(2) or m.group(3)
        names = re.split(r"\b(?:GRANTED\s+BY|CASCADE|RESTRICT|WITH)\b", names, flags=re.I)[0]
        for n in names.split(","):
            n = n.strip()
            if n.startswith('"'):
                n = n.strip('"')
            elif re.fullmatch(r"\w+", n):
                n = n.lower()
            else:
                continue
            if n and n.lower() not in ("public", "current_user", "session_user", "current_role",
                                       "postgres"):
                roles.add(n)
    return roles


def count_into(res, dialect, replay):
    st = res["statements"].setdefault(dialect, dict.fromkeys(OUTCOMES, 0))
    for origin, line, outcome, kind, msg in replay.statements:
        st[outcome] = st.get(outcome, 0) + 1
        if outcome == "unmodelled":
            k = reason_key(msg)
            res["reasons"][k] = res["reasons"].get(k, 0) + 1
        elif outcome == "engine-error":
            res["engine_errors"].append((origin, line, kind, msg))
    key = str(replay.code)
    res["exits"][key] = res["exits"].get(key, 0) + 1


def bump(d, k, n=1):
    d[k] = d.get(k, 0) + n


def run_case(rp, eng, case, res, verbose):
    f = case.fields
    d = case.dialect
    directions, why_not = migration_kind(case)
    # the runs this case needs: name -> snippets
    runs = {}
    if directions is None:
        if "sql" in f:
            runs["sql"] = [f["sql"]]
        else:
            runs["desired"] = [f["desired"]]
            if "current" in f:
                runs["current"] = [f["current"]]
        bump(res["unchecked"], why_not)
    else:
        cur = f.get("current") or empty(case.rel, case.name + "_current")
        des = f.get("desired") or empty(case.rel, case.name + "_desired")
        runs["current"] = [cur]
        runs["desired"] = [des]
        runs["current+up"] = [cur, f["up"]]
        if "down" in directions:
            runs["desired+down"] = [des, f["down"]]
    replays = {}
    for name, snippets in runs.items():
        r = rp.replay(d, snippets)
        replays[name] = r
        # statements are counted once: current and desired alone, and the
        # migration's own statements (up/down) from the combined run
        if name in ("current+up", "desired+down"):
            r2 = Replay()
            r2.code = r.code
            mig = snippets[-1]
            r2.statements = [s for s in r.statements if s[0] == mig.origin and
                             s[1] >= mig.first_line and s[1] < mig.first_line + mig.text.count("\n") + 1]
            count_into(res, d, r2)
        else:
            count_into(res, d, r)
    if any(r.code == 3 for r in replays.values()):
        res["failed_closed_cases"] += 1
    projections = {k: project(d, r.json) if r.code == 0 and r.json else None
                   for k, r in replays.items()}
    engine_proj = {}
    if eng is not None:
        for name, snippets in runs.items():
            paths, _ = rp.files_for(snippets)
            engine_proj[name] = eng.projection(d, paths)
            check_against_engine(res, case, name, replays[name], projections[name],
                                 engine_proj[name])
    if directions is None:
        return
    for direction in directions:
        a, b = ("current+up", "desired") if direction == "up" else ("desired+down", "current")
        ra, rb = replays[a], replays[b]
        label = "%s: %s" % (direction, case.id)
        checks = res["checks"].setdefault(direction, {})
        if ra.code != 0 or rb.code != 0:
            worst = max((x for x in (ra.code, rb.code) if isinstance(x, int)), default=None)
            bump(checks, {2: "engine error", 3: "failed closed"}.get(worst, "CLI failure"))
            continue
        pa, pb = projections[a], projections[b]
        equal = pa == pb
        bump(checks, "equal" if equal else "differ")
        verdict = None
        if eng is not None:
            (ea, erra), (eb, errb) = engine_proj[a], engine_proj[b]
            if erra or errb:
                verdict = "engine rejects the case: " + engine_message(erra or errb)
            elif equal and ea == eb:
                verdict = None
            elif equal:
                verdict = "OUR BUG: we give equal catalogs, the engine does not (%s)" % \
                    first_difference(ea, eb)
            elif ea != eb:
                verdict = "engine agrees (sqldef's %s is not exact)" % direction
            else:
                verdict = "OUR BUG: the engine's catalogs are equal"
            if verdict:
                bump(res.setdefault("verdicts", {}).setdefault(direction, {}),
                     verdict.split(":")[0] if verdict.startswith(("OUR", "engine rejects")) else verdict)
        if not equal or (verdict and verdict.startswith("OUR")):
            res["differ"].append((label, first_difference(pa, pb) if not equal else "",
                                  verdict))
        if verbose and not equal:
            print("differ %s: %s [%s]" % (label, first_difference(pa, pb), verdict))


def check_against_engine(res, case, name, replay, ours, engine):
    """A replayed side against the engine for the same SQL."""
    proj, err = engine
    where = "%s (%s)" % (case.id if hasattr(case, "id") else case, name)
    if replay.code == 2:
        bad = [s for s in replay.statements if s[2] == "engine-error"]
        key = "%s:%d" % bad[0][:2] if bad else where
        if key not in res.setdefault("error_verdicts", {}):
            res["error_verdicts"][key] = ("OUR BUG: the engine applies it" if err is None
                                          else "the engine rejects it too: " + engine_message(err))
            if err is None:
                res["false_errors"].append((where, bad[0] if bad else None))
        return
    if replay.code != 0 or ours is None:
        return
    if err is not None:
        res["ours_vs_engine"].append((where, "we apply it, the engine rejects it: " + engine_message(err)))
        return
    same, diff = same_as_engine(ours, proj)
    bump(res.setdefault("engine_sides", {}), "equal" if same else "differ")
    if not same:
        res["ours_vs_engine"].append((where, diff))


# --------------------------------------------------------------------------
# sqlc

MIGRATE_DOWN = re.compile(r"^\s*--\s*\+migrate\s+down\b", re.I)
MIGRATE_UP = re.compile(r"^\s*--\s*\+migrate\s+up\b", re.I)
TERN_SPLIT = re.compile(r"^\s*----\s*create above\s*/\s*drop below\s*----", re.I)


def rollback_removed(text):
    """What sqlc reads of a sql-migrate or tern file (goose and dbmate
    sections the CLI handles itself): rollback lines blanked, numbers kept."""
    out, down = [], False
    for line in text.split("\n"):
        if MIGRATE_DOWN.match(line) or TERN_SPLIT.match(line):
            down = True
        elif MIGRATE_UP.match(line):
            down = False
        out.append("" if down else line)
    return "\n".join(out)


def sqlc_configs(corpus):
    root = os.path.join(corpus, "sqlc")
    for path in sorted(glob.glob(os.path.join(root, "**", "sqlc.*"), recursive=True)):
        if not path.endswith((".json", ".yaml", ".yml")):
            continue
        yield root, path


def schema_files(base, schema):
    paths = schema if isinstance(schema, list) else [schema]
    out = []
    for p in paths:
        full = os.path.normpath(os.path.join(base, str(p)))
        matches = sorted(glob.glob(full)) if any(ch in str(p) for ch in "*?[") else [full]
        for m in matches:
            if os.path.isdir(m):
                out += [os.path.join(m, e) for e in sorted(os.listdir(m))]
            else:
                out.append(m)
    return [f for f in out if f.endswith(".sql") and not f.endswith(".down.sql")
            and not os.path.basename(f).startswith(".")]


def sqlc_schema_sets(corpus):
    """(config, engine, files, skip reason) for each distinct schema set."""
    seen = set()
    for root, path in sqlc_configs(corpus):
        rel = os.path.relpath(path, root)
        if path.endswith(".json"):
            with open(path, encoding="utf-8") as f:
                try:
                    conf = json.load(f)
                except ValueError:
                    yield rel, None, [], "config does not parse"
                    continue
        elif yaml is None:
            yield rel, None, [], SKIP_NO_YAML
            continue
        else:
            with open(path, encoding="utf-8") as f:
                try:
                    conf = yaml.safe_load(f)
                except yaml.YAMLError:
                    yield rel, None, [], "config does not parse"
                    continue
        if not isinstance(conf, dict):
            continue
        entries = conf.get("packages") or conf.get("sql") or []
        base = os.path.dirname(path)
        for e in entries:
            if not isinstance(e, dict) or "schema" not in e:
                continue
            engine = str(e.get("engine", "postgresql")).lower()
            files = schema_files(base, e["schema"])
            key = (engine, tuple(files))
            if key in seen:
                continue
            seen.add(key)
            dialect = {"postgresql": "postgres", "sqlite": "sqlite"}.get(engine)
            skip = None
            if dialect is None:
                skip = "engine not targeted (%s)" % engine
            elif not files:
                skip = "schema files not in the corpus"
            elif any(not os.path.isfile(f) for f in files):
                skip = "schema files not in the corpus"
            yield rel, dialect, files, skip


def run_sqlc(cli, corpus, engine=False, verbose=False):
    root = os.path.join(corpus, "sqlc")
    rp = Replayer(cli)
    eng = Engines() if engine else None
    res = {"sets": 0, "skipped": {}, "by_dialect": {}, "statements": {}, "reasons": {},
           "engine_errors": [], "exits": {}, "ours_vs_engine": [], "false_errors": [],
           "engine_error_verdicts": {}, "engine_unavailable": None, "set_errors": []}
    try:
        for rel, dialect, files, skip in sqlc_schema_sets(corpus):
            res["sets"] += 1
            if skip:
                bump(res["skipped"], skip)
                continue
            bump(res["by_dialect"], dialect)
            snippets = []
            for f in files:
                frel = os.path.relpath(f, root)
                with open(f, encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
                cleaned = rollback_removed(text)
                snippets.append(Snippet(frel, text, frel, 1, f) if cleaned == text
                                else Snippet(frel, cleaned, frel, 1))
            r = rp.replay(dialect, snippets)
            count_into(res, dialect, r)
            set_name = os.path.dirname(rel) or "."
            if r.code == 2:
                bad = [s for s in r.statements if s[2] == "engine-error"]
                res["set_errors"].append((set_name, bad[0] if bad else None))
            if eng is not None and r.code in (0, 2):
                paths, _ = rp.files_for(snippets)
                proj, err = eng.projection(dialect, paths)
                if r.code == 2:
                    verdict = ("the engine rejects it too: " + engine_message(err) if err
                               else "OUR BUG: the engine applies it")
                    bump(res["engine_error_verdicts"], verdict.split(":")[0])
                    if not err:
                        res["false_errors"].append((set_name, res["set_errors"][-1][1]))
                    res["set_errors"][-1] = res["set_errors"][-1] + (verdict,)
                else:
                    ours = project(dialect, r.json)
                    if err is not None:
                        res["ours_vs_engine"].append((set_name, "we apply it, the engine rejects it: "
                                                      + engine_message(err)))
                    elif ours is not None:
                        same, diff = same_as_engine(ours, proj)
                        bump(res.setdefault("engine_sides", {}), "equal" if same else "differ")
                        if not same:
                            res["ours_vs_engine"].append((set_name, diff))
            if verbose:
                print("sqlc %s (%s): exit %s" % (set_name, dialect, r.code))
    finally:
        rp.close()
        if eng is not None:
            res["engine_unavailable"] = eng.pg_error
            eng.close()
    return res


# --------------------------------------------------------------------------
# The report's sections (docs/conformance.md)


def _esc(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def _outcome_table(statements):
    lines = ["| dialect | applied | no-op | ignored | acknowledged | engine error | failed closed |",
             "|---|---|---|---|---|---|---|"]
    for d, c in sorted(statements.items()):
        lines.append("| %s | %d | %d | %d | %d | %d | %d |" % (
            d, c["applied"], c["no-op"], c["ignored"], c["acknowledged"],
            c["engine-error"], c["unmodelled"]))
    return lines


def _reasons(reasons, top):
    lines = ["| reason | statements |", "|---|---|"]
    for r, n in sorted(reasons.items(), key=lambda x: (-x[1], x[0]))[:top]:
        lines.append("| %s | %d |" % (_esc(r), n))
    return lines


def _counts(d):
    return ", ".join("%s %d" % (k, v) for k, v in sorted(d.items(), key=lambda x: (-x[1], x[0])))


def markdown(sqldef, sqlc, engine):
    L = []
    if sqldef is not None:
        n_run = sum(sqldef["by_dialect"].values())
        L += ["", "## sqldef: migrations between declared schemas", "",
              "Each case of sqldef's test YAML (`current`, sqldef's migration `up` and "
              "`down`, the declared `desired`) replayed by `test/case_corpora.py`: `current` "
              "alone, `desired` alone, `current` + `up` and `desired` + `down` as runs of "
              "their own, with each field a file (so a session per field). A migration is "
              "*equal* when the projection `test/differential.py` compares (provenance "
              "left out) of `current` + `up` equals that of `desired` (and `desired` + "
              "`down` that of `current`). `desired` is a declared schema that sqldef "
              "orders itself, so replaying it as written may meet objects before they "
              "exist.", "",
              "%d cases (%s); %d skipped: %s." % (
                  sqldef["cases"], _counts(sqldef["by_dialect"]),
                  sum(sqldef["skipped"].values()), _counts(sqldef["skipped"]) or "none"),
              "Cases without a migration to check (replayed for their statements only): %s." %
              (_counts(sqldef["unchecked"]) or "none"), "",
              "Statements (each field counted once; `up`/`down` statements from the "
              "migration runs):", ""]
        L += _outcome_table(sqldef["statements"])
        L += ["", "Runs by exit status: %s; cases with a run that failed closed: %d." % (
            _counts(sqldef["exits"]), sqldef["failed_closed_cases"]), "",
              "| migration | checked | equal | differ | a run failed closed | a run hit an engine error |",
              "|---|---|---|---|---|---|"]
        for direction in ("up", "down"):
            c = sqldef["checks"].get(direction, {})
            L.append("| %s | %d | %d | %d | %d | %d |" % (
                direction, sum(c.values()), c.get("equal", 0), c.get("differ", 0),
                c.get("failed closed", 0), c.get("engine error", 0)))
        if engine:
            L += ["", "With the engines (`conformance.py --engine`: PostgreSQL 15 in a throw-away "
                  "cluster, with the roles the cases grant to; Python's sqlite3) the same runs "
                  "applied for real:", ""]
            if sqldef.get("engine_unavailable"):
                L.append("- PostgreSQL unavailable: %s" % sqldef["engine_unavailable"])
            for direction in ("up", "down"):
                L.append("- `%s` migrations that differ, or that we call equal while the "
                         "engine does not: %s" % (direction, _counts(sqldef.get("verdicts", {})
                                                                     .get(direction, {})) or "none"))
            es = sqldef.get("engine_sides", {})
            L.append("- each run that replayed cleanly, our catalog against the engine's for the "
                     "same SQL: %d equal, %d differ (listed below)" % (es.get("equal", 0),
                                                                        es.get("differ", 0)))
            L.append("- our engine errors the engine does not raise: %d" % len(sqldef["false_errors"]))
        L += ["", "### sqldef: why statements failed closed", ""] + _reasons(sqldef["reasons"], 25)
        L += ["", "### sqldef: engine errors", "",
              "Every statement we reported as the engine's error (sqldef's cases are meant to "
              "be valid, but `desired` is not ordered; the verdict is the real engine's on "
              "the same run%s):" % ("" if engine else ", not checked in this run"), ""]
        verdicts = sqldef.get("error_verdicts", {})
        for origin, line, kind, msg in sqldef["engine_errors"]:
            v = verdicts.get("%s:%d" % (origin, line))
            L.append("- `%s:%d` %s: %s%s" % (origin, line, kind, msg, " — " + v if v else ""))
        L += ["", "### sqldef: migrations whose catalogs differ", ""]
        for label, why, verdict in sqldef["differ"]:
            L.append("- %s: %s%s" % (label, _esc(why) if why else "equal for us",
                                     " — **%s**" % verdict if verdict else ""))
        if engine and sqldef["ours_vs_engine"]:
            L += ["", "### sqldef: runs where our catalog differs from the engine's", ""]
            for where, why in sqldef["ours_vs_engine"]:
                L.append("- %s: %s" % (where, _esc(why)))
    if sqlc is not None:
        L += ["", "## sqlc: test schemas", "",
              "Every schema set the sqlc.json / sqlc.yaml configs name (`schema:` files and "
              "directories, `.down.sql` files left out and rollback sections removed as sqlc "
              "does), replayed as one run per distinct set.", "",
              "%d schema sets (%s); %d skipped: %s." % (
                  sqlc["sets"], _counts(sqlc["by_dialect"]), sum(sqlc["skipped"].values()),
                  _counts(sqlc["skipped"]) or "none"),
              "Runs by exit status: %s." % _counts(sqlc["exits"]), ""]
        L += _outcome_table(sqlc["statements"])
        if engine:
            es = sqlc.get("engine_sides", {})
            L += ["", "With the engines: of the runs that replayed cleanly, %d catalogs equal the "
                  "engine's and %d differ (listed below); engine errors: %s." % (
                      es.get("equal", 0), es.get("differ", 0),
                      _counts(sqlc["engine_error_verdicts"]) or "none")]
        L += ["", "### sqlc: why statements failed closed", ""] + _reasons(sqlc["reasons"], 25)
        L += ["", "### sqlc: engine errors", ""]
        for entry in sqlc["set_errors"]:
            st = entry[1]
            L.append("- `%s:%d` %s: %s%s" % (st[0], st[1], st[3], st[4],
                                             " — " + entry[2] if len(entry) > 2 else "")
                     if st else "- %s" % entry[0])
        if not sqlc["set_errors"]:
            L.append("none")
        if engine and sqlc["ours_vs_engine"]:
            L += ["", "### sqlc: runs where our catalog differs from the engine's", ""]
            for where, why in sqlc["ours_vs_engine"]:
                L.append("- %s: %s" % (where, _esc(why)))
    return L


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--engine", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("which", nargs="*", default=["sqldef", "sqlc"])
    a = ap.parse_args()
    out = {}
    if "sqldef" in a.which:
        out["sqldef"] = run_sqldef(a.cli, a.corpus, a.engine, a.verbose)
    if "sqlc" in a.which:
        out["sqlc"] = run_sqlc(a.cli, a.corpus, a.engine, a.verbose)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False, default=str)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
