-- DDL wrapped in a transaction, with DML and SET in between (DML/SET ignored).
SET client_min_messages TO warning;
SET statement_timeout = 0;

BEGIN;

CREATE TABLE countries (
    code char(2) PRIMARY KEY,
    name text NOT NULL
);

INSERT INTO countries (code, name) VALUES ('DE', 'Germany'), ('FR', 'France');
INSERT INTO countries VALUES ('IT', 'It''s Italy; really');

CREATE TABLE cities (
    id serial PRIMARY KEY,
    country_code char(2) NOT NULL REFERENCES countries,
    name text NOT NULL
);

UPDATE countries SET name = 'Deutschland' WHERE code = 'DE';
INSERT INTO cities (country_code, name) VALUES ('DE', 'Berlin');
DELETE FROM cities WHERE name = 'nowhere';

COMMIT;

START TRANSACTION;
ALTER TABLE cities ADD COLUMN population integer;
END;
