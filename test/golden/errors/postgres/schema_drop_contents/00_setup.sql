-- expect: success for the setup; 01-07 are each rejected by PostgreSQL 15 with the message in expected.err (checked with psql): schemas holding only an extension, a sequence, a type, a function or a view cannot be dropped without CASCADE, LIKE ... INCLUDING INDEXES cannot bring a second primary key, a foreign key cannot name a missing column; 08 (DROP SCHEMA public) is rejected there too (cannot drop schema public because other objects depend on it: base) and fails closed here
CREATE SCHEMA e1;
CREATE EXTENSION citext SCHEMA e1;
CREATE SCHEMA q1;
CREATE SEQUENCE q1.s;
CREATE SCHEMA y1;
CREATE TYPE y1.mood AS ENUM ('ok');
CREATE SCHEMA f1;
CREATE FUNCTION f1.one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE SCHEMA v1;
CREATE VIEW v1.v AS SELECT 1 AS x;
CREATE TABLE base (id int PRIMARY KEY, n int);
