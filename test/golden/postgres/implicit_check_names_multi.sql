-- Implicit CHECK names: column checks take the column, table checks the
-- first column referenced (or the table name), numbered on collision.
CREATE TABLE ranges (
    lo int CHECK (lo >= 0),
    hi int CHECK (hi >= 0) CHECK (hi < 1000),
    CHECK (lo < hi),
    CHECK (hi > lo),
    CHECK (true),
    CHECK (now() IS NOT NULL)
);
ALTER TABLE ranges ADD CHECK (lo <> 5);
ALTER TABLE ranges ADD CHECK (1 = 1);
ALTER TABLE ranges ADD COLUMN mid int CHECK (mid BETWEEN lo AND hi);
