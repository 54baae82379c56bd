-- expect: success for the setup; cases: DROP VIEW / DROP MATERIALIZED VIEW on other relation kinds (messages match psql 15); 05 and 06 (a no-op) succeed.
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
