#!/usr/bin/env python3
"""Corpus test (suite "corpus"): replays real projects' migrations from
../shared/corpus (read in place, never copied) with the CLI and compares the
catalog with the engines' truth.json: every table (columns, keys, foreign
keys, indexes with their definition text when it has no expression;
SQLite's stored text) must match, or a statement that failed closed must name the table. A mismatch in a run
that did not fail closed is a silent wrong answer and fails the test.
The sqldef and sqlc corpora (independent cases, test/case_corpora.py) must
replay without a crash, each run's exit status must agree with its
statements' outcomes, and the number of sqldef migrations whose catalogs
equal `desired` (and of sqlc schemas replayed cleanly) must not fall below
the floors below. Skips (exit 77) when the corpus is absent.

    corpus_test.py --cli build/tools/schemadrift --corpus ../shared/corpus [NAME...]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

CORPORA = ["authelia", "chirpstack", "hatchet", "lemmy"]
CASE_CORPORA = ["sqldef", "sqlc"]
# measured 2026-11-22; raise them when more migrations come out equal
FLOORS = {"sqldef up equal": 410, "sqldef down equal": 411, "sqlc exit 0": 760}


def load_statement(path, line, col):
    """The text of the statement around line:col (between the ';' before and after)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        return ""
    lines = text.split("\n")
    at = sum(len(l) + 1 for l in lines[:line - 1]) + col - 1
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    return text[start:end if end >= 0 else len(text)]


def _quote(name):
    return name if re.fullmatch(r"[a-z_][a-z0-9_$]*", name) else '"' + name.replace('"', '""') + '"'


def plain_index_def(definition):
    """An index definition, when it has no expression or predicate: then
    the engine's pg_get_indexdef text (not pretty) and ours (pretty, table
    qualified) must be identical. Expressions print differently in the two
    modes; the differential suite compares those per key."""
    if definition is None:
        return None
    cols = definition[definition.index(" USING "):]
    if " WHERE " in cols or cols.count("(") > 1 + (" INCLUDE (" in cols):
        return "<has expressions>"
    return definition


def engine_tables(run):
    """Per table: columns, then keys, foreign keys and indexes as the engine
    reports them, in a form our JSON can be brought to."""
    out = {}
    pg = run["dialect"] == "postgres"
    for key, t in run["schema"]["tables"].items():
        schema, name = key.split(".", 1) if pg else ("main", key)
        cols = [(c["name"], c["type"], bool(c["not_null"]), c.get("generated") or c.get("default"))
                for c in t["columns"] if pg or c.get("hidden", 0) != 1]
        if pg:
            keys = sorted([("p", t["primary_key"]["name"], tuple(t["primary_key"]["columns"]))]
                          if t.get("primary_key") else [])
            keys += sorted(("u", u["name"], tuple(u["columns"])) for u in t.get("unique", []))
            keys += sorted(("c", c["name"]) for c in t.get("checks", []))
            keys += sorted(("x", x["name"], tuple(x["columns"]), x["def"]) for x in t.get("exclusions", []))
            fks = sorted((f["name"], tuple(f["columns"]), f["ref_table"], tuple(f["ref_columns"]),
                          f["on_update"], f["on_delete"]) for f in t.get("foreign_keys", []))
            idx = sorted((i["name"], bool(i.get("unique")), bool(i.get("primary")), i.get("constraint"),
                          plain_index_def(i.get("def")))
                         for i in t.get("indexes", []))
            out[(schema, name)] = (cols, keys, fks, idx)
        else:
            fks = sorted((f["table"], tuple(f["from"]), tuple(x if x is not None else "" for x in f["to"]),
                          f["on_update"], f["on_delete"]) for f in t.get("foreign_keys", []))
            idx = sorted((i["name"], bool(i["unique"]), i["origin"], i.get("sql"),
                          tuple(c if c is not None else "" for c in i["columns"])) for i in t.get("indexes", []))
            out[(schema, name)] = (cols, t["sql"], fks, idx)
    return out


