-- INHERITS merging details: two parents with the same default (no conflict), a default from the second parent only, NOT NULL from either, a parent's identity column (the child gets neither identity nor default), NO INHERIT checks stay behind, an own default settles conflicting ones, schema-qualified parents; ALTERs allowed on tree members: RLS, storage parameters, trigger state, foreign keys and unique keys on a child, a child's own defaults and NOT NULL.
CREATE SCHEMA base;
CREATE TABLE stamped (id int GENERATED ALWAYS AS IDENTITY, note text DEFAULT 'n', flag boolean, CONSTRAINT stamped_local CHECK (id > 0) NO INHERIT);
CREATE TABLE tagged (note text DEFAULT 'n', flag boolean NOT NULL, tag text, label text DEFAULT 'x');
CREATE TABLE base.labelled (label text DEFAULT 'y', tag text DEFAULT 't');
CREATE TABLE item (sku text) INHERITS (stamped, tagged);
CREATE TABLE item2 (label text DEFAULT 'z', id int NOT NULL) INHERITS (tagged, base.labelled, stamped);
CREATE TABLE owners (id int PRIMARY KEY);
ALTER TABLE tagged ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE tagged SET (fillfactor = 50);
ALTER TABLE tagged DISABLE TRIGGER ALL;
ALTER TABLE item ADD CONSTRAINT item_owner FOREIGN KEY (id) REFERENCES owners;
ALTER TABLE item ADD CONSTRAINT item_sku_key UNIQUE (sku);
ALTER TABLE item ALTER COLUMN sku SET DEFAULT 'none', ALTER COLUMN sku SET NOT NULL;
ALTER TABLE item ALTER COLUMN label SET DEFAULT 'w';
