-- expect: ERROR:  relation "customers" does not exist
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers (id)
);
