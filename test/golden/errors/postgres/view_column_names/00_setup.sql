-- expect: success for line 2; 01-06 are each one CREATE VIEW PostgreSQL 15 rejects (messages in expected.err, checked with psql): the same column name twice (written, from *, from aliases, from a column list that renames the first columns), or more names than columns; 07-08 succeed
CREATE TABLE t (id int, a int, b int);
