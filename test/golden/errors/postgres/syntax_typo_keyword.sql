-- expect: ERROR:  syntax error at or near "CRATE" -- at line 7, col 1 (psql: "LINE 1: CRATE TABLE orders (")
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text
);

CRATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers
);
