-- In CREATE TABLE, identical UNIQUE/PRIMARY KEY column lists are merged into one
-- index (PRIMARY KEY wins); a different column order is a different constraint.
CREATE TABLE licences (
    id integer PRIMARY KEY UNIQUE,
    serial_no text UNIQUE,
    vendor text,
    product text,
    UNIQUE (serial_no),
    UNIQUE (vendor, product),
    UNIQUE (vendor, product),
    UNIQUE (product, vendor),
    UNIQUE (id)
);
