-- expect: success for the setup; 01 and 02 (a table named as an existing type or index) are rejected by PostgreSQL 15 with the message in expected.err (checked with psql); 03-06 (SQLite's table options WITHOUT ROWID and STRICT, an unknown LIKE option, a column without a type) are syntax errors there (at or near "ROWID", "STRICT", "bogus", ";") and fail closed here
CREATE TYPE mood AS ENUM ('ok');
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
