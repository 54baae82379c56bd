-- regclass constants in column defaults name a relation by OID in
-- PostgreSQL, so they follow it: a table renamed, an index renamed, a
-- table (with its indexes) moved to another schema, a sequence renamed.
CREATE SCHEMA other;
CREATE TABLE x (id int PRIMARY KEY);
CREATE INDEX x_id_ix ON x (id);
CREATE SEQUENCE x_seq;
CREATE TABLE holder (
    a regclass DEFAULT 'x'::regclass,
    b regclass DEFAULT 'x_id_ix'::regclass,
    c regclass DEFAULT 'public.x'::regclass,
    d bigint DEFAULT nextval('x_seq'),
    e regclass DEFAULT 'x_pkey'::regclass
);
ALTER TABLE x RENAME TO y;
ALTER INDEX x_id_ix RENAME TO y_id_ix;
ALTER SEQUENCE x_seq RENAME TO y_seq;
ALTER TABLE y SET SCHEMA other;
CREATE TABLE x (id int);
