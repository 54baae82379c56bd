-- expect: ERROR:  no schema has been selected to create in -- 'a, b' is one schema name, "a, b", which does not exist (set_config would split it)
CREATE SCHEMA a;
SET search_path = 'a, b';
CREATE TABLE t1 (x int);