def our_tables(catalog):
    out = {}
    pg = catalog["dialect"] == "postgres"
    for s in catalog["schemas"]:
        for t in s["tables"]:
            cols = [(c["name"], c["type"], c["not_null"], c["default"]) for c in t["columns"]]
            cons = t["constraints"]
            if pg:
                keys = sorted(("p", k["name"], tuple(k["columns"])) for k in cons if k["kind"] == "primary_key")
                keys += sorted(("u", k["name"], tuple(k["columns"])) for k in cons if k["kind"] == "unique")
                keys += sorted(("c", k["name"]) for k in cons if k["kind"] == "check")
                keys += sorted(("x", k["name"], tuple(k["columns"]), k["definition"])
                               for k in cons if k["kind"] == "exclusion")
                fks = sorted((k["name"], tuple(k["columns"]), k["ref_schema"] + "." + k["ref_table"],
                              tuple(k["ref_columns"]), k["on_update"].upper(), k["on_delete"].upper())
                             for k in cons if k["kind"] == "foreign_key")
                idx = sorted((i["name"], i["unique"], i["primary"], i["constraint"],
                              plain_index_def(i["definition"])) for i in t["indexes"])
                out[(s["name"], t["name"])] = (cols, keys, fks, idx)
            else:
                fks = sorted((k["ref_table"], tuple(k["columns"]),
                              tuple(k["ref_columns"]) if k["ref_columns"] else tuple("" for _ in k["columns"]),
                              k["on_update"].upper(), k["on_delete"].upper())
                             for k in cons if k["kind"] == "foreign_key")
                idx = sorted((i["name"], i["unique"], i["origin"], i["sql"],
                              tuple(k.get("column", "<expression>") for k in i["keys"])) for i in t["indexes"])
                out[(s["name"], t["name"])] = (cols, t["sql"], fks, idx)
    return out


def truth_runs(corpus, names):
    """(corpus name, its folder, run name, run) for every run in the named
    corpora's truth.json, leaving out the other engine versions (@pg17)."""
    for name in names:
        d = os.path.join(corpus, name)
        truth = os.path.join(d, "truth.json")
        if not os.path.exists(truth):
            continue
        with open(truth) as f:
            runs = json.load(f)["runs"]
        for run_name, run in sorted(runs.items()):
            if "@" not in run_name:
                yield name, d, run_name, run


def check_run(cli, corpus_dir, run_name, run):
    # files the engine rejected: either the run stopped there, or (hatchet)
    # it went on without them; compare with what it applied
    failed = [e["file"] for e in run.get("errors", [])]
    applied = run["files"]
    if failed:
        n_ok = run.get("files_applied", len(applied))
        if n_ok == len(applied) - len(failed):
            applied = [f for f in applied if f not in failed]
            print(f"note {run_name}: the engine rejected {', '.join(failed)} and went on without it")
        else:
            applied = applied[:n_ok]
            print(f"note {run_name}: the engine stopped at {run['files'][n_ok]}; "
                  f"comparing after the {n_ok} files before it")
    files = [os.path.join(corpus_dir, p) for p in run.get("pre", []) + applied]
    dialect = run["dialect"]
    p = subprocess.run([cli, "dump", "--dialect", dialect, "--explain"] + files,
                       capture_output=True, text=True, timeout=600)
    if p.returncode not in (0, 2, 3):
        return False, f"CLI exited {p.returncode}: {p.stderr[-500:]}"
    outcomes = {}
    failed_closed = []
    runs_code = False   # a failed-closed DO block or function call: tables may come from code
    for l in p.stdout.splitlines():
        m = re.match(r"^(.*?):(\d+):(\d+): (\S+) ", l)
        if not m:
            continue
        outcomes[m.group(4)] = outcomes.get(m.group(4), 0) + 1
        if m.group(4) in ("unmodelled", "engine-error"):
            failed_closed.append(load_statement(m.group(1), int(m.group(2)), int(m.group(3))).lower())
            if re.search(r" (SELECT|DO|CALL): ", l):
                runs_code = True
    q = subprocess.run([cli, "dump", "--dialect", dialect, "--format", "json"] + files,
                       capture_output=True, text=True, timeout=600)
    if q.returncode != p.returncode:
        return False, f"exit {q.returncode} with --format json, {p.returncode} with --explain"
    ours = our_tables(json.loads(q.stdout))
    truth = engine_tables(run)
    matched, explained, by_code, unexplained = 0, [], [], []
    for key in sorted(set(truth) | set(ours)):
        if truth.get(key) == ours.get(key):
            matched += 1
            continue
        name = key[1].lower()
        if any(name in stmt for stmt in failed_closed):
            explained.append(key[1])
        elif key not in ours and runs_code:
            by_code.append(key[1])   # made by code we report as failed closed
        else:
            unexplained.append(key[1])
    silent = (explained or unexplained or by_code) and p.returncode != 3
    # the engine applied these files: an engine error we report is false
    false_errors = [l for l in p.stdout.splitlines() if " engine-error " in l]
    summary = (f"{run_name}: exit {p.returncode}; statements " +
               ", ".join(f"{v} {k}" for k, v in sorted(outcomes.items())) +
               f"; tables: {matched} match the engine, {len(explained)} differ where a statement "
               f"naming them failed closed, {len(by_code)} were made by code that failed closed, "
               f"{len(unexplained)} differ unexplained")
    if unexplained:
        summary += "\n    unexplained: " + ", ".join(unexplained)
    if silent:
        summary += "\n    the run did not fail closed although the catalog differs"
    if false_errors:
        summary += "\n    engine errors in files the engine applied: " + "; ".join(false_errors[:3])
    return not unexplained and not silent and not false_errors, summary


