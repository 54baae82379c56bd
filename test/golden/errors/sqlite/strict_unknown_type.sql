-- expect: Parse error near line 2: unknown datatype for t.created_at: "datetime"
CREATE TABLE t (id INTEGER PRIMARY KEY, created_at datetime) STRICT;
