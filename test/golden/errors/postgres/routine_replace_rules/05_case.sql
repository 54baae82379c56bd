CREATE OR REPLACE FUNCTION h(x int, b int) RETURNS int LANGUAGE sql AS 'select 1';
