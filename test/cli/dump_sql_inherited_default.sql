-- dump --format sql of a child that dropped a default it inherits (its
-- replay must not take the parent's back) and changed another.
CREATE TABLE parent (a int DEFAULT 5, b text DEFAULT 'x');
CREATE TABLE child (c int) INHERITS (parent);
ALTER TABLE child ALTER COLUMN a DROP DEFAULT;
ALTER TABLE child ALTER COLUMN b SET DEFAULT 'y';
CREATE TABLE child2 (a int DEFAULT 7) INHERITS (parent);
