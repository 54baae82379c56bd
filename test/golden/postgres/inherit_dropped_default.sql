-- A child that drops or changes a default it inherits, and one that
-- redefines a merged column: the dump says SET DEFAULT NULL for the dropped
-- one (CREATE TABLE ... INHERITS would hand the parent's back), as pg_dump.
CREATE TABLE parent (a int DEFAULT 5, b text DEFAULT 'x');
CREATE TABLE child (c int) INHERITS (parent);
ALTER TABLE child ALTER COLUMN a DROP DEFAULT;
ALTER TABLE child ALTER COLUMN b SET DEFAULT 'y';
CREATE TABLE child2 (a int DEFAULT 7) INHERITS (parent);
