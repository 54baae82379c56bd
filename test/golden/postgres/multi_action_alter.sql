-- Several actions in one ALTER TABLE, validated before any applies.
CREATE TABLE acct (id int, email text, balance numeric);
ALTER TABLE acct
    ADD COLUMN created timestamptz NOT NULL DEFAULT now(),
    ADD PRIMARY KEY (id),
    ALTER COLUMN email SET NOT NULL,
    ADD CONSTRAINT acct_email_key UNIQUE (email),
    ALTER COLUMN balance SET DEFAULT 0,
    ADD CHECK (balance >= 0);
ALTER TABLE acct DROP COLUMN IF EXISTS nope, DROP CONSTRAINT IF EXISTS nope2, ALTER balance TYPE numeric(12,2);
