#!/usr/bin/env python3
"""Header test (suite "abi"): cffi's C parser reads the public header after
the preprocessor lines and the C++ guard are stripped, and the declarations
it reads drive the real library through cffi's ABI mode."""
import os
import re
import sys

try:
    import cffi
except ImportError:
    # python3 on PATH may not be Debian's, which is where python3-cffi lives
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("cffi is not installed: skipped")
    sys.exit(77)

header, lib = sys.argv[1], sys.argv[2]
with open(header) as f:
    text = f.read()
text = re.sub(r"#ifdef __cplusplus.*?#endif", "", text, flags=re.S)
text = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#"))
text = text.replace("SD_EXPORT ", "")
ffi = cffi.FFI()
ffi.cdef(text)
sd = ffi.dlopen(lib)
cat = ffi.new("sd_catalog **")
assert sd.sd_catalog_new(sd.SD_DIALECT_POSTGRES, cat) == sd.SD_OK
sql = "CREATE TABLE \"Straße\" (id serial PRIMARY KEY);\nCREATE TABLE Keep (a int);".encode()
assert sd.sd_catalog_apply_sql(cat[0], sql, len(sql), b"x.sql") == sd.SD_OK
schema = sd.sd_catalog_schema_at(cat[0], 0)
names = [ffi.string(sd.sd_table_name(sd.sd_schema_table_at(schema, i))).decode()
         for i in range(sd.sd_schema_table_count(schema))]
assert names == ["Straße", "keep"], names
bad = b"CREATE TABLE t (a int);\x00"
assert sd.sd_catalog_apply_sql(cat[0], bad, len(bad), b"y.sql") == sd.SD_ERR_ENCODING
assert sd.sd_catalog_error_line(cat[0]) == 1 and sd.sd_catalog_error_col(cat[0]) == 24
sd.sd_catalog_free(cat[0])
print("cffi read the header and drove the library: ok")
