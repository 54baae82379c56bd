-- expect: success for the setup; each case 01-08 is a foreign key PostgreSQL 15 rejects, with the message in expected.err (checked with psql): a view as the target, a missing schema-qualified table, no primary key, a missing referenced column, no unique key over the referenced columns (none, only a partial unique index, only an expression unique index), column counts that differ
CREATE TABLE p (id int PRIMARY KEY, code int, name text, a int, b int, UNIQUE (a, b));
CREATE UNIQUE INDEX p_code_part ON p (code) WHERE code > 0;
CREATE UNIQUE INDEX p_lower_name ON p (lower(name));
CREATE TABLE nopk (x int);
CREATE VIEW pv AS SELECT id FROM p;
