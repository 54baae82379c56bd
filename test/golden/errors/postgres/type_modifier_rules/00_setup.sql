-- expect: success for the setup; files 01-08 are each one statement PostgreSQL 15 rejects with the message in expected.err (checked with psql 15); 09-14 fail closed: 09 and 10 PostgreSQL accepts (interval fields with a precision), 11-14 it rejects (schema "nosuch" does not exist; syntax error at or near "with"; type "pt" does not exist; syntax error at or near "foo"); 15-16 PostgreSQL rejects naming the type varchar / varbit.
CREATE TYPE mood AS ENUM ('ok');
CREATE SCHEMA app;
CREATE TABLE app.pt (a int);
