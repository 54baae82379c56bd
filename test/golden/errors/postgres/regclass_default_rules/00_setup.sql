-- expect: success for the setup; cases: regclass constants in column defaults (messages match psql 15); 03, 06 and 08 succeed in PostgreSQL.
CREATE SCHEMA app;
CREATE SEQUENCE app.s;
CREATE TABLE t (id int);
