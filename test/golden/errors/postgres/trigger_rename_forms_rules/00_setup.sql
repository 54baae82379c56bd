-- expect: success for the setup; cases: ALTER TRIGGER ... RENAME forms (messages match psql 15); 01 and 03 succeed in PostgreSQL, 04 and 05 are syntax errors where we fail closed.
CREATE SCHEMA app;
CREATE TABLE app.t (id int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER "Mixed Case" BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION tf();
CREATE TRIGGER plain AFTER DELETE ON app.t FOR EACH ROW EXECUTE FUNCTION tf();
