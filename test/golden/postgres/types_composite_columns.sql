-- Composite types as column types and array element types, in two
-- schemas; one dropped with CASCADE.
CREATE SCHEMA geo;
CREATE TYPE geo.point2 AS (x double precision, y double precision);
CREATE TYPE address AS (street text, city varchar(80), zip char(5));
CREATE TABLE places (
    id int PRIMARY KEY,
    location geo.point2,
    path geo.point2[],
    home address,
    work address
);
CREATE TYPE tmp_pair AS (a int, b int);
ALTER TABLE places ADD COLUMN pair tmp_pair;
DROP TYPE tmp_pair CASCADE;
ALTER TABLE places DROP COLUMN work;
