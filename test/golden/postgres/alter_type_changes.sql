CREATE TABLE metrics (
    id int PRIMARY KEY,
    label varchar(20) DEFAULT 'x',
    amount int DEFAULT 0,
    ratio real,
    code text,
    at timestamp DEFAULT now()
);
ALTER TABLE metrics ALTER COLUMN label TYPE varchar(100);
ALTER TABLE metrics ALTER COLUMN amount TYPE bigint, ALTER COLUMN ratio SET DATA TYPE double precision;
ALTER TABLE metrics ALTER COLUMN code TYPE integer USING code::integer;
ALTER TABLE metrics ALTER COLUMN at TYPE timestamptz;
ALTER TABLE metrics ALTER COLUMN id TYPE bigint;
