-- expect: line 6 is a no-op (DROP INDEX IF EXISTS of a missing index: a notice); line 7 fails closed (DROP TABLE ... CASCADE of an inheritance parent: PostgreSQL 15 drops the child too, NOTICE drop cascades to table kid); line 9 fails closed (PostgreSQL 15: ERROR cannot drop table parts because other objects depend on it: a foreign key names its partition parts_1)
CREATE TABLE base (id int);
CREATE TABLE kid (extra int) INHERITS (base);
CREATE TABLE parts (id int PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE parts_1 PARTITION OF parts FOR VALUES FROM (0) TO (10);
DROP INDEX IF EXISTS nope_idx;
DROP TABLE base CASCADE;
CREATE TABLE uses_part (x int REFERENCES parts_1);
DROP TABLE parts;
