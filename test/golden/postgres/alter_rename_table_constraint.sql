-- Renaming a table keeps old_pkey and old_id_seq; RENAME CONSTRAINT renames its index.
CREATE TABLE customers (id serial PRIMARY KEY, email text UNIQUE);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers);
ALTER TABLE customers RENAME TO clients;
ALTER TABLE clients RENAME CONSTRAINT customers_email_key TO clients_email_key;
ALTER TABLE orders RENAME CONSTRAINT orders_customer_id_fkey TO orders_client_fk;
ALTER INDEX customers_pkey RENAME TO clients_pkey;
ALTER TABLE IF EXISTS nothing RENAME TO still_nothing;
