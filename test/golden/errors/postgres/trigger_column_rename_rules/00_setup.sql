-- expect: success for the setup; cases: renaming columns that triggers name in UPDATE OF lists and WHEN conditions (01-03, accepted by PostgreSQL 15), and CREATE TRIGGER forms it rejects as syntax errors (04-10), where we fail closed; 11 (a constraint trigger) it accepts and we fail closed.
CREATE SCHEMA app;
CREATE TABLE t (id int, v text, w text);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER t_of AFTER UPDATE OF v, w ON t FOR EACH ROW EXECUTE FUNCTION tf();
CREATE TRIGGER t_when AFTER UPDATE ON t FOR EACH ROW WHEN (OLD.v IS DISTINCT FROM NEW.v) EXECUTE FUNCTION tf();
CREATE TRIGGER t_both BEFORE UPDATE OF w OR INSERT ON t FOR EACH ROW WHEN (NEW.w <> '') EXECUTE FUNCTION tf();
