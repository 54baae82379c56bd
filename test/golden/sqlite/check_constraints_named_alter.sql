-- Named and unnamed CHECK constraints at column and table level, kept
-- through column renames (the check text is rewritten); a CHECK added
-- with ADD COLUMN.
CREATE TABLE limits (id INTEGER PRIMARY KEY, amount NUMERIC);
ALTER TABLE limits ADD COLUMN limit_ NUMERIC CHECK (limit_ > 0);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    balance NUMERIC NOT NULL DEFAULT 0 CONSTRAINT balance_nonneg CHECK (balance >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    kind TEXT CHECK (kind IN ('a', 'b')),
    CONSTRAINT kind_currency CHECK (kind <> 'b' OR currency = 'EUR')
);
ALTER TABLE accounts RENAME COLUMN balance TO amount;
ALTER TABLE accounts RENAME COLUMN kind TO category;
