-- expect: ERROR:  no schema has been selected to create in (line 6: set_config set an empty search_path on line 5; the path E'a\t' on line 3 is trimmed to a, where t1 goes)
CREATE SCHEMA a;
SELECT set_config('search_path', E'a\t', false);
CREATE TABLE t1 (x int);
SELECT set_config('search_path', '', false);
CREATE TABLE t2 (x int);
