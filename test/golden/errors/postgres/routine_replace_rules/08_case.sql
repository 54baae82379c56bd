CREATE OR REPLACE FUNCTION o2(a int, OUT r int, OUT s bigint) LANGUAGE sql AS 'select 1, 2';
