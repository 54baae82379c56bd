CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE items (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    price numeric NOT NULL DEFAULT 0,
    qty integer,
    total numeric GENERATED ALWAYS AS (price * 2) STORED,
    code text,
    CONSTRAINT items_code_uq UNIQUE (code),
    CONSTRAINT qty_positive CHECK (qty > 0)
);
