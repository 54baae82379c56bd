-- Column defaults that name a relation in a regclass constant depend on it:
-- CASCADE removes those defaults; a table's own defaults go with it; a
-- renamed or moved sequence is followed.
CREATE SEQUENCE s;
CREATE TABLE a (x bigint DEFAULT currval('s'), y regclass DEFAULT 's'::regclass, z integer DEFAULT 1);
DROP SEQUENCE s CASCADE;
CREATE TABLE t2 (id serial, y bigint DEFAULT nextval('t2_id_seq'));
DROP TABLE t2;
CREATE TABLE t (id serial);
CREATE TABLE u (x bigint DEFAULT nextval('t_id_seq'), keep integer DEFAULT 2);
DROP TABLE t CASCADE;
CREATE TABLE t3 (x integer);
CREATE INDEX i3 ON t3 (x);
CREATE TABLE u3 (r regclass DEFAULT 'i3', r2 regclass DEFAULT 't3');
DROP INDEX i3 CASCADE;
DROP TABLE t3, u3;
CREATE SCHEMA app;
CREATE SEQUENCE q;
CREATE TABLE app.v (n bigint DEFAULT nextval('q'));
ALTER SEQUENCE q RENAME TO q2;
ALTER SEQUENCE q2 SET SCHEMA app;
CREATE TABLE w (n bigint DEFAULT nextval('app.q2'));
DROP SEQUENCE app.q2 CASCADE;
-- a later table of the list is named by another table's default (the
-- first one's entry is gone by then)
CREATE TABLE ra (x integer);
CREATE TABLE rb (x integer);
CREATE TABLE rc (r regclass DEFAULT 'rb', keep integer DEFAULT 3);
DROP TABLE ra, rb CASCADE;
