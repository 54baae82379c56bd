-- expect: success for the setup; 01 and 02 (a table's foreign key to its own keys: no primary key among them, no unique key over the referenced column) are rejected by PostgreSQL 15 with the message in expected.err (checked with psql); 03 (DROP EXTENSION with a column of an array of its type: cannot drop extension hstore because other objects depend on it) and 04 (LIKE ... INCLUDING CONSTRAINTS onto a CHECK of the same name: constraint "a_pos" for relation "dst" already exists) are rejected there and fail closed here; 05 (' now' with a leading blank, evaluated once) succeeds there and fails closed here
CREATE EXTENSION hstore;
CREATE TABLE h (x hstore[]);
CREATE TABLE src (a int CONSTRAINT a_pos CHECK (a > 0));
