-- expect: success for the setup; cases: PostgreSQL CREATE/ALTER/DROP TRIGGER errors and truncated forms (messages match psql 15); 05-07, 11-12 (no-ops), 14 and 16 succeed in PostgreSQL; we fail closed on 15 (an INSTEAD OF trigger on a view), 17 (FROM / NOT DEFERRABLE: a syntax error there) and 18-29 (syntax errors, the engine says where).
CREATE TABLE t (id int, v text);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE FUNCTION nf() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
