-- expect: success for the setup; cases: views made under a search path (unqualified names resolve to the first schema on it that has them; a schema on the path that does not exist is skipped), accepted by PostgreSQL 15; 02 drops a table a view reads, which it refuses.
CREATE SCHEMA app;
CREATE TABLE app.t (id int, v text);
CREATE TABLE t (id int, w text);