def exit_agrees(code, outcomes):
    """A run's exit status against its statements' outcomes (DESIGN §5):
    0 with neither an engine error nor an unmodelled statement, 2 ending at
    an engine error, 3 with an unmodelled statement."""
    if code == 0:
        return "engine-error" not in outcomes and "unmodelled" not in outcomes
    if code == 2:
        return "engine-error" in outcomes
    if code == 3:
        return "unmodelled" in outcomes
    return False


def check_case_corpora(cli, corpus, names):
    """(ok, summary lines) for the sqldef and sqlc corpora."""
    import case_corpora
    ok, out = True, []
    if case_corpora.yaml is None:
        out.append("note: %s; sqldef and the sqlc YAML configs are skipped, floors not checked"
                   % case_corpora.SKIP_NO_YAML)
    bad = []

    def watch(label, replay):
        outcomes = {s[2] for s in replay.statements}
        if replay.code not in (0, 2, 3) or not exit_agrees(replay.code, outcomes):
            bad.append("%s: exit %s with outcomes %s" % (label, replay.code, sorted(outcomes)))
    case_corpora.WATCH = watch
    try:
        if "sqldef" in names and os.path.isdir(os.path.join(corpus, "sqldef")):
            r = case_corpora.run_sqldef(cli, corpus)
            up, down = r["checks"].get("up", {}), r["checks"].get("down", {})
            out.append("sqldef: %d cases, %s; up: %s; down: %s" % (
                r["cases"], ", ".join("%s %d" % kv for kv in sorted(r["exits"].items())),
                up, down))
            if case_corpora.yaml is not None:
                for key, got in (("sqldef up equal", up.get("equal", 0)),
                                 ("sqldef down equal", down.get("equal", 0))):
                    if got < FLOORS[key]:
                        ok = False
                        out.append("FAIL %s: %d, below the floor %d" % (key, got, FLOORS[key]))
        if "sqlc" in names and os.path.isdir(os.path.join(corpus, "sqlc")):
            r = case_corpora.run_sqlc(cli, corpus)
            out.append("sqlc: %d schema sets, %s" % (
                r["sets"], ", ".join("%s %d" % kv for kv in sorted(r["exits"].items()))))
            if case_corpora.yaml is not None and r["exits"].get("0", 0) < FLOORS["sqlc exit 0"]:
                ok = False
                out.append("FAIL sqlc exit 0: %d, below the floor %d"
                           % (r["exits"].get("0", 0), FLOORS["sqlc exit 0"]))
    finally:
        case_corpora.WATCH = None
    if bad:
        ok = False
        out.append("FAIL runs whose exit status disagrees with their outcomes (or crashed):")
        out += ["    " + b for b in bad[:20]]
    return ok, out


# Order files whose list is not a migration directory's own order: lemmy's
# runner names its replaceable files explicitly, hatchet's schema snapshot is
# a set of files with stubs beside them (`order` must refuse to guess).
ORDER_EXCEPTIONS = {
    "lemmy/postgres-replaceable-after": "name order (lemmy's runner lists these two itself)",
    "hatchet/postgres-schema": "an error: the directory holds an unversioned file beside versioned ones",
}


