-- A type rename follows into the types that use it (domain bases, range
-- subtypes, composite attributes, arrays of it), and the dump creates each
-- type after the types it uses, whatever their names.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE pair AS (m mood, ms mood[], n int);
CREATE DOMAIN mood_nn AS mood NOT NULL;
CREATE DOMAIN mood_nn2 AS mood_nn;
CREATE SCHEMA app;
CREATE TYPE app.holder AS (p pair, d mood_nn);
CREATE TABLE diary (id int, feel mood, both_ pair, strict mood_nn2, feels mood[]);
ALTER TYPE mood RENAME TO feeling;
ALTER TYPE pair RENAME TO duo;
CREATE TYPE aaa AS (f feeling, d duo);
CREATE TYPE app.bbb AS (h app.holder);
CREATE TYPE float_range AS RANGE (subtype = float8);
CREATE DOMAIN afr AS float_range;
CREATE TYPE zz AS ENUM ('z');
CREATE TYPE zrange AS RANGE (subtype = zz);
ALTER TYPE zz RENAME TO az;
ALTER TYPE float_range RENAME TO frange;
CREATE TABLE uses (r frange, a afr, z zrange, h app.holder);
