CREATE OR REPLACE FUNCTION h(a int, b int) RETURNS int LANGUAGE sql AS 'select 1';
