-- expect: success for the setup; cases: DROP FUNCTION/PROCEDURE lists, IF EXISTS, the other kind and trigger dependencies (messages match psql 15); 02 is a no-op, 04, 07 (CASCADE drops the trigger) and 08 succeed.
CREATE TABLE t (id int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE FUNCTION f1(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
CREATE FUNCTION f2() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE PROCEDURE pr() LANGUAGE sql AS 'SELECT 1';
CREATE TRIGGER t_tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
