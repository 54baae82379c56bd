-- Index names share the relation namespace of their table's schema only.
CREATE SCHEMA archive;

CREATE TABLE orders (id integer PRIMARY KEY, placed_on date);
CREATE TABLE archive.orders (id integer PRIMARY KEY, placed_on date);

-- A table named like the implicit index, but in the other schema: no clash.
CREATE TABLE archive.orders_placed_on_idx (x integer);
CREATE INDEX ON orders (placed_on);

-- Same-schema clash: numbered.
CREATE INDEX ON archive.orders (placed_on);

-- Explicit index names may repeat across schemas.
CREATE INDEX orders_by_day ON orders (placed_on);
CREATE INDEX orders_by_day ON archive.orders (placed_on);
