-- Temporary tables live in the session: statements on them change no schema.
CREATE TEMPORARY TABLE staging AS SELECT 1 AS id, 'x'::text AS label;
CREATE INDEX ON staging (id);
ALTER TABLE staging ADD COLUMN extra int;
CREATE TEMP TABLE scratch (a int);
DROP TABLE staging;
CREATE TABLE kept (id int PRIMARY KEY);
