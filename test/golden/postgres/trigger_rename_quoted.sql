-- ALTER TRIGGER ... RENAME TO between quoted and plain names on a table in
-- another schema: the definition follows the new name.
CREATE SCHEMA app;
CREATE TABLE app.t (id int, v text);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER "Mixed Case" BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION tf();
CREATE TRIGGER plain AFTER UPDATE OF v ON app.t FOR EACH ROW EXECUTE FUNCTION tf();
ALTER TRIGGER "Mixed Case" ON app.t RENAME TO "Other Name";
ALTER TRIGGER plain ON app.t RENAME TO "Now Quoted";
ALTER TRIGGER "Other Name" ON app.t RENAME TO unquoted;
