-- expect: ERROR:  cannot drop table t because other objects depend on it
-- t's serial sequence goes with t, and u's default uses it
CREATE TABLE t (id serial);
CREATE TABLE u (x bigint DEFAULT nextval('t_id_seq'));
DROP TABLE t;
