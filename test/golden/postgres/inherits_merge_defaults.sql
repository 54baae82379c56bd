-- Multiple inheritance: a column two parents share keeps the default one
-- of them gives, equal defaults are no conflict, a child's own default
-- settles a conflict, and keys and foreign keys added to a parent stay
-- on the parent; a child of a table with an identity column gets the
-- column without the identity.
CREATE TABLE pa (id int, v text DEFAULT 'a', w int);
CREATE TABLE pb (id int DEFAULT 7, v text DEFAULT 'a', w int DEFAULT 1);
CREATE TABLE pc (w int DEFAULT 2, z int NOT NULL);
CREATE TABLE child1 () INHERITS (pa, pb);
CREATE TABLE child2 (w int DEFAULT 3) INHERITS (pb, pc);
CREATE TABLE ref (id int PRIMARY KEY);
ALTER TABLE pa ADD CONSTRAINT pa_id_key UNIQUE (id);
ALTER TABLE pb ADD CONSTRAINT pb_id_fkey FOREIGN KEY (id) REFERENCES ref (id);
ALTER TABLE pc ADD PRIMARY KEY (z);
ALTER TABLE child1 ALTER COLUMN v SET DEFAULT 'c';
ALTER TABLE child2 ALTER COLUMN z DROP DEFAULT;
CREATE TABLE pd (id int GENERATED ALWAYS AS IDENTITY, q int);
CREATE TABLE child3 () INHERITS (pd);
CREATE TABLE child4 () INHERITS (pd, pa);
