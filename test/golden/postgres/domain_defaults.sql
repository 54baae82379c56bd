-- A literal default on a domain column is coerced to the domain's base type (recursively through domains over domains), as pg_get_expr shows it.
CREATE DOMAIN short_text AS varchar(32);
CREATE DOMAIN tags AS text[];
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN shorter AS short_text;
CREATE SCHEMA d;
CREATE DOMAIN d.code AS char(3);
CREATE TABLE p (label short_text DEFAULT 'x', labels tags DEFAULT '{}', c posint DEFAULT '3', e shorter DEFAULT 'y', f d.code DEFAULT 'abc', g posint DEFAULT 4);
ALTER TABLE p ALTER COLUMN label SET DEFAULT 'z';
