-- search_path forms: SET SESSION, SET ... TO DEFAULT, SET SCHEMA 'name', and
-- set_config lists with blanks and tabs, quoted names (case kept, a comma
-- inside) and unquoted upper-case names (folded), pg_catalog-qualified.
CREATE SCHEMA a;
CREATE SCHEMA "B";
CREATE SCHEMA "x,y";
SET SESSION search_path TO a;
CREATE TABLE t1 (x int);
SET search_path TO DEFAULT;
CREATE TABLE t2 (x int);
SET SCHEMA 'a';
CREATE TABLE t3 (x int);
SELECT set_config('search_path', '  "B" ,	a ', false);
CREATE TABLE t4 (x int);
SELECT pg_catalog.set_config('search_path', '"x,y",a', false);
CREATE TABLE t5 (x int);
SELECT set_config('search_path', 'A', false);
CREATE TABLE t6 (x int);
SET SESSION search_path = "B", public;
CREATE TABLE t7 (x int);
