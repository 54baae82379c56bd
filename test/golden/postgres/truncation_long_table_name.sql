-- Implicit names longer than 63 bytes: the table part is shortened first
-- when it is longer than the column part.
CREATE TABLE customer_subscription_billing_history_entries_archive_2023 (
    id bigserial PRIMARY KEY,
    x integer UNIQUE,
    invoice_number text UNIQUE,
    amount numeric CHECK (amount >= 0)
);

CREATE INDEX ON customer_subscription_billing_history_entries_archive_2023 (x);
CREATE INDEX ON customer_subscription_billing_history_entries_archive_2023 (amount, invoice_number);
