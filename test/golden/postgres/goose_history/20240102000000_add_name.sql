-- +goose NO TRANSACTION
-- +goose Up
ALTER TABLE accounts ADD COLUMN name text;
CREATE INDEX CONCURRENTLY accounts_name_idx ON accounts (name);

-- +goose Down
DROP INDEX accounts_name_idx;
ALTER TABLE accounts DROP COLUMN name;
