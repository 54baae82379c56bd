-- DDL inside transactions with DML in between (DML does not change the schema).
BEGIN TRANSACTION;

CREATE TABLE currencies (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

INSERT INTO currencies (code, name) VALUES ('EUR', 'Euro'), ('USD', 'US Dollar; the one');
INSERT INTO currencies VALUES ('GBP', 'Pound ''Sterling''');

CREATE TABLE rates (
    code TEXT REFERENCES currencies (code),
    day DATE NOT NULL,
    rate REAL NOT NULL,
    PRIMARY KEY (code, day)
);

UPDATE currencies SET name = 'Euro' WHERE code = 'EUR';
DELETE FROM rates WHERE rate < 0;

COMMIT;

BEGIN;
ALTER TABLE rates ADD COLUMN source TEXT DEFAULT 'ecb';
END;
