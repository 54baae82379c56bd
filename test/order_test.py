#!/usr/bin/env python3
"""Migration order test: for each case directory test/order/<case>/ (a
`migrations/` tree of files, an optional `dialect` file, `expected.txt`),
`schemadrift order --dialect D <case>/migrations` must print exactly
expected.txt (paths relative to the case) and exit with the code on its
first line. SD_UPDATE_GOLDEN=1 rewrites expected.txt.

Usage: order_test.py --cli PATH/schemadrift --root test/order"""
import argparse
import os
import subprocess
import sys


def run_case(cli, case_dir):
    dialect_file = os.path.join(case_dir, "dialect")
    dialect = open(dialect_file).read().strip() if os.path.exists(dialect_file) else "postgres"
    r = subprocess.run([cli, "order", "--dialect", dialect, "migrations"], cwd=case_dir,
                       capture_output=True, text=True, timeout=60)
    return f"exit: {r.returncode}\n" + r.stdout + r.stderr


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
        if not os.path.isdir(os.path.join(d, "migrations")):
            continue
        got = run_case(cli, d)
        exp_path = os.path.join(d, "expected.txt")
        if update:
            with open(exp_path, "w") as f:
                f.write(got)
        want = open(exp_path).read() if os.path.exists(exp_path) else None
        if got == want:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {case}\n--- expected\n{want}--- got\n{got}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
