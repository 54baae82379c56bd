-- Repeating the same unnamed constraint via ALTER TABLE forces numbered names
-- (CREATE TABLE would merge identical UNIQUE specs; ALTER TABLE does not).
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text,
    balance numeric(12,2),
    UNIQUE (email)
);

ALTER TABLE accounts ADD UNIQUE (email);
ALTER TABLE accounts ADD UNIQUE (email);
ALTER TABLE accounts ADD CHECK (balance >= 0);
ALTER TABLE accounts ADD CHECK (balance >= 0);
ALTER TABLE accounts ADD CHECK (balance < 1000000);
