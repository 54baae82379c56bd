-- A base schema followed by a second migration that evolves it.
CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(32) NOT NULL UNIQUE,
    name text NOT NULL,
    price numeric(10,2) NOT NULL CHECK (price >= 0)
);

CREATE TABLE carts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
);

-- migration 002
ALTER TABLE products ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE products ADD COLUMN discontinued boolean NOT NULL DEFAULT false;
CREATE INDEX products_attributes_gin ON products USING gin (attributes);
CREATE INDEX ON products (name) WHERE NOT discontinued;

CREATE TABLE cart_items (
    cart_id uuid REFERENCES carts ON DELETE CASCADE,
    product_id integer REFERENCES products,
    qty smallint NOT NULL DEFAULT 1 CHECK (qty > 0),
    PRIMARY KEY (cart_id, product_id)
);
DROP INDEX IF EXISTS products_name_idx;
