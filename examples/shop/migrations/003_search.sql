-- Lookups the application needs.
CREATE INDEX ON customers (lower(email));
CREATE INDEX orders_open_idx ON orders (placed_at DESC) WHERE status <> 'done';
ALTER TABLE customers ADD COLUMN IF NOT EXISTS phone varchar(32);
ALTER TABLE products ADD COLUMN description text DEFAULT '' NOT NULL;