def check_hatchet(cli, corpus):
    """`schemadrift check` of hatchet's migrations against its sql/schema
    snapshot: drift is reported with locations on both sides, and the run
    fails closed (exit 3) naming the statements it cannot model."""
    root = os.path.join(corpus, "hatchet")
    order = os.path.join(root, "order", "postgres-schema.txt")
    if not os.path.exists(order):
        return True, []
    args = [cli, "check"]
    for l in open(order, encoding="utf-8"):
        if l.strip():
            args += ["--schema", l.strip()]
    args += ["--migrations", "cmd/hatchet-migrate/migrate/migrations"]
    r = subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, NO_COLOR="1"))
    findings = re.findall(r"^(\S+):(\d+):(\d+): (error|warning|info)\[(SD\d{4})\]", r.stderr, re.M)
    notes = re.findall(r"^(\S+):(\d+):(\d+): note: in the schema", r.stderr, re.M)
    closed = re.findall(r"^(\S+\.sql):(\d+):(\d+): error: failed closed: (.+)$", r.stderr, re.M)
    ok = r.returncode == 3 and findings and notes and closed
    return ok, [f"hatchet check: exit {r.returncode}; {len(findings)} findings ({len(notes)} with the schema's "
                f"location too); {len(closed)} statements failed closed, each named"]


def check_orders(cli, corpus, names):
    """`schemadrift order` on the directory of every order/<run>.txt must
    give that list (DESIGN §7); the exceptions must behave as stated."""
    lines, ok_all = [], True
    for of in sorted(glob.glob(os.path.join(corpus, "*", "order", "*.txt"))):
        name = os.path.basename(os.path.dirname(os.path.dirname(of)))
        if names and name not in names:
            continue
        run = os.path.basename(of)[:-4]
        key = f"{name}/{run}"
        files = [l.strip() for l in open(of, encoding="utf-8") if l.strip()]
        dirs = {os.path.dirname(os.path.dirname(f)) if os.path.basename(f) in ("up.sql", "migration.sql")
                else os.path.dirname(f) for f in files}
        if len(dirs) != 1:
            lines.append(f"{key}: files from {len(dirs)} directories, not checked")
            continue
        root = os.path.join(corpus, name)
        dialect = "sqlite" if "sqlite" in run else "postgres"
        r = subprocess.run([cli, "order", "--dialect", dialect, os.path.join(root, dirs.pop())],
                           capture_output=True, text=True, timeout=120)
        got = [os.path.relpath(l.split()[1], root) for l in r.stdout.splitlines() if l.strip()]
        if key in ORDER_EXCEPTIONS:
            want = ORDER_EXCEPTIONS[key]
            ok = (r.returncode == 1 and not got) if want.startswith("an error") else \
                 (r.returncode == 0 and sorted(got) == sorted(files))
            lines.append(f"{key}: {'as expected' if ok else 'NOT as expected'} ({want})")
        else:
            ok = r.returncode == 0 and got == files
            lines.append(f"{key}: {len(got)} migrations, {'the same order' if ok else 'A DIFFERENT ORDER'}"
                         + ("" if ok else f" (rc {r.returncode}; {r.stderr.strip()[:200]})"))
        ok_all &= ok
    return ok_all, lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    if not os.path.isdir(a.corpus):
        print(f"corpus not found at {a.corpus}: skipped")
        return 77
    ok_all, n = True, 0
    names = a.names or CORPORA + CASE_CORPORA
    if any(x in CASE_CORPORA for x in names):
        ok, lines = check_case_corpora(os.path.abspath(a.cli), a.corpus, names)
        ok_all &= ok
        n += 1
        print("\n".join(("ok   " if ok else "FAIL ") + l if i == 0 else l for i, l in enumerate(lines)))
    if not a.names or "hatchet" in a.names:
        ok, lines = check_hatchet(os.path.abspath(a.cli), a.corpus)
        if lines:
            n += 1
            ok_all &= bool(ok)
            print(("ok   " if ok else "FAIL ") + lines[0])
    ok, lines = check_orders(os.path.abspath(a.cli), a.corpus, a.names)
    if lines:
        n += 1
        ok_all &= ok
        print(("ok   " if ok else "FAIL ") + "migration order:\n" + "\n".join("     " + l for l in lines))
    for name, d, run_name, run in truth_runs(a.corpus, names):
        ok, summary = check_run(os.path.abspath(a.cli), d, f"{name}/{run_name}", run)
        n += 1
        ok_all &= ok
        print(("ok   " if ok else "FAIL ") + summary)
    if n == 0:
        print("no corpus runs found: skipped")
        return 77
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
