BEGIN;

CREATE TABLE orders (
    id           bigserial PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status       text NOT NULL DEFAULT 'pending',
    placed_at    timestamptz
);

CREATE TABLE order_items (
    order_id    bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    product_id  integer NOT NULL REFERENCES products,
    quantity    integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);

COMMIT;
