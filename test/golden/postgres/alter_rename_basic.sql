-- engine: success (column renamed to "name", table renamed to "clients"); ALTER TABLE ... RENAME not modelled yet
CREATE TABLE customers (id integer PRIMARY KEY, full_name text);
ALTER TABLE customers RENAME COLUMN full_name TO name;
ALTER TABLE customers RENAME TO clients;
