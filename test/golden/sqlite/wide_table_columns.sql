-- A table that grows past the width at which columns get an index
-- (24): lookups by name, in any letter case, before and after (ALTER,
-- RENAME, DROP, indexes), and a narrow table beside it.
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
ALTER TABLE wide ADD COLUMN c23 text;
ALTER TABLE wide ADD COLUMN C24 text;
ALTER TABLE wide ADD COLUMN c25 text NOT NULL DEFAULT 'x';
ALTER TABLE wide RENAME COLUMN C02 TO Second_Value;
ALTER TABLE wide DROP COLUMN c03;
CREATE INDEX wide_second ON wide (SECOND_VALUE, c24);
ALTER TABLE wide RENAME COLUMN second_value TO second_again;
CREATE TABLE narrow (id integer PRIMARY KEY, Wide_C04 integer REFERENCES wide (c04));
ALTER TABLE narrow RENAME COLUMN wide_c04 TO w;
ALTER TABLE wide DROP COLUMN C05;
ALTER TABLE wide ADD COLUMN c05 boolean;
