-- expect: success for the setup (comments on a materialized view, a three-part column name, a constraint, an enum, a domain, a view, a sequence and an index, one removed with IS NULL and one with an empty string); files 01-07 are each one statement PostgreSQL 15 rejects with the message in expected.err (checked with psql 15); 08-10 fail closed (PostgreSQL accepts them: a built-in type, a domain constraint, a function); 11-18 fail closed on statements PostgreSQL rejects (syntax error at or near "IS"; improper relation name (too many dotted names): a.b.c.d; syntax errors at or near ".", "42", "'y'", "'x'", "app"; column name must be qualified).
CREATE SCHEMA app;
CREATE TABLE app.t (id int CONSTRAINT t_pk PRIMARY KEY, v text);
CREATE VIEW app.v AS SELECT 1 AS x;
CREATE MATERIALIZED VIEW app.mv AS SELECT 1 AS x;
CREATE DOMAIN app.d AS int CONSTRAINT d_pos CHECK (VALUE > 0);
CREATE TYPE app.e AS ENUM ('a');
CREATE SEQUENCE app.s;
COMMENT ON MATERIALIZED VIEW app.mv IS 'mat';
COMMENT ON COLUMN app.t.v IS 'three parts';
COMMENT ON CONSTRAINT t_pk ON app.t IS 'pk';
COMMENT ON TYPE app.e IS 'enum';
COMMENT ON DOMAIN app.d IS 'dom';
COMMENT ON VIEW app.v IS 'view';
COMMENT ON SEQUENCE app.s IS 'seq';
COMMENT ON INDEX app.t_pk IS 'idx';
COMMENT ON INDEX app.t_pk IS NULL;
COMMENT ON COLUMN app.t.v IS '';
