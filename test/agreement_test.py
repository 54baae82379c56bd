#!/usr/bin/env python3
"""Four-consumer agreement test (suite "bindings"): the golden catalog cases
and the drift cases run through the C library (test/consumer.c), the CLI,
the Python package and the Go package, and all four must print the same
bytes (and, for checks, exit with the same status).

Catalog cases: test/golden/<dialect>/<case>.sql and <case>/*.sql (files in
name order), run from test/golden with relative paths; the C library's
output must also equal the case's golden JSON. The error cases
(test/golden/errors/<dialect>/*.sql) have no golden JSON; the catalogs
they leave must agree all the same. Drift cases: each
test/check/<case>/args that runs `check` or `lint` (not `diff`, not a usage
error), run from the case directory with --format json.

Usage: agreement_test.py --root REPO --consumer C_CONSUMER --cli SCHEMADRIFT
       --build BUILD_DIR [--go GO]
The Go consumer is built with `go build` against BUILD_DIR's library;
without Go the test is skipped (exit 77), saying so."""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile


def catalog_cases(golden):
    cases = []
    for dialect in ("postgres", "sqlite"):
        base = os.path.join(golden, dialect)
        for entry in sorted(os.listdir(base)):
            path = os.path.join(base, entry)
            if entry.endswith(".sql") and os.path.exists(path[:-4] + ".json"):
                cases.append((dialect, [os.path.join(dialect, entry)], path[:-4] + ".json"))
            elif os.path.isdir(path) and os.path.exists(os.path.join(path, "expected.json")):
                files = sorted(f for f in os.listdir(path) if f.endswith(".sql"))
                cases.append((dialect, [os.path.join(dialect, entry, f) for f in files],
                              os.path.join(path, "expected.json")))
        # the error cases: no golden JSON, but the catalogs they leave must agree
        base = os.path.join(golden, "errors", dialect)
        for entry in sorted(os.listdir(base)):
            if entry.endswith(".sql"):
                cases.append((dialect, [os.path.join("errors", dialect, entry)], None))
    return cases


def check_cases(root):
    cases = []
    for args_path in sorted(glob.glob(os.path.join(root, "*", "args"))):
        with open(args_path, encoding="utf-8") as f:
            args = [l.rstrip("\n") for l in f if l.strip()]
        if args and args[0] == "diff":
            continue
        with open(os.path.join(os.path.dirname(args_path), "expected.txt"), encoding="utf-8") as f:
            if f.readline().strip() == "exit: 1":
                continue   # a usage error: no report to agree on
        kept, i = [], 0
        while i < len(args):   # the report format is ours; the status for --fail-on error
            if args[i] in ("--format", "--fail-on"):
                i += 2
                continue
            kept.append(args[i])
            i += 1
        cases.append((os.path.dirname(args_path), kept))
    return cases


def build_go_consumer(repo, build, go, tmp):
    lib = os.path.join(build, "lib")   # this build's library first (bindings/go/link_tree.go)
    env = dict(os.environ, CGO_CFLAGS="-I" + os.path.join(build, "include"),
               CGO_LDFLAGS="-L%s -Wl,-rpath,%s" % (lib, lib), GOPROXY="off",
               GOCACHE=os.environ.get("GOCACHE", os.path.join(tmp, "gocache")))
    out = os.path.join(tmp, "sd-consumer")
    r = subprocess.run([go, "build", "-o", out, "./cmd/sd-consumer"], cwd=os.path.join(repo, "bindings", "go"),
                       env=env, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        sys.exit("agreement: cannot build the Go consumer:\n" + r.stdout + r.stderr)
    return [out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--consumer", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--build", required=True)
    ap.add_argument("--go")
    a = ap.parse_args()
    repo, build = os.path.abspath(a.root), os.path.abspath(a.build)
    go = a.go or shutil.which("go")
    if not go:
        print("agreement: skipped: Go is not installed (Debian package golang-go)")
        return 77
    libdir = os.path.join(build, "lib")
    env = dict(os.environ, LD_LIBRARY_PATH=libdir + os.pathsep + os.environ.get("LD_LIBRARY_PATH", ""),
               SCHEMADRIFT_LIBRARY=os.path.join(libdir, "libschemadrift.so.0"), NO_COLOR="1")
    python_consumer = [sys.executable, os.path.join(repo, "bindings", "python", "tests", "consumer.py")]
    cli = os.path.abspath(a.cli)
    with tempfile.TemporaryDirectory() as tmp:
        consumers = {
            "C library": lambda kind, args: [os.path.abspath(a.consumer), kind] + args,
            "CLI": lambda kind, args: ([cli, "dump", "--dialect", args[0], "--format", "json"] + args[1:]
                                       if kind == "catalog" else
                                       [cli] + (["lint"] + args[1:] if args[:1] == ["lint"] else ["check"] + args)
                                       + ["--format", "json"]),
            "Python": lambda kind, args: python_consumer + [kind] + args,
            "Go": (lambda exe: lambda kind, args: exe + [kind] + args)(build_go_consumer(repo, build, go, tmp)),
        }
        failures = runs = 0

        def agree(name, kind, args, cwd, expected=None):
            nonlocal failures, runs
            outputs = {}
            for who, command in consumers.items():
                r = subprocess.run(command(kind, args), cwd=cwd, env=env, capture_output=True, timeout=300)
                runs += 1
                # a catalog's bytes are compared; `dump`'s exit statuses are
                # the CLI's own (tested by the cli suite)
                status = r.returncode if kind == "check" else 0
                outputs[who] = (status, r.stdout, r.stderr)
            base = outputs["C library"]
            bad = [who for who, out in outputs.items() if out[:2] != base[:2]]
            if expected is not None and base[1] != expected:
                bad.append("golden file")
            if bad:
                failures += 1
                print("FAIL %s: %s differ%s from the C library" % (name, ", ".join(bad), "s" if len(bad) == 1 else ""))
                for who in bad:
                    if who in outputs:
                        s, out, err = outputs[who]
                        print("  %s: exit %s, %d bytes, stderr: %s" % (who, s, len(out), err.decode(errors="replace")[:400]))
            return not bad

        golden = os.path.join(repo, "test", "golden")
        ncat = 0
        for dialect, files, expected in catalog_cases(golden):
            data = None
            if expected:
                with open(expected, "rb") as f:
                    data = f.read()
            agree(files[0], "catalog", [dialect] + files, golden, data)
            ncat += 1
        nchk = 0
        for case_dir, args in check_cases(os.path.join(repo, "test", "check")):
            agree(os.path.relpath(case_dir, repo), "check", args, case_dir)
            nchk += 1
    print("agreement: %d catalog cases and %d drift cases through 4 consumers (%d runs): %d disagreements"
          % (ncat, nchk, runs, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
