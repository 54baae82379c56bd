-- expect: success for the setup; cases: sequence options and CREATE/ALTER/DROP SEQUENCE errors (messages match psql 15); 01-06, 10, 14, 15, 18, 23, 24 and 25 succeed in PostgreSQL (06 is a temporary sequence, 10, 15 and 25 are no-ops); 27-29 are syntax errors where we fail closed.
CREATE SCHEMA other;
CREATE TABLE t (id int, v text);
CREATE TABLE other.ot (id int);
CREATE TYPE mood AS ENUM ('ok');
CREATE SEQUENCE s1;
CREATE TABLE idt (id int GENERATED ALWAYS AS IDENTITY);
