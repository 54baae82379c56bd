CREATE OR REPLACE FUNCTION o2(a int, OUT r int, OUT t int) LANGUAGE sql AS 'select 1, 2';
