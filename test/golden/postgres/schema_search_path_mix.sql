-- Objects across schemas with search_path changes within one file.
CREATE SCHEMA billing;
SET search_path TO billing, public;
CREATE TABLE invoice (id int PRIMARY KEY, total numeric);
CREATE TYPE status AS ENUM ('open', 'paid');
ALTER TABLE invoice ADD COLUMN state status DEFAULT 'open';
RESET search_path;
CREATE TABLE ledger (id int, invoice_id int REFERENCES billing.invoice (id), state billing.status);
