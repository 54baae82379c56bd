-- psql meta-commands and the query buffer: \g sends a statement that has no
-- ";" yet, \r throws one away, \echo and \set leave it to join what follows.
CREATE TABLE a (id int)
\g
CREATE TABLE gone (id int)
\r
CREATE TABLE b (id int)
\set x 1
;
\echo done
