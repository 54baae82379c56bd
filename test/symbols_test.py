#!/usr/bin/env python3
"""ABI test (suite "abi"): the shared library exports exactly the symbols
the linker version script lists, all under a version node, and nothing of
the generated parser or lexer."""
import re
import subprocess
import sys

lib, mapfile = sys.argv[1], sys.argv[2]
with open(mapfile) as f:
    text = f.read()
listed = set(re.findall(r"^\s+(sd_\w+);", text, re.M))
out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
exported = {}
for line in out.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[1] in "TDBRW":
        name, _, version = parts[2].partition("@")
        exported[name] = version.lstrip("@")
exported.pop("SCHEMADRIFT_0.1", None)
names = {n for n in exported if not n.startswith("SCHEMADRIFT_")}
ok = True
if names != listed:
    print("exported but not in the map:", sorted(names - listed))
    print("in the map but not exported:", sorted(listed - names))
    ok = False
unversioned = [n for n in names if not exported[n].startswith("SCHEMADRIFT_")]
if unversioned:
    print("exported without a version node:", unversioned)
    ok = False
if any(n.startswith(("sd_parser", "sdi_", "sdp_")) for n in exported):
    print("internal symbols leak")
    ok = False
print(f"{len(names)} symbols exported, {len(listed)} in the map: {'ok' if ok else 'MISMATCH'}")
sys.exit(0 if ok else 1)
