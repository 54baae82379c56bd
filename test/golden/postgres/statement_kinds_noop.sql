-- Statements a migration may hold that change no modelled part of the
-- schema, each recognised and skipped (statement classification): psql
-- meta-commands with no effect, SET LOCAL / SESSION and other settings,
-- RESET of a setting, RESET ALL and RESET search_path, set_config of the
-- search path inside SELECT, parenthesised queries, VALUES, WITH queries,
-- schema-qualified harmless functions, COPY ... TO STDOUT, EXPLAIN,
-- maintenance and locking statements, LISTEN / NOTIFY, DISCARD,
-- ownership changes of tables (also qualified, IF EXISTS, ONLY), schemas,
-- functions and types, and default privileges.
\set ON_ERROR_STOP 1
\echo	starting
\pset format unaligned
\timing off
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY, name text);
CREATE TABLE notes (id int);
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TYPE color AS ENUM ('red');
SET LOCAL statement_timeout = 0;
SET SESSION search_path TO app, public;
CREATE TABLE in_app (id int);
RESET search_path;
CREATE TABLE in_public (id int);
SET SESSION lock_timeout = '1s';
RESET lock_timeout;
SELECT pg_catalog.set_config('search_path', 'app', false);
CREATE TABLE in_app2 (id int);
RESET ALL;
CREATE TABLE in_public2 (id int);
(SELECT 1);
VALUES (1), (2);
WITH c(n) AS (SELECT 1) SELECT n FROM c;
SELECT pg_catalog.now(), pg_catalog.lower($$A$$);
INSERT INTO app.items (id, name) VALUES (1, 'a');
COPY app.items TO STDOUT;
EXPLAIN SELECT * FROM app.items;
ANALYZE notes;
VACUUM notes;
REINDEX TABLE notes;
CLUSTER app.items USING items_pkey;
CHECKPOINT;
BEGIN;
LOCK TABLE notes IN SHARE MODE;
SAVEPOINT sp;
RELEASE SAVEPOINT sp;
COMMIT;
LISTEN chan;
NOTIFY chan;
UNLISTEN chan;
DISCARD PLANS;
SHOW search_path;
ALTER TABLE notes OWNER TO CURRENT_USER;
ALTER TABLE app.items OWNER TO CURRENT_USER;
ALTER TABLE IF EXISTS ONLY notes OWNER TO CURRENT_USER;
ALTER SCHEMA app OWNER TO CURRENT_USER;
ALTER FUNCTION f() OWNER TO CURRENT_USER;
ALTER TYPE color OWNER TO CURRENT_USER;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;
GRANT SELECT ON notes TO PUBLIC;
REVOKE SELECT ON notes FROM PUBLIC;
TRUNCATE notes;
DELETE FROM notes;
UPDATE app.items SET name = 'b';
START TRANSACTION;
ABORT;
