-- expect: success for the setup; each case 01-07 is rejected by SQLite 3.40 with the message in expected.err (checked with sqlite3): no DROP EXTENSION, no lists, no CASCADE / RESTRICT, a missing schema-qualified table, the index of a UNIQUE constraint, a missing schema-qualified index
CREATE TABLE t (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE u (id integer);
