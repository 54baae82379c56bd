-- RENAME COLUMN rewrites stored generation expressions of the table (and CHECKs), as the engine deparses them from the catalog.
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int CHECK (a > 0));
ALTER TABLE t RENAME COLUMN a TO c2;
