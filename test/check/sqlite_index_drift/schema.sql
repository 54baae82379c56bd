-- A SQLite schema whose unnamed keys and indexes the migrations (see
-- migrations/) make differently.
CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT UNIQUE, name TEXT, qty INTEGER, CHECK (qty >= 0));
CREATE UNIQUE INDEX items_name ON items (name);
CREATE INDEX items_qty_desc ON items (qty DESC);
CREATE INDEX items_lower ON items (lower(name));
CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT);
