ALTER TABLE orders RENAME COLUMN sort TO kind;
ALTER TABLE orders RENAME CONSTRAINT orders_sort_check TO orders_kind_check;
