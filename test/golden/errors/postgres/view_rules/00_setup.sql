-- expect: success for the setup; each later file is one statement against it, run on its own. Files 01-10 are statements PostgreSQL 15 rejects (messages in expected.err match psql's, checked by hand); 11-13 fail closed: a recursive view (PostgreSQL accepts it), and CREATE VIEW without a query or name (PostgreSQL: syntax errors).
CREATE TABLE people (id int, name text);
CREATE VIEW v_base AS SELECT id, name FROM people;
CREATE VIEW v_dep AS SELECT name FROM v_base;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM people;
