-- engine: success (3.35+: column dropped, stored sql rewritten to CREATE TABLE customers (id INTEGER PRIMARY KEY)); DROP COLUMN not modelled yet
CREATE TABLE customers (id INTEGER PRIMARY KEY, legacy_code TEXT);
ALTER TABLE customers DROP COLUMN legacy_code;
