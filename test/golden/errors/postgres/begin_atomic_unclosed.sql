-- A BEGIN ATOMIC body the input never closes.
CREATE TABLE t (x int);
CREATE FUNCTION f() RETURNS int LANGUAGE sql
BEGIN ATOMIC
    SELECT 1;
