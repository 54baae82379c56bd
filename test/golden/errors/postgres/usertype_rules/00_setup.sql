-- expect: success for the setup; cases: enum, composite, domain and range type errors and no-ops (messages match psql 15). PostgreSQL accepts 34 (a multirange in another schema) and 38 (a range over numeric(5,2), where we fail closed); 28-30 and 36 (syntax), 35 (a UNIQUE domain constraint), 37 (CANONICAL) and the unknown types (05, 09, 26) fail closed.
CREATE TABLE rt (id int);
CREATE SCHEMA other;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TYPE fr AS RANGE (subtype = float8);
