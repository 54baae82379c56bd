-- serial/bigserial in a non-public schema, the column renamed and its type
-- widened; the sequence follows the column, ownership kept.
CREATE SCHEMA shop;
CREATE TABLE shop.orders (id serial PRIMARY KEY, ref bigserial UNIQUE, note text);
ALTER TABLE shop.orders RENAME COLUMN id TO order_id;
ALTER TABLE shop.orders ALTER COLUMN order_id TYPE bigint;
ALTER TABLE shop.orders ALTER COLUMN note SET DEFAULT 'none';
CREATE TABLE shop.items (id smallserial, order_id bigint REFERENCES shop.orders);
ALTER TABLE shop.items ALTER COLUMN id DROP DEFAULT;
