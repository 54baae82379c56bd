-- RENAME TO rewrites the REFERENCES clauses of other tables.
CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE, "parent" TEXT);
CREATE TABLE grandchild (id INTEGER, child_id INTEGER, FOREIGN KEY (child_id) REFERENCES "child" (id));
ALTER TABLE parent RENAME TO families;
ALTER TABLE child RENAME TO kids;
