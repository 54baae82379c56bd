-- serial family, arrays are refused, sequences named around collisions.
CREATE TABLE s (a smallserial, b serial4, c bigserial, d serial8, e serial2);
CREATE SEQUENCE t_id_seq;
CREATE TABLE t (id serial);
CREATE TABLE "T" (id serial);
