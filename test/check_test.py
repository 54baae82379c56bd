#!/usr/bin/env python3
"""`schemadrift check` golden test: each case directory test/check/<case>/
holds `args` (one command-line argument a line, paths relative to the case)
and `expected.txt`: the exit status, then stdout, then stderr, exactly (run
with NO_COLOR and from the case directory). SD_UPDATE_GOLDEN=1 rewrites
expected.txt. A case whose args ask for --format json must also print JSON
that parses, with "format": 1.

Usage: check_test.py --cli PATH/schemadrift --root test/check"""
import argparse
import json
import os
import subprocess
import sys


def run_case(cli, d):
    args = [l.rstrip("\n") for l in open(os.path.join(d, "args"), encoding="utf-8") if l.strip()]
    env = dict(os.environ, NO_COLOR="1")
    r = subprocess.run([cli, "check"] + args, cwd=d, capture_output=True, text=True, timeout=120, env=env)
    return r, f"exit: {r.returncode}\n--- stdout\n{r.stdout}--- stderr\n{r.stderr}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--root", required=True)
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    update = os.environ.get("SD_UPDATE_GOLDEN") == "1"
    passed = failed = 0
    for case in sorted(os.listdir(a.root)):
        d = os.path.join(a.root, case)
        if not os.path.exists(os.path.join(d, "args")):
            continue
        r, got = run_case(cli, d)
        problems = []
        if "--format\njson" in open(os.path.join(d, "args")).read():
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
