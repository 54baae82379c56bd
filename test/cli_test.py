#!/usr/bin/env python3
"""CLI test (suite "cli"): runs the schemadrift binary over the same golden
cases as the C runner and checks that it prints the same thing: the catalog
JSON for catalog cases, and for error cases the outcome listing
(`dump --explain`) with the same exit code. Every failed statement must also
get a `file:line:col: error:` diagnostic with a caret line. Then a few exact
diagnostics and usage errors. Run from anywhere:

    cli_test.py --cli build/tools/schemadrift --root test/golden --cli-cases test/cli
"""
import argparse
import os
import re
import subprocess
import sys

passed = failed = 0


def result(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def run(cli, args, cwd):
    p = subprocess.run([cli] + args, cwd=cwd, capture_output=True, timeout=120,
                       env=dict(os.environ, NO_COLOR="1"))
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def dialect_of(path):
    parts = path.split(os.sep)
    for d in ("postgres", "sqlite"):
        if d in parts:
            return d
    return None


def cases(root):
    """Yield (files, expected_path, is_error) like the C runner."""
    def walk(rel, error):
        for name in sorted(os.listdir(os.path.join(root, rel))):
            if name.startswith("."):
                continue
            p = os.path.join(rel, name) if rel else name
            full = os.path.join(root, p)
            if os.path.isdir(full):
                if name == "errors":
                    yield from walk(p, True)
                elif name in ("postgres", "sqlite"):
                    yield from walk(p, error)
                else:
                    files = [os.path.join(p, f) for f in sorted(os.listdir(full)) if f.endswith(".sql")]
                    if files and dialect_of(p):
                        yield files, os.path.join(p, "expected." + ("err" if error else "json")), error
            elif name.endswith(".sql") and dialect_of(p):
                yield [p], p[:-4] + (".err" if error else ".json"), error
    yield from walk("", False)


ENCODING = re.compile(r"^\S+:\d+:\d+: error: (invalid UTF-8|NUL byte)")


def golden(cli, root):
    for files, expected, is_error in cases(root):
        name = files[0] if len(files) == 1 else os.path.dirname(files[0])
        dialect = dialect_of(files[0])
        with open(os.path.join(root, expected), encoding="utf-8", errors="surrogateescape") as f:
            want = f.read()
        if not is_error:
            code, out, err = run(cli, ["dump", "--dialect", dialect, "--format", "json"] + files, root)
            result(code == 0 and out == want, name,
                   f"exit {code}, stdout {'matches' if out == want else 'differs'}; stderr: {err[:300]}")
            continue
        code, out, err = run(cli, ["dump", "--dialect", dialect, "--explain"] + files, root)
        got = f"exit: {code}\n" + out + "".join(
            l + "\n" for l in err.splitlines() if ENCODING.match(l))
        if got != want:
            result(False, name, f"differs from {expected}:\n--- want\n{want}--- got\n{got}")
            continue
        # every failed statement has a diagnostic with its location and a caret
        ok = True
        lines = err.splitlines()
        for l in out.splitlines():
            m = re.match(r"^(\S+):(\d+):(\d+): (engine-error|unmodelled) ", l)
            if not m:
                continue
            loc = f"{m.group(1)}:{m.group(2)}:{m.group(3)}: error: "
            idx = [i for i, e in enumerate(lines) if e.startswith(loc)]
            if not idx or idx[0] + 2 >= len(lines) or not lines[idx[0] + 2].rstrip().endswith("^"):
                ok = False
                result(False, name, f"no diagnostic with caret for {loc!r}; stderr:\n{err}")
                break
        if ok:
            result(True, name)


def exact(cli, case_dir):
    """test/cli/<case>.sql with <case>.args and <case>.code, and when they
    exist <case>.stderr and <case>.stdout: exact output."""
    for name in sorted(os.listdir(case_dir)):
        if not name.endswith(".args"):
            continue
        base = name[:-5]
        with open(os.path.join(case_dir, name)) as f:
            args = f.read().split()
        code, out, err = run(cli, args, case_dir)
        with open(os.path.join(case_dir, base + ".code")) as f:
            want_code = int(f.read().strip())
        want_err = None
        p = os.path.join(case_dir, base + ".stderr")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                want_err = f.read()
        want_out = None
        p = os.path.join(case_dir, base + ".stdout")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                want_out = f.read()
        ok = code == want_code and (want_err is None or err == want_err) and (want_out is None or out == want_out)
        result(ok, "cli/" + base, f"exit {code} (want {want_code})\n--- want stderr\n{want_err}--- got stderr\n{err}"
               + ("" if want_out is None or out == want_out else f"--- want stdout\n{want_out}--- got stdout\n{out}"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--cli-cases", required=True)
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    golden(cli, os.path.abspath(a.root))
    exact(cli, os.path.abspath(a.cli_cases))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
