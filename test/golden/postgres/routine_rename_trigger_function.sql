-- Renaming a trigger function: the triggers that run it name it anew, in
-- its own schema and in another one; a trigger on another function keeps
-- its definition.
CREATE SCHEMA app;
CREATE TABLE t (id int);
CREATE TABLE app.u (id int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE FUNCTION app.tg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER t_a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
CREATE TRIGGER t_b AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION keep();
CREATE TRIGGER u_a BEFORE UPDATE ON app.u FOR EACH ROW EXECUTE FUNCTION app.tg();
CREATE TRIGGER u_b BEFORE INSERT ON app.u FOR EACH ROW EXECUTE FUNCTION tf('x');
ALTER FUNCTION tf() RENAME TO tf_renamed;
ALTER FUNCTION app.tg RENAME TO "Tg Quoted";
