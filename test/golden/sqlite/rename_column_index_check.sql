-- RENAME COLUMN rewrites indexes, CHECKs and other tables' references.
CREATE TABLE accounts (id INTEGER PRIMARY KEY, handle TEXT CHECK (length(handle) > 2), score REAL DEFAULT 0);
CREATE UNIQUE INDEX accounts_handle ON accounts (handle COLLATE NOCASE);
CREATE INDEX accounts_score_partial ON accounts (score) WHERE handle IS NOT NULL;
CREATE TABLE follows (src INTEGER REFERENCES accounts(id), dst INTEGER REFERENCES accounts (id));
ALTER TABLE accounts RENAME COLUMN handle TO username;
ALTER TABLE accounts RENAME id TO account_id;
