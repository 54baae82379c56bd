-- Table/column/index names are case-insensitive in SQLite but stored as first
-- written; later statements can use any case.
CREATE TABLE Customers (
    CustomerId INTEGER PRIMARY KEY,
    EMail TEXT NOT NULL,
    FullName TEXT
);

CREATE INDEX customers_email ON customers (email);
CREATE UNIQUE INDEX CUSTOMERS_NAME ON CUSTOMERS (FULLNAME);
ALTER TABLE CUSTOMERS ADD COLUMN Phone TEXT;

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES CUSTOMERS (customerid)
);

DROP INDEX CUSTOMERS_email;
CREATE TABLE IF NOT EXISTS CUSTOMERS (x);
