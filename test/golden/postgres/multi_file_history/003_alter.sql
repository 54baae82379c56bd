ALTER TABLE billing.accounts ADD COLUMN closed_at timestamp(0) with time zone, ADD COLUMN note varchar;
DROP INDEX IF EXISTS billing.nothing_here;
CREATE UNIQUE INDEX IF NOT EXISTS invoices_one_open ON billing.invoices (account_id) WHERE total > 0;
