-- A STRICT WITHOUT ROWID table with a generated column and a CHECK; a
-- column added and an index on the generated column.
CREATE TABLE prices (
    sku TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    cents INTEGER NOT NULL,
    amount REAL GENERATED ALWAYS AS (cents / 100.0) VIRTUAL,
    PRIMARY KEY (sku, currency)
) STRICT, WITHOUT ROWID;
CREATE INDEX prices_amount ON prices (amount);
ALTER TABLE prices ADD COLUMN note TEXT;
ALTER TABLE prices ADD COLUMN cents2 INTEGER AS (cents * 2);
