-- Extensions make their types usable; operator classes on index keys.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION hstore;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE EXTENSION citext WITH SCHEMA public;
CREATE TABLE devices (
    id bigserial PRIMARY KEY,
    name citext NOT NULL UNIQUE,
    tags hstore NOT NULL DEFAULT '',
    labels hstore[],
    serial text
);
CREATE INDEX devices_name_trgm ON devices USING gin (name gin_trgm_ops);
CREATE INDEX devices_serial_pattern ON devices (serial text_pattern_ops DESC NULLS LAST);
CREATE INDEX ON devices USING gin (lower(serial) gin_trgm_ops);
DROP EXTENSION IF EXISTS nonexistent_ext;
