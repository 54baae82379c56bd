-- DROP TABLE with several names, IF EXISTS and RESTRICT.
CREATE TABLE tmp_a (id integer PRIMARY KEY);
CREATE TABLE tmp_b (id integer PRIMARY KEY, a_id integer REFERENCES tmp_a);
CREATE TABLE tmp_c (id integer);
CREATE TABLE keep_me (id integer);

DROP TABLE IF EXISTS tmp_missing;
DROP TABLE tmp_b, tmp_a;
DROP TABLE IF EXISTS tmp_c, tmp_missing RESTRICT;
DROP TABLE IF EXISTS tmp_c;
