-- Columns of enum and domain types in another schema with numeric and
-- enum-label defaults; the enum renamed and a value added.
CREATE SCHEMA ref;
CREATE TYPE ref.color AS ENUM ('red', 'green');
CREATE DOMAIN ref.percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN ref.qty AS bigint DEFAULT 0;
CREATE TABLE widgets (
    id int PRIMARY KEY,
    color ref.color NOT NULL DEFAULT 'green',
    discount ref.percent DEFAULT 0,
    stock ref.qty,
    colors ref.color[]
);
ALTER TYPE ref.color ADD VALUE 'blue' BEFORE 'green';
ALTER TYPE ref.color RENAME TO colour;
ALTER TABLE widgets ADD COLUMN accent ref.colour DEFAULT 'blue';
