-- expect: success for the setup; cases: CREATE FUNCTION/PROCEDURE replacement rules, missing result type and language, ALTER ... RENAME errors (messages match psql 15); 04 (RETURN), 05 (BEGIN ATOMIC, no LANGUAGE), 08-12 and 18 succeed in PostgreSQL; 19-21 are pseudo-types the engine rejects, where we fail closed; 22 (a procedure with a BEGIN ATOMIC body) succeeds.
CREATE FUNCTION f1(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
CREATE PROCEDURE p1(a int) LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION f2(a text) RETURNS text LANGUAGE sql AS 'SELECT a';
CREATE FUNCTION fu(a int) RETURNS int LANGUAGE sql AS 'SELECT a';
CREATE FUNCTION fu(a text) RETURNS text LANGUAGE sql AS 'SELECT a';
