-- expect: success for the setup; cases: COMMENT ON column, constraint, type, schema and materialized view forms (messages match psql 15). PostgreSQL accepts 02-06, 08, 09 and 16 (a comment on a materialized view's column, where we fail closed); we fail closed on 07 (the engine: type "mood" does not exist), 12, 13 and 15 (syntax errors) and 14 (cross-database references are not implemented).
CREATE SCHEMA other;
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE TYPE other.mood AS ENUM ('ok');
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
CREATE DOMAIN pos AS int CONSTRAINT pos_chk CHECK (VALUE > 0);
