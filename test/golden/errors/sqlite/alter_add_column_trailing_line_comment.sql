-- expect: Runtime error near line 3: error in table t2 after add column: incomplete input -- the column text runs up to the ";", so the "-- the new column" comment is spliced in before ")" and comments it out; the table is left unchanged
CREATE TABLE t2 (a INT);
ALTER TABLE t2 ADD COLUMN b INT DEFAULT 0 -- the new column
;
