-- expect: success (customers_backup created; stored sql is CREATE TABLE customers_backup(id INT,name TEXT)); CREATE TABLE ... AS SELECT not modelled
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50));
CREATE TABLE customers_backup AS SELECT * FROM customers;
