-- expect: ERROR:  cannot drop table b because other objects depend on it
CREATE TABLE b (x integer);
CREATE TABLE c (y regclass DEFAULT 'b');
DROP TABLE b;
