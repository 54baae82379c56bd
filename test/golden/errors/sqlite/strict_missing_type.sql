-- expect: Parse error near line 2: missing datatype for t.c
CREATE TABLE t (id INTEGER PRIMARY KEY, c) STRICT;
