-- Constraint names are unique per schema, not per table: an explicitly named
-- constraint on one table pushes another table's implicit name to ...1.
CREATE TABLE audit_rules (
    amount integer CONSTRAINT payments_amount_check CHECK (amount <> 0),
    ref integer CONSTRAINT payments_ref_key CHECK (ref > 0)
);

CREATE TABLE payments (
    id integer PRIMARY KEY,
    amount integer CHECK (amount > 0),
    ref integer UNIQUE
);

-- A plain CREATE INDEX only avoids relation names, not constraint names.
CREATE TABLE other_rules (
    x integer CONSTRAINT payments_amount_idx CHECK (x > 0)
);
CREATE INDEX ON payments (amount);
