#!/usr/bin/env python3
"""`schemadrift check` (and `lint`) golden test: each case directory
test/check/<case>/ holds `args` (one command-line argument a line, paths
relative to the case; a first line `lint` runs that command instead)
and `expected.txt`: the exit status, then stdout, then stderr, exactly (run
with NO_COLOR and from the case directory). SD_UPDATE_GOLDEN=1 rewrites
expected.txt. A case whose args ask for --format json must also print JSON
that parses, with "format": 1; one asking for --format sarif must validate
against the SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5.json, which the
MIT-licensed npm package @microsoft/jest-sarif ships: fetched once with
`npm pack` into --cache, python3-jsonschema validates); one asking for
--format github must print only workflow commands (::error/::warning/
::notice file=...,line=...,col=...,title=...::message).

Usage: check_test.py --cli PATH/schemadrift --root test/check [--cache DIR]"""
import argparse
import glob
import re
import tarfile
import tempfile
import json
import os
import subprocess
import sys


def run_case(cli, d):
    args = [l.rstrip("\n") for l in open(os.path.join(d, "args"), encoding="utf-8") if l.strip()]
    command = args.pop(0) if args and args[0] in ("lint", "diff") else "check"
    env = dict(os.environ, NO_COLOR="1")
    r = subprocess.run([cli, command] + args, cwd=d, capture_output=True, text=True, timeout=120, env=env)
    return r, f"exit: {r.returncode}\n--- stdout\n{r.stdout}--- stderr\n{r.stderr}"


SARIF_PACKAGE = "@microsoft/jest-sarif@1.0.0-beta.0"
SARIF_MEMBER = "package/lib/schemas/sarif-2.1.0-rtm.5.json"
GITHUB_LINE = re.compile(r"^::(error|warning|notice) (file=[^,:]+(,line=\d+,col=\d+)?,)?title=[^:]+::.*$")


def sarif_schema(cache):
    """The SARIF 2.1.0 schema, from the cache or fetched with npm pack."""
    os.makedirs(cache, exist_ok=True)
    path = os.path.join(cache, "sarif-2.1.0-rtm.5.json")
    if not os.path.exists(path):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["npm", "pack", SARIF_PACKAGE, "--silent"], cwd=tmp, check=True,
                           capture_output=True, timeout=300)
            tgz = glob.glob(os.path.join(tmp, "*.tgz"))[0]
            with tarfile.open(tgz) as t:
                data = t.extractfile(SARIF_MEMBER).read()
            with open(path, "wb") as f:
                f.write(data)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def sarif_problems(text, schema):
    import jsonschema
    try:
        doc = json.loads(text)
    except ValueError as e:
        return [f"SARIF output is not JSON: {e}"]
    v = jsonschema.Draft4Validator(schema)
    errs = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
    problems = [f"SARIF schema: {'/'.join(map(str, e.path))}: {e.message}" for e in errs[:10]]
    rules = [r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]]
    if len(rules) != len(set(rules)):
        problems.append("SARIF: a rule listed twice")
    for r in doc["runs"][0]["results"]:
        if r["ruleId"] not in rules or rules[r["ruleIndex"]] != r["ruleId"]:
            problems.append(f"SARIF: result {r['ruleId']} without its rule")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "schemadrift-test-cache"))
    a = ap.parse_args()
    schema = None
    cli = os.path.abspath(a.cli)
    update = os.environ.get("SD_UPDATE_GOLDEN") == "1"
    passed = failed = 0
    for case in sorted(os.listdir(a.root)):
        d = os.path.join(a.root, case)
        if not os.path.exists(os.path.join(d, "args")):
            continue
        r, got = run_case(cli, d)
        problems = []
        args_text = open(os.path.join(d, "args")).read()
        if "--format\nsarif" in args_text:
            if schema is None:
                schema = sarif_schema(a.cache)
            problems += sarif_problems(r.stdout, schema)
        if "--format\ngithub" in args_text:
            problems += [f"not a workflow command: {l}" for l in r.stdout.splitlines() if not GITHUB_LINE.match(l)]
        if "--format\njson" in args_text:
            try:
                doc = json.loads(r.stdout)
                if doc.get("format") != 1 or not isinstance(doc.get("findings"), list):
                    problems.append("JSON without format 1 or findings")
            except ValueError as e:
                problems.append(f"stdout is not JSON: {e}")
        exp_path = os.path.join(d, "expected.txt")
        if update:
            with open(exp_path, "w", encoding="utf-8") as f:
                f.write(got)
        want = open(exp_path, encoding="utf-8").read() if os.path.exists(exp_path) else None
        if got != want:
            problems.append(f"--- expected\n{want}--- got\n{got}")
        if problems:
            failed += 1
            print(f"FAIL {case}\n" + "\n".join(problems))
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
