CREATE TYPE r14 AS RANGE (subtype = int[]);
