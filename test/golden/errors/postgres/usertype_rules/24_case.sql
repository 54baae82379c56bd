CREATE TYPE r4 AS RANGE (subtype = int4, bogus = 1);
