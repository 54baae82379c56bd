-- SET search_path with string literals: each string is one schema name as
-- written (case kept), beside unquoted names.
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE SCHEMA "A";
SET search_path TO 'A';
CREATE TABLE t1 (x int);
SET search_path = b, 'a';
CREATE TABLE t2 (x int);
SET search_path = '$user', public;
CREATE TABLE t3 (x int);
