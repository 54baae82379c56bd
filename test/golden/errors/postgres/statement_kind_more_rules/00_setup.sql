-- expect: success for the setup; cases: statement classification. PostgreSQL 15 accepts 01-13 (GLOBAL/LOCAL temporary relations and ownership changes are ignored, 04 and 10-12 are applied, 13 is data only) and 17, 19-23 and 25, where we fail closed on object kinds we do not model; it rejects 14-16 and 26 (syntax errors) and 18 and 24 (server "s" does not exist; relation "ft" does not exist), where we fail closed.
CREATE SCHEMA app;
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE INDEX t_v_idx ON t (v);
CREATE TYPE app.mood AS ENUM ('a');
CREATE DOMAIN dom AS int;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE PROCEDURE pr() LANGUAGE sql AS 'SELECT 1';
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
