CREATE FUNCTION g(a int RETURNS int AS 'select 1' LANGUAGE sql;
