-- Generated columns, VIRTUAL and STORED, with and without GENERATED ALWAYS,
-- added by ALTER (VIRTUAL only), an index on one, a base column renamed.
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    qty INTEGER NOT NULL,
    price REAL NOT NULL,
    total REAL GENERATED ALWAYS AS (qty * price) STORED,
    label TEXT AS ('#' || id) VIRTUAL,
    half AS (price / 2)
);
ALTER TABLE orders ADD COLUMN big INTEGER AS (qty > 100);
ALTER TABLE orders ADD COLUMN note TEXT GENERATED ALWAYS AS (upper(label)) VIRTUAL;
CREATE INDEX orders_total ON orders (total);
ALTER TABLE orders RENAME COLUMN qty TO quantity;
