-- Foreign keys across schemas; REFERENCES without a column list resolves to
-- the target's primary key.
CREATE SCHEMA identity;
CREATE SCHEMA billing;

CREATE TABLE identity.accounts (
    id bigserial PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE billing.invoices (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES identity.accounts ON DELETE RESTRICT,
    total numeric(12,2) NOT NULL DEFAULT 0
);

CREATE TABLE public.invoice_notes (
    invoice_id bigint REFERENCES billing.invoices (id) ON DELETE CASCADE,
    note text
);
