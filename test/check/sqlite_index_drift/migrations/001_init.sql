-- items lost its UNIQUE and CHECK, the expression index has another name;
-- tags has no primary key but an unnamed UNIQUE and a DESC index.
CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT, name TEXT, qty INTEGER);
CREATE UNIQUE INDEX items_name ON items (name);
CREATE INDEX items_qty_desc ON items (qty DESC);
CREATE INDEX items_lower2 ON items (lower(name));
CREATE TABLE tags (id INTEGER, label TEXT, UNIQUE (label));
CREATE INDEX tags_label_set ON tags (label DESC);
