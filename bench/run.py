#!/usr/bin/env python3
"""Benchmark runner: speed and memory of `schemadrift dump` and `check` on
synthetic migration histories (bench/gen.py, both dialects) and on the
shared corpus, with our lexer alone and libpg_query's raw parse (the real
PostgreSQL grammar, parse tree only) measured in the same run as peers.

    bench/run.py [--build DIR] [--sizes 1,20,200] [--dialects postgres,sqlite]
                 [--workdir DIR] [--corpus DIR] [--repeat N] [--no-callgrind]
                 [--markdown FILE]

Reports, per input: MB/s (10^6 bytes of SQL per second of wall time, best
of --repeat runs, whole process including reading the files), statements/s,
peak RSS (ru_maxrss of the process, in MiB) and its ratio to the canonical SQL
dump of the final catalog; on the 1 MB sets, instructions per input byte
counted by valgrind --tool=callgrind (whole process; repeatable whatever
else the machine is doing). Without --build it configures and builds a
release build in build-bench/. This is a benchmark, not a test: it prints
numbers and fails only when a command fails."""
import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def log(msg):
    print(msg, file=sys.stderr, flush=True)


GNU_TIME = "/usr/bin/time"   # Debian's `time`: a small parent, so ru_maxrss is the command's own


def run_measured(argv, cwd=None, stdout=subprocess.DEVNULL, ok_codes=(0,)):
    """Run argv; return (seconds, peak RSS in KiB). Raises on an exit code
    outside ok_codes. The peak RSS comes from GNU time when present: a
    child forked from this Python process would count Python's own pages."""
    with tempfile.NamedTemporaryFile("r") as rss_file:
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + argv if os.path.exists(GNU_TIME) else argv
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE)
        # read stderr while waiting, or a chatty child blocks on a full pipe
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in ok_codes:
            raise RuntimeError("%s exited %d: %s" % (" ".join(argv[:4]), code, err.decode(errors="replace")[-2000:]))
        text = rss_file.read().split()
        rss = int(text[-1]) if wrapped is not argv and text and text[-1].isdigit() else usage.ru_maxrss
    return seconds, rss


def best_of(repeat, argv, cwd=None, ok_codes=(0,)):
    runs = [run_measured(argv, cwd=cwd, ok_codes=ok_codes) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def callgrind_instructions(argv, cwd=None, ok_codes=(0,)):
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.path.join(tmp, "cg.out")]
                           + argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if r.returncode not in ok_codes:
            raise RuntimeError("callgrind %s exited %d" % (argv[0], r.returncode))
        m = re.search(rb"Collected : (\d+)", r.stderr)
        return int(m.group(1))


