-- DROP TYPE a, b CASCADE drops the columns of those types (plain and
-- array); other columns stay.
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TYPE pair AS (a int, b text);
CREATE TABLE t (id int, m mood, ms mood[], p pair, v text);
DROP TYPE IF EXISTS nope, mood, pair CASCADE;
