-- expect: success for the setup; files 01-08 are each one statement PostgreSQL 15 rejects after this setup (messages in expected.err match psql's).
CREATE TABLE t (id int PRIMARY KEY);
CREATE TYPE mood AS ENUM ('ok');
CREATE SEQUENCE s;
