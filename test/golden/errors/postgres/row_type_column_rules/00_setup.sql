-- expect: success for the setup; cases: column types that name a table's or view's row type (qualified or not, arrays), schema-qualified user types, and time precisions above 6. PostgreSQL accepts 01, 02 and 06 and rejects 03-05 (no such type; schema "nope" does not exist), 07 (invalid input syntax for type integer) and 08 (type modifier is not allowed for type "base"), where we fail closed.
CREATE SCHEMA other;
CREATE TABLE base (a int, b text);
CREATE TABLE other.ob (x int);
CREATE VIEW bv AS SELECT a FROM base;
CREATE SEQUENCE sq;
CREATE INDEX base_a_idx ON base (a);
CREATE TYPE other.mood AS ENUM ('ok');
