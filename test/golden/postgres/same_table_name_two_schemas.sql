-- The same table name in two schemas: implicit names are per schema, so both
-- get items_pkey / items_sku_key / items_name_idx.
CREATE SCHEMA inventory;

CREATE TABLE items (
    id integer PRIMARY KEY,
    sku text UNIQUE,
    name text
);

CREATE TABLE inventory.items (
    id integer PRIMARY KEY,
    sku text UNIQUE,
    name text,
    public_item_id integer REFERENCES public.items (id)
);

CREATE INDEX ON items (name);
CREATE INDEX ON inventory.items (name);
