-- Serial columns whose implicit sequence names collide with existing
-- relations and with sequences left behind by renames.
CREATE TABLE t (id serial PRIMARY KEY);
ALTER TABLE t RENAME TO t_old;
CREATE TABLE t (id serial PRIMARY KEY, n bigserial, s smallserial);
CREATE SEQUENCE t_x_seq;
CREATE TABLE t_x (dummy int);
CREATE TABLE t2 (x serial);
ALTER TABLE t2 RENAME TO t_x_seq1;
