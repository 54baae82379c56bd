-- expect: success for the setup, 06 (IF EXISTS of a table in a missing schema: PostgreSQL 15 gives a notice, schema "nosuch_schema" does not exist, skipping) and 07 (a parent listed before its child); 01-05 and 08 are each rejected by PostgreSQL 15 with the message in expected.err (checked with psql); 09 (DROP INDEX ... CASCADE of a primary key's index: cannot drop index p_pkey because constraint p_pkey on table p requires it, CASCADE or not) and 10 (cannot drop extension citext because other objects depend on it: a column of its type) are rejected there and fail closed here
CREATE EXTENSION citext;
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int REFERENCES p);
CREATE INDEX c_id_idx ON c (id);
CREATE TABLE base (id int);
CREATE TABLE kid (extra int) INHERITS (base);
CREATE TABLE words (w citext);
