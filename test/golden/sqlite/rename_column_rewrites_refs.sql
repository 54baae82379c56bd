-- RENAME COLUMN rewrites the column in its own CREATE text, in indexes
-- (plain, partial, expression) and in REFERENCES clauses of other tables.
CREATE TABLE parent (pid INTEGER PRIMARY KEY, code TEXT UNIQUE, note TEXT);
CREATE TABLE child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent (pid), c TEXT REFERENCES parent (code) ON DELETE SET NULL);
CREATE INDEX parent_note ON parent (note) WHERE note <> '';
CREATE INDEX parent_code_lower ON parent (lower(code));
CREATE INDEX child_pc ON child (p, c);
ALTER TABLE parent RENAME COLUMN code TO sku;
ALTER TABLE parent RENAME COLUMN pid TO "Parent Id";
ALTER TABLE child RENAME COLUMN c TO parent_sku;
ALTER TABLE parent RENAME note TO [remark];
