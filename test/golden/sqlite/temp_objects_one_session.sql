-- Temporary tables, views and their indexes live for the session (this
-- file): made, indexed, altered and dropped again, nothing of them stays;
-- the permanent table keeps its own index.
CREATE TABLE t (id integer);
CREATE TEMP TABLE tt (a int);
CREATE TEMP TABLE IF NOT EXISTS tt (a int);
CREATE INDEX tt_a ON tt (a);
ALTER TABLE tt ADD COLUMN b int;
CREATE TEMPORARY VIEW tv AS SELECT a FROM tt;
DROP VIEW tv;
DROP TABLE tt;
CREATE UNIQUE INDEX t_id ON t (id);
