-- The shop's declared schema, written by hand the way a team keeps a
-- schema.sql: other spellings (int8, varchar, bool, timestamptz), the same
-- meaning. `schemadrift check` finds it in sync with migrations/.
CREATE TABLE customers (
    id          BIGSERIAL PRIMARY KEY,
    email       VARCHAR(255) NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    phone       CHARACTER VARYING(32)
);
CREATE INDEX customers_lower_idx ON customers (LOWER(email));

CREATE TABLE products (
    id          SERIAL PRIMARY KEY,
    sku         TEXT NOT NULL CONSTRAINT products_sku_unique UNIQUE,
    title       TEXT NOT NULL,
    price_cents INT4 NOT NULL CHECK (price_cents >= 0),
    active      BOOL NOT NULL DEFAULT TRUE,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE orders (
    id          BIGSERIAL PRIMARY KEY,
    customer_id INT8 NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status      TEXT NOT NULL DEFAULT 'pending',
    placed_at   TIMESTAMPTZ
);
CREATE INDEX orders_open_idx ON orders (placed_at DESC) WHERE status <> 'done';

CREATE TABLE order_items (
    order_id   INT8 NOT NULL REFERENCES orders ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity   INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);
