-- main-qualified names for tables, indexes and views.
CREATE TABLE main.t (id INTEGER);
CREATE INDEX main.t_id ON t (id);
CREATE VIEW main.v AS SELECT id FROM t;
