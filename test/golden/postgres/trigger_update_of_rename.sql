-- Renaming a column that triggers name in their UPDATE OF lists: the
-- definitions follow, as pg_get_triggerdef prints them.
CREATE SCHEMA app;
CREATE TABLE app.t (id int, v text, w text);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER t_of AFTER UPDATE OF v, w ON app.t FOR EACH ROW EXECUTE FUNCTION tf();
CREATE TRIGGER t_mix BEFORE INSERT OR UPDATE OF w OR DELETE ON app.t FOR EACH ROW EXECUTE FUNCTION tf();
CREATE TRIGGER t_plain AFTER UPDATE ON app.t FOR EACH STATEMENT EXECUTE FUNCTION tf();
ALTER TABLE app.t RENAME COLUMN v TO "V v";
ALTER TABLE app.t RENAME COLUMN w TO ww;
ALTER TABLE app.t RENAME COLUMN id TO ident;
