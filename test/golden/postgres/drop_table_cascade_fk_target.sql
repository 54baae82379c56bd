-- DROP TABLE ... CASCADE of a referenced table drops the referencing FK
-- constraints, not the referencing tables; the owned sequence goes too.
CREATE TABLE vendors (
    id serial PRIMARY KEY,
    name text
);

CREATE TABLE purchase_orders (
    id integer PRIMARY KEY,
    vendor_id integer REFERENCES vendors,
    backup_vendor_id integer REFERENCES vendors (id),
    amount numeric
);

CREATE INDEX ON purchase_orders (vendor_id);

DROP TABLE vendors CASCADE;

-- The name is free again.
CREATE TABLE vendors (
    code text PRIMARY KEY
);
