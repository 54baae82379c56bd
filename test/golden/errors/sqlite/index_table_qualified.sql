-- expect: Parse error near line 4: near ".": syntax error -- the table of CREATE INDEX takes no schema in SQLite (it goes on the index name, as on line 3)
CREATE TABLE t (id int);
CREATE INDEX main.i_ok ON t (id);
CREATE UNIQUE INDEX i ON main.t (id);
