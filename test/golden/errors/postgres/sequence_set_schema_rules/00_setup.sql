-- expect: success for lines 2-5; each later file is one statement PostgreSQL 15 rejects after this setup, with the message in expected.err (checked one by one with psql)
CREATE SCHEMA other;
CREATE SEQUENCE s1;
CREATE SEQUENCE other.s1;
CREATE TABLE t (id serial);
