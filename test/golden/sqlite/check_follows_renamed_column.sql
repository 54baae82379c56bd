-- a column CHECK stays with its column through RENAME COLUMN: dropping a new
-- column of the old name leaves it
CREATE TABLE t (id INTEGER PRIMARY KEY, a REAL CONSTRAINT a_pos CHECK (a >= 0));
ALTER TABLE t RENAME COLUMN a TO b;
ALTER TABLE t ADD COLUMN a REAL;
ALTER TABLE t DROP COLUMN a;
