-- expect: success for the setup; files 01-12 are each one statement PostgreSQL 15 rejects with the message in expected.err (checked with psql 15). 13-26 fail closed: 13 (INSTEAD OF on a view) and 14 (a constraint trigger) PostgreSQL accepts; 15-26 it rejects: syntax errors at or near "FROM", "NOT", "DURING", "SELECT", "t", "trg", ";", then "trailing junk after numeric literal at or near "1x"", then syntax errors at or near "EXECUTE", ";", ";", "z".
CREATE SCHEMA app;
CREATE TABLE t (id int, v text);
CREATE TABLE app.u (id int);
CREATE VIEW tv AS SELECT id, v FROM t;
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION notrg() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TRIGGER t_all AFTER INSERT OR UPDATE OF v OR DELETE OR TRUNCATE ON t EXECUTE FUNCTION trg();
CREATE TRIGGER "Quoted" BEFORE UPDATE OF "v", id ON public.t FOR EACH ROW EXECUTE PROCEDURE trg();
