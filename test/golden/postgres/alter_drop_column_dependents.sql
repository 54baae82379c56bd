-- DROP COLUMN takes its indexes, keys, checks and sequence along.
CREATE TABLE items (
    id serial PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    price numeric(10,2) CHECK (price > 0),
    a int, b int,
    legacy_id bigserial,
    CHECK (a < b),
    UNIQUE (a, b)
);
CREATE INDEX items_lower_sku ON items (lower(sku));
CREATE INDEX items_a_partial ON items (price) WHERE a > 0;
ALTER TABLE items DROP COLUMN sku;
ALTER TABLE items DROP COLUMN a, DROP COLUMN IF EXISTS nothing_here;
ALTER TABLE items DROP legacy_id;
