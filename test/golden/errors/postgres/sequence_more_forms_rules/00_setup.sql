-- expect: success for the setup; cases: more sequence forms (psql 15): 01 (temporary, ignored), 02, 04 (OWNER TO) and 05 succeed; 03 and 06 are syntax errors.
CREATE SCHEMA app;
CREATE TABLE app.t (id int);
CREATE SEQUENCE s1;
