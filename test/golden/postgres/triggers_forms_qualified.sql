-- CREATE TRIGGER forms and pg_get_triggerdef's text for them: every event
-- with UPDATE OF and TRUNCATE (a statement trigger by default), quoted
-- names in UPDATE OF, a schema-qualified table and function (EXECUTE
-- PROCEDURE, string arguments), FOR ROW without EACH, OR REPLACE onto an
-- existing trigger, renaming a quoted trigger, DROP TRIGGER IF EXISTS for a
-- trigger and a table that are not there. Definitions checked by hand
-- against pg_get_triggerdef in PostgreSQL 15.
CREATE SCHEMA app;
CREATE TABLE t (id int, v text);
CREATE TABLE app.u (id int);
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION app.atrg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER u_q AFTER INSERT ON app.u FOR EACH ROW EXECUTE PROCEDURE app.atrg('a', 'b');
CREATE TRIGGER t_all AFTER INSERT OR UPDATE OF v OR DELETE OR TRUNCATE ON t EXECUTE FUNCTION trg();
CREATE TRIGGER "Quoted" BEFORE UPDATE OF "v", id ON public.t FOR EACH ROW EXECUTE PROCEDURE trg();
CREATE TRIGGER x16 BEFORE INSERT ON t FOR ROW EXECUTE FUNCTION trg();
CREATE OR REPLACE TRIGGER x16 AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION app.atrg();
ALTER TRIGGER "Quoted" ON t RENAME TO "Other Name";
DROP TRIGGER IF EXISTS nosuch ON t;
DROP TRIGGER IF EXISTS nosuch ON nosuch;
DROP TRIGGER IF EXISTS u_q ON app.u;
CREATE TRIGGER u_q AFTER UPDATE OR INSERT ON app.u EXECUTE FUNCTION app.atrg();
