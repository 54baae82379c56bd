-- expect: success for the setup; cases: ATTACH/DETACH PARTITION and ALTER INDEX ... ATTACH PARTITION forms and errors (messages match psql 15); 01 and 13 are no-ops, 02 and 07 succeed in PostgreSQL, 17 (DETACH CONCURRENTLY) too, where we fail closed; 14-16, 18 and 19 are syntax errors.
CREATE SCHEMA app;
CREATE TABLE app.p (id int, v text) PARTITION BY RANGE (id);
CREATE TABLE app.p1 PARTITION OF app.p FOR VALUES FROM (0) TO (10);
CREATE TABLE app.p2 PARTITION OF app.p FOR VALUES FROM (10) TO (20);
CREATE TABLE app.loose (id int, v text);
CREATE TABLE plain (id int, v text);
CREATE INDEX p_v ON app.p (v);
CREATE INDEX loose_v ON app.loose (v);
CREATE INDEX plain_v ON plain (v);
