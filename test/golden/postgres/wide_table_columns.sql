-- A table that grows past the width at which columns get an index
-- (24): lookups by name before and after (ALTER, RENAME, DROP, indexes,
-- a foreign key to a column of the wide table), and a narrow table beside it.
CREATE TABLE wide (
  id integer PRIMARY KEY,
  c01 integer,
  c02 integer,
  c03 integer,
  c04 integer,
  c05 integer,
  c06 integer,
  c07 integer,
  c08 integer,
  c09 integer,
  c10 integer,
  c11 integer,
  c12 integer,
  c13 integer,
  c14 integer,
  c15 integer,
  c16 integer,
  c17 integer,
  c18 integer,
  c19 integer,
  c20 integer,
  c21 integer,
  c22 integer
);
ALTER TABLE wide RENAME COLUMN c01 TO first_value;
ALTER TABLE wide ADD COLUMN c23 text, ADD COLUMN c24 text;
ALTER TABLE wide ADD COLUMN c25 text NOT NULL DEFAULT 'x';
ALTER TABLE wide ADD COLUMN "Mixed" text;
ALTER TABLE wide RENAME COLUMN c02 TO second_value;
ALTER TABLE wide DROP COLUMN c03;
ALTER TABLE wide ALTER COLUMN c24 TYPE varchar(40);
ALTER TABLE wide ADD COLUMN IF NOT EXISTS c25 integer;
ALTER TABLE wide ADD CONSTRAINT wide_c04_key UNIQUE (c04);
CREATE INDEX wide_mixed ON wide ("Mixed", second_value);
ALTER TABLE wide RENAME COLUMN "Mixed" TO mixed_again;
CREATE TABLE narrow (id integer PRIMARY KEY, wide_c04 integer REFERENCES wide (c04));
ALTER TABLE narrow RENAME COLUMN wide_c04 TO w;
ALTER TABLE wide DROP COLUMN c05, DROP COLUMN c06, DROP COLUMN c07;
ALTER TABLE wide ADD COLUMN c05 boolean;
