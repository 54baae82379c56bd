CREATE SCHEMA billing;
CREATE TABLE billing.accounts (
  id serial PRIMARY KEY,
  owner text NOT NULL
);
