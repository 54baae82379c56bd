-- +goose Up
CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL);
-- +goose StatementBegin
CREATE TABLE audit (id bigserial PRIMARY KEY, at timestamptz DEFAULT now());
CREATE INDEX audit_at ON audit (at);
-- +goose StatementEnd

-- +goose Down
DROP TABLE accounts;
