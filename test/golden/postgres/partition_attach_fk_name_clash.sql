-- ATTACH PARTITION clones the parent's foreign key under a new name when
-- the table already has a constraint of that name, and accepts a CHECK
-- constraint of the parent's name written with different spacing.
CREATE TABLE r (id int PRIMARY KEY);
CREATE TABLE p (a int REFERENCES r, b int, CONSTRAINT b_pos CHECK (b > 0)) PARTITION BY RANGE (a);
CREATE TABLE c (a int, b int, CONSTRAINT p_a_fkey CHECK (a >= 0), CONSTRAINT b_pos CHECK (b   >   0));
ALTER TABLE p ATTACH PARTITION c FOR VALUES FROM (0) TO (10);
