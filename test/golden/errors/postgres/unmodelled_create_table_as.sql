-- expect: success (customers_backup created with columns id integer, name text, no constraints); CREATE TABLE ... AS SELECT not modelled
CREATE TABLE customers (id integer PRIMARY KEY, name text);
CREATE TABLE customers_backup AS SELECT * FROM customers;
