-- Column type changes with automatic casts and USING; defaults keep their
-- text, indexes and keys on the column follow.
CREATE TABLE measurements (
    id int PRIMARY KEY,
    code varchar(10) UNIQUE,
    reading integer DEFAULT 0,
    ratio real DEFAULT 0.5,
    flag text DEFAULT 'true',
    at timestamp
);
CREATE INDEX ON measurements (reading);
ALTER TABLE measurements ALTER COLUMN id TYPE bigint;
ALTER TABLE measurements ALTER COLUMN code TYPE varchar(40);
ALTER TABLE measurements ALTER COLUMN reading TYPE numeric(12,3);
ALTER TABLE measurements ALTER COLUMN ratio TYPE double precision;
ALTER TABLE measurements ALTER COLUMN flag DROP DEFAULT, ALTER COLUMN flag TYPE boolean USING flag::boolean;
ALTER TABLE measurements ALTER COLUMN at TYPE timestamptz;
ALTER TABLE measurements ALTER COLUMN code TYPE text;
