CREATE FUNCTION f8(b int) RETURNS int LANGUAGE sql AS 'select 2';
