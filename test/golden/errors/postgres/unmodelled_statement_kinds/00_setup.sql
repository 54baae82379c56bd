-- expect: success for the setup; every case (01-43) is a statement we do not model and fail closed on (statement classification: psql meta-commands that run SQL, CREATE / ALTER / DROP of object kinds not modelled, ALTER TABLE actions not modelled, EXPLAIN ANALYZE, COPY FROM STDIN, CALL, EXECUTE, unknown statements), except 40 (REFRESH MATERIALIZED VIEW, ignored: data only). PostgreSQL 15 accepts each after this setup except 07 (server "nosuch" does not exist), 13 (syntax error at or near "RETURNS"), 17 (column "id" in child table must be marked NOT NULL), 29 (syntax error at or near ";"), 31 (type "dom" does not exist: 20 moved it), 32 (role "nosuch_role" does not exist), 36 (prepared statement "q" does not exist), 37 (server "s" does not exist), 38 (no security label providers have been loaded), 42 and 43 (syntax error at or near "FUNCTION" / "PROCEDURE": CREATE TEMP FUNCTION and CREATE UNLOGGED PROCEDURE); 09 only warns (cast will be ignored because the source data type is a domain).
CREATE SCHEMA app;
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE INDEX t_v_idx ON t (v);
CREATE TABLE app.p (id int);
CREATE DOMAIN dom AS int;
CREATE TYPE app.mood AS ENUM ('ok');
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE PROCEDURE pr() LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION evt() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x;
