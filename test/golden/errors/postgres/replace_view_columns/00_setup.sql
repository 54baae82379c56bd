-- expect: success for lines 2-4; 01-07 are each one CREATE OR REPLACE VIEW PostgreSQL 15 rejects after this setup (messages in expected.err, checked with psql): the old columns must keep their names and order, and none may go; 08-09 succeed (a new column after the old ones; a column of the same name from another expression)
CREATE TABLE t (id int, a int, b text);
CREATE VIEW v AS SELECT id FROM t;
CREATE VIEW w AS SELECT id, a FROM t;
