-- Assorted forms the engine accepts: built-in multirange types, CREATE SCHEMA ... AUTHORIZATION CURRENT_USER, ARRAY[...] defaults with commas inside ALTER TABLE ADD COLUMN, and column changes beside views that use count(*) or products but not the column.
CREATE TABLE r (b int8multirange, c nummultirange, d datemultirange, e tsmultirange, f tstzmultirange);
CREATE SCHEMA IF NOT EXISTS scratch AUTHORIZATION CURRENT_USER;
CREATE TABLE arrs (id int);
ALTER TABLE arrs ADD COLUMN n int[] DEFAULT ARRAY[1, 2], ADD COLUMN m text[] DEFAULT ARRAY['a', 'b'];
CREATE TABLE s (region text, note text, qty int, price numeric);
CREATE VIEW v AS SELECT region, count(*), sum(qty * price) AS total FROM s GROUP BY region;
ALTER TABLE s ALTER COLUMN note TYPE varchar(200);
