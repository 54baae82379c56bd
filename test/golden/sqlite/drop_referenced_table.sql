-- SQLite allows dropping a table that others reference (the FK stays in the
-- child's definition, pointing at a missing table).
CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE pets (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER REFERENCES owners (id) ON DELETE CASCADE,
    name TEXT
);
CREATE INDEX pets_owner ON pets (owner_id);

DROP TABLE owners;

CREATE TABLE owners (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL);
