CREATE TYPE r8 AS RANGE (subtype = int4,
