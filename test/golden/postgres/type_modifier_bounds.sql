-- Type modifiers at PostgreSQL's bounds: a negative NUMERIC scale (folded
-- from "-n", spaced or not), precision and scale at 1000, the longest
-- character and bit strings, and ALTER COLUMN TYPE to such types.
CREATE TABLE bounds (
    a numeric(1000,-1000),
    b numeric(5,-3),
    c numeric(5, - 2),
    d numeric(1000,1000),
    e varchar(10485760),
    f character(10485760),
    g bit(83886080),
    h bit varying(83886080)
);
ALTER TABLE bounds ADD COLUMN i numeric(3,-1) DEFAULT 10;
ALTER TABLE bounds ALTER COLUMN b TYPE numeric(7,-2);
