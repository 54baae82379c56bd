-- Type changes with USING, on indexed and key columns.
CREATE TABLE t (id int PRIMARY KEY, code varchar(10) UNIQUE, n text, flag int);
CREATE INDEX t_n ON t (n);
ALTER TABLE t ALTER COLUMN id TYPE bigint;
ALTER TABLE t ALTER COLUMN code TYPE text;
ALTER TABLE t ALTER COLUMN n TYPE int USING n::integer;
ALTER TABLE t ALTER COLUMN flag TYPE boolean USING flag <> 0;
