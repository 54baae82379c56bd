-- Extension types (citext, hstore, ltree) as column types after CREATE
-- EXTENSION, as arrays, with indexes on them.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION hstore;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE TABLE catalog_items (
    id int PRIMARY KEY,
    sku citext UNIQUE NOT NULL,
    attrs hstore,
    path ltree,
    aliases citext[]
);
CREATE INDEX catalog_items_path_idx ON catalog_items USING gist (path);
CREATE INDEX ON catalog_items USING gin (attrs);
ALTER TABLE catalog_items ALTER COLUMN sku TYPE text;
