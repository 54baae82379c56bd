-- Name split into first/last; the old column and its index dropped.
ALTER TABLE users ADD COLUMN first_name text, ADD COLUMN last_name text;
ALTER TABLE users DROP COLUMN name;
CREATE INDEX ON users (last_name, first_name);
