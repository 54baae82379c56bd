-- expect: success for the setup; files 01-07 are each one statement PostgreSQL 15 rejects with the message in expected.err (checked with psql 15); 08-10 fail closed: 08 and 09 PostgreSQL rejects (syntax error at or near "+"), 10 (a key collation) it accepts; 11-13 (UNLOGGED, TEMP, OR REPLACE INDEX) PostgreSQL rejects with a syntax error at or near "INDEX", and so do we (failed closed).
CREATE SCHEMA app;
CREATE TABLE t (id int PRIMARY KEY, v text, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa int, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb int);
