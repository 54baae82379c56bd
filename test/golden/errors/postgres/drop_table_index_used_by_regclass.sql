-- expect: ERROR:  cannot drop table t3 because other objects depend on it
-- its index goes with it, and u3's default names the index
CREATE TABLE t3 (x integer);
CREATE INDEX i3 ON t3 (x);
CREATE TABLE u3 (r regclass DEFAULT 'i3');
DROP TABLE t3;
