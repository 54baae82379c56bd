-- expect: error at line 10: access method "hash" does not support unique indexes. Every later file is one statement PostgreSQL 15 rejects after this setup, with the message in expected.err (checked one by one with psql).
CREATE TABLE a (id int, v int, w int);
CREATE TABLE b (id int);
CREATE INDEX a_v_plain ON a (v);
CREATE UNIQUE INDEX a_v_partial ON a (v) WHERE v > 0;
CREATE UNIQUE INDEX a_v_desc ON a (v DESC);
CREATE UNIQUE INDEX a_expr ON a ((v + 1));
CREATE UNIQUE INDEX b_id ON b (id);
CREATE UNIQUE INDEX a_w ON a (w);
CREATE UNIQUE INDEX a_hash ON a USING hash (id);
