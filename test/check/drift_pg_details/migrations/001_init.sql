-- What production ran.
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY, code text);
ALTER TABLE app.items ADD COLUMN note text;
CREATE TABLE app.tags (id int PRIMARY KEY, label text, CHECK (label <> ''));
CREATE TABLE accounts (
    id int PRIMARY KEY,
    email text NOT NULL,
    g int GENERATED ALWAYS AS (id + 2) STORED,
    region text,
    CONSTRAINT email_ok CHECK ("email" <> 'it''s'),
    CONSTRAINT region_once UNIQUE NULLS NOT DISTINCT (region)
);
ALTER TABLE accounts ADD COLUMN seq_no int GENERATED ALWAYS AS IDENTITY;
ALTER TABLE accounts ADD COLUMN twice int GENERATED ALWAYS AS (id * 2) STORED;
CREATE TABLE orders (
    id int PRIMARY KEY,
    account_id int,
    FOREIGN KEY (account_id) REFERENCES accounts (id) MATCH FULL DEFERRABLE INITIALLY DEFERRED
);
CREATE SEQUENCE counter;
CREATE VIEW recent AS SELECT id FROM orders;
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON accounts USING (true);
