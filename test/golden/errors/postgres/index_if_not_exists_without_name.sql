-- expect: ERROR:  syntax error at or near "ON" -- at line 3, col 28 (IF NOT EXISTS requires an index name)
CREATE TABLE events (id integer PRIMARY KEY, kind text);
CREATE INDEX IF NOT EXISTS ON events (kind);
