CREATE PROCEDURE p1(b int) LANGUAGE sql AS 'select 2';
