-- engine: success (column legacy_code dropped); ALTER TABLE ... DROP COLUMN not modelled yet
CREATE TABLE customers (id integer PRIMARY KEY, legacy_code text);
ALTER TABLE customers DROP COLUMN legacy_code;
