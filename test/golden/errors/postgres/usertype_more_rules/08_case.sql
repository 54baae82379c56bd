CREATE TYPE r1 AS RANGE (subtype = int4[]);
