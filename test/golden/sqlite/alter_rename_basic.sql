-- engine: success (column renamed, table renamed to clients; stored sql becomes CREATE TABLE "clients" (id INTEGER PRIMARY KEY, name TEXT)); RENAME not modelled yet
CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name TEXT);
ALTER TABLE customers RENAME COLUMN full_name TO name;
ALTER TABLE customers RENAME TO clients;
