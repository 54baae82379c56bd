CREATE TABLE accounts (id int PRIMARY KEY, code text CONSTRAINT accounts_code_uq UNIQUE, balance numeric CHECK (balance >= 0));
CREATE TABLE moves (id int, account_id int REFERENCES accounts ON DELETE CASCADE, amount numeric NOT NULL, PRIMARY KEY (id, account_id));
CREATE INDEX moves_amount ON moves (amount);