def build(builddir):
    if not os.path.exists(os.path.join(builddir, "build.ninja")):
        subprocess.run(["meson", "setup", builddir, "--buildtype=release"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    subprocess.run(["ninja", "-C", builddir], check=True, stdout=subprocess.DEVNULL)


def generate(workdir, dialect, size_mb):
    out = os.path.join(workdir, "%s-%gMB" % (dialect, size_mb))
    manifest = os.path.join(out, "manifest.json")
    gen = os.path.join(ROOT, "bench", "gen.py")
    if os.path.exists(manifest) and os.path.getmtime(manifest) >= os.path.getmtime(gen):
        return out, json.load(open(manifest))
    shutil.rmtree(out, ignore_errors=True)
    log("generating %s" % out)
    subprocess.run([sys.executable, gen, "--dialect", dialect, "--size-mb", str(size_mb), out], check=True,
                   stdout=subprocess.DEVNULL)
    return out, json.load(open(manifest))


def migration_files(setdir):
    mig = os.path.join(setdir, "migrations")
    return mig, sorted(f for f in os.listdir(mig) if f.endswith(".sql"))


class Bench:
    def __init__(self, builddir, repeat, callgrind):
        self.cli = os.path.join(builddir, "tools", "schemadrift")
        self.lexer = os.path.join(builddir, "bench", "lex_only")
        peer = os.path.join(builddir, "bench", "pg_query_parse")
        self.pg_query = peer if os.path.exists(peer) else None
        self.repeat = repeat
        self.callgrind = callgrind and shutil.which("valgrind") is not None

    def dump_size(self, dialect, cwd, files):
        with tempfile.TemporaryFile() as f:
            run_measured([self.cli, "dump", "--dialect", dialect] + files, cwd=cwd, stdout=f, ok_codes=(0, 2, 3))
            return f.tell()

    def measure_set(self, dialect, setdir, manifest, repeat, with_callgrind, with_check=True):
        mig, files = migration_files(setdir)
        nbytes, stmts = manifest["bytes"], manifest["statements"]
        rows = []

        def row(what, argv, cwd, ok_codes=(0,)):
            secs, rss = best_of(repeat, argv, cwd=cwd, ok_codes=ok_codes)
            r = {"what": what, "seconds": secs, "mb_s": nbytes / 1e6 / secs, "stmts_s": stmts / secs,
                 "rss_mb": rss / 1024}
            if with_callgrind:
                r["instr_per_byte"] = callgrind_instructions(argv, cwd=cwd, ok_codes=ok_codes) / nbytes
            rows.append(r)
            log("  %-22s %8.3f s %8.2f MB/s %10.0f stmts/s %8.1f MiB RSS" % (what, secs, r["mb_s"], r["stmts_s"],
                                                                          r["rss_mb"]))
            return r

        row("dump", [self.cli, "dump", "--dialect", dialect] + files, mig)
        if with_check:
            row("check", [self.cli, "check", "--dialect", dialect, "--schema", "../schema.sql", "--migrations", "."],
                mig)
        row("lexer alone", [self.lexer, dialect] + files, mig)
        if dialect == "postgres" and self.pg_query:
            row("libpg_query raw parse", [self.pg_query] + files, mig)
        dump_bytes = self.dump_size(dialect, mig, files)
        return {"dialect": dialect, "bytes": nbytes, "files": manifest["files"], "statements": stmts,
                "dump_bytes": dump_bytes, "rows": rows}

    def measure_corpus(self, corpus):
        results = []
        for project in sorted(os.listdir(corpus)):
            orders = os.path.join(corpus, project, "order")
            if not os.path.isdir(orders):
                continue
            for order in sorted(os.listdir(orders)):
                dialect = "sqlite" if order.startswith("sqlite") else "postgres"
                files = [l.strip() for l in open(os.path.join(orders, order)) if l.strip() and not l.startswith("#")]
                root = os.path.join(corpus, project)
                nbytes = sum(os.path.getsize(os.path.join(root, f)) for f in files)
                explain = subprocess.run([self.cli, "dump", "--explain", "--dialect", dialect] + files, cwd=root,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
                stmts = explain.count(b"\n")
                secs, rss = best_of(self.repeat, [self.cli, "dump", "--dialect", dialect] + files, cwd=root,
                                    ok_codes=(0, 2, 3))
                peer = None
                if dialect == "postgres" and self.pg_query:
                    peer = best_of(self.repeat, [self.pg_query] + files, cwd=root)[0]
                results.append({"name": "%s/%s" % (project, order[:-4]), "files": len(files), "bytes": nbytes,
                                "statements": stmts, "seconds": secs, "rss_mb": rss / 1024, "pg_query_seconds": peer})
                log("  %-36s %8.3f s" % (results[-1]["name"], secs))
        return results


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return "%s, %d cores, %s %s" % (cpu, os.cpu_count() or 0, platform.system(), platform.release())


def fmt_ratio(a, b):
    return "%.2f" % (a / b) if a and b else "-"


def markdown(sets, corpus, sizes):
    out = []
    out.append("Machine: %s. Python %s. One run of `bench/run.py` (%s)." % (
        machine(), platform.python_version(), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())))
    out.append("")
    out.append("| dialect | input | files | statements | what | s | MB/s | statements/s | peak RSS MiB | instr/byte |")
    out.append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|")
    for s in sets:
        for r in s["rows"]:
            ipb = "%.0f" % r["instr_per_byte"] if "instr_per_byte" in r else ""
            out.append("| %s | %.1f MB | %d | %d | %s | %.3f | %.1f | %.0f | %.1f | %s |" % (
                s["dialect"], s["bytes"] / 1e6, s["files"], s["statements"], r["what"], r["seconds"], r["mb_s"],
                r["stmts_s"], r["rss_mb"], ipb))
    out.append("")
    out.append("Ratios within this run:")
    out.append("")
    out.append("| dialect | input | dump vs libpg_query (speed, >1 = faster) | dump instr/byte vs lexer alone "
               "| peak RSS / SQL dump of the final catalog | SQL dump |")
    out.append("|---|---:|---:|---:|---:|---:|")
    for s in sets:
        rows = {r["what"]: r for r in s["rows"]}
        d = rows["dump"]
        peer = rows.get("libpg_query raw parse")
        lex = rows["lexer alone"]
        ipb = fmt_ratio(d.get("instr_per_byte"), lex.get("instr_per_byte"))
        out.append("| %s | %.1f MB | %s | %s | %s | %.1f MB |" % (
            s["dialect"], s["bytes"] / 1e6, fmt_ratio(peer["seconds"], d["seconds"]) if peer else "-", ipb,
            fmt_ratio(d["rss_mb"] * 1024 * 1024, s["dump_bytes"]), s["dump_bytes"] / 1e6))
    out.append("")
    out.append("Scaling (time of the larger set / time of the smaller, `dump`; linear is the size ratio):")
    out.append("")
    out.append("| dialect | from | to | size ratio | time ratio |")
    out.append("|---|---:|---:|---:|---:|")
    by_dialect = {}
    for s in sets:
        by_dialect.setdefault(s["dialect"], []).append(s)
    for dialect, group in by_dialect.items():
        group.sort(key=lambda s: s["bytes"])
        for a, b in zip(group, group[1:]):
            ta = {r["what"]: r for r in a["rows"]}["dump"]["seconds"]
            tb = {r["what"]: r for r in b["rows"]}["dump"]["seconds"]
            out.append("| %s | %.1f MB | %.1f MB | %.1f | %.1f |" % (dialect, a["bytes"] / 1e6, b["bytes"] / 1e6,
                                                                    b["bytes"] / a["bytes"], tb / ta))
    if corpus:
        out.append("")
        out.append("Shared corpus (`dump` of each order file, migrations as listed):")
        out.append("")
        out.append("| run | files | KB | statements | s | MB/s | statements/s | peak RSS MiB | libpg_query s |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for c in corpus:
            out.append("| %s | %d | %.0f | %d | %.3f | %.1f | %.0f | %.1f | %s |" % (
                c["name"], c["files"], c["bytes"] / 1e3, c["statements"], c["seconds"], c["bytes"] / 1e6 / c["seconds"],
                c["statements"] / c["seconds"], c["rss_mb"],
                "%.3f" % c["pg_query_seconds"] if c["pg_query_seconds"] is not None else "-"))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", help="a build directory (default: configure and build build-bench, release)")
    ap.add_argument("--sizes", default="1,20,200", help="synthetic history sizes in MB")
    ap.add_argument("--dialects", default="postgres,sqlite")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "schemadrift-bench"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is kept); 1 above 50 MB")
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--check-max-mb", type=float, default=50, help="measure check only on sets up to this size")
    ap.add_argument("--markdown", help="also write the tables to this file")
    a = ap.parse_args()

    builddir = os.path.abspath(a.build) if a.build else os.path.join(ROOT, "build-bench")
    if not a.build:
        build(builddir)
    bench = Bench(builddir, a.repeat, not a.no_callgrind)
    if not bench.pg_query:
        log("libpg_query peer not built (Debian's libpg-query-dev is not installed): peer rows left out")
    os.makedirs(a.workdir, exist_ok=True)
    sizes = [float(x) for x in a.sizes.split(",") if x]
    sets = []
    for dialect in a.dialects.split(","):
        for size in sizes:
            setdir, manifest = generate(a.workdir, dialect, size)
            log("%s %g MB: %d files, %d statements" % (dialect, size, manifest["files"], manifest["statements"]))
            repeat = 1 if size > 50 else a.repeat
            sets.append(bench.measure_set(dialect, setdir, manifest, repeat, bench.callgrind and size <= 1,
                                          size <= a.check_max_mb))
    corpus = bench.measure_corpus(a.corpus) if os.path.isdir(a.corpus) else []
    md = markdown(sets, corpus, sizes)
    sys.stdout.write(md)
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write(md)


if __name__ == "__main__":
    main()
