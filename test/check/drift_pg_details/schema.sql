-- The declared schema: objects whose finer points the migrations get
-- differently (see migrations/).
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY, code text);
CREATE TABLE accounts (
    id int CONSTRAINT accounts_pk PRIMARY KEY,
    email text NOT NULL,
    g int GENERATED ALWAYS AS (id + 1) STORED,
    region text,
    CONSTRAINT email_ok CHECK ("email" <> 'it''s'),
    CONSTRAINT region_once UNIQUE NULLS NOT DISTINCT (region)
);
CREATE TABLE orders (
    id int PRIMARY KEY,
    account_id int,
    FOREIGN KEY (account_id) REFERENCES accounts (id) MATCH FULL DEFERRABLE INITIALLY DEFERRED
);
CREATE SEQUENCE counter;
CREATE VIEW recent AS SELECT id FROM orders;
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON accounts USING (true);
