-- SQLite keeps the declared type text as written (affinity is derived from it);
-- only the six standard names (INT, INTEGER, REAL, TEXT, BLOB, ANY) are reported
-- in upper case.
CREATE TABLE catalog_items (
    id INTEGER PRIMARY KEY,
    title VARCHAR(255) NOT NULL,
    summary varchar(1000),
    price DECIMAL(10,2),
    weight double precision,
    stock unsigned big int,
    sku NVARCHAR(32),
    created DATETIME,
    available BOOLEAN,
    ratio FLOAT,
    notes text,
    payload blob,
    score real,
    qty int,
    anything any,
    legacy "my custom type"
);
