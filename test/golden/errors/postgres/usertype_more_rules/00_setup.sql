-- expect: success for the setup; cases: more user type statements (messages match psql 15); 05-07, 09 and 10 succeed in PostgreSQL, 08 too (an array subtype, where we fail closed); 11-14 are syntax errors at the end of input.
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TYPE color AS ENUM ('red');
CREATE DOMAIN posint AS int;
CREATE TYPE pair AS (a int, b text);
CREATE TABLE t (m mood, ms mood[], p pair);
