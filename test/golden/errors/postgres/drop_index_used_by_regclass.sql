-- expect: ERROR:  cannot drop index i3 because other objects depend on it
CREATE TABLE t3 (x integer);
CREATE INDEX i3 ON t3 (x);
CREATE TABLE u3 (r regclass DEFAULT 'i3');
DROP INDEX i3;
