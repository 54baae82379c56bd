-- Tables moved between schemas with SET SCHEMA keep their indexes,
-- constraints and serial sequences; FKs keep pointing at them.
CREATE SCHEMA billing;
CREATE SCHEMA legacy;
CREATE TABLE customers (id serial PRIMARY KEY, email text UNIQUE);
CREATE TABLE invoices (id bigserial PRIMARY KEY, customer_id int REFERENCES customers ON DELETE RESTRICT, total numeric(12,2) DEFAULT 0.00);
CREATE INDEX invoices_customer_idx ON invoices (customer_id);
ALTER TABLE invoices SET SCHEMA billing;
ALTER TABLE customers SET SCHEMA billing;
ALTER TABLE billing.invoices RENAME TO bills;
CREATE TABLE customers (id int PRIMARY KEY);
ALTER TABLE IF EXISTS customers SET SCHEMA legacy;
ALTER TABLE IF EXISTS nothing_here SET SCHEMA legacy;
