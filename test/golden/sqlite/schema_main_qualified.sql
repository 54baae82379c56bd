-- The "main" schema prefix is accepted and dropped from the stored SQL.
CREATE TABLE main.accounts (
    id INTEGER PRIMARY KEY,
    name TEXT
);

CREATE TABLE "main"."ledger" (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES accounts (id)
);

CREATE INDEX main.ledger_account ON ledger (account_id);
ALTER TABLE main.accounts ADD COLUMN balance REAL DEFAULT 0;
DROP INDEX IF EXISTS main.no_such_index;
