CREATE TABLE accounts (id int PRIMARY KEY, code text UNIQUE, balance numeric CHECK (balance >= 0), CHECK (code <> ''));
CREATE TABLE moves (id int PRIMARY KEY, account_id int REFERENCES accounts, amount numeric NOT NULL);
CREATE INDEX moves_amount_idx ON moves (amount);
