-- expect: Parse error near line 7: near "CRATE": syntax error -- at line 7, col 1
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT
);

CRATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers
);
