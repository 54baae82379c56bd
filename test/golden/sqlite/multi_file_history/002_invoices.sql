CREATE TABLE invoices (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), total REAL DEFAULT 0);
CREATE INDEX invoices_account ON invoices(account_id);
