-- ADD COLUMN with REFERENCES (allowed when the default is NULL); the new
-- column text goes before the table constraints in the stored SQL.
CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT UNIQUE);

CREATE TABLE items (
    id INTEGER,
    sku TEXT,
    PRIMARY KEY (id),
    UNIQUE (sku)
);

ALTER TABLE items ADD COLUMN category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL;
ALTER TABLE items ADD parent_id INTEGER REFERENCES items;
ALTER TABLE items ADD COLUMN category_name TEXT CONSTRAINT items_cat_fk REFERENCES categories (name);
