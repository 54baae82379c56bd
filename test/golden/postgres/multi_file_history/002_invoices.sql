-- a second file refers to the first
CREATE TABLE billing.invoices (
  id bigserial PRIMARY KEY,
  account_id int NOT NULL REFERENCES billing.accounts,
  total numeric(12,2) NOT NULL DEFAULT 0
);
CREATE INDEX ON billing.invoices (account_id, id DESC);
