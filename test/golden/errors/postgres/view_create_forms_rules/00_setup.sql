-- expect: success for the setup; cases: CREATE VIEW forms and errors (messages match psql 15); PostgreSQL accepts 01 (temporary, ignored), 02 (a no-op), 05 and 06; it rejects 03 and 04 (relation "v" already exists) and 07 (a syntax error at the end of input), where we fail closed.
CREATE TABLE t (id int, v text);
CREATE VIEW v AS SELECT id FROM t;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
