-- expect: success for lines 2-8; files 01-04 are each one DROP PostgreSQL 15 rejects after this setup because a domain's default names the relation (messages in expected.err, checked with psql); 05 fails closed (PostgreSQL drops the domain and the column of that type: "drop cascades to 2 other objects")
CREATE SEQUENCE s;
CREATE DOMAIN d AS int DEFAULT nextval('s');
CREATE TABLE t2 (id int);
CREATE DOMAIN d2 AS regclass DEFAULT 't2'::regclass;
CREATE TABLE t3 (id int);
CREATE INDEX i3 ON t3 (id);
CREATE DOMAIN d3 AS regclass DEFAULT 'i3'::regclass;
