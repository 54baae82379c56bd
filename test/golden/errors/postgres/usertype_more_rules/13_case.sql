CREATE TYPE r7 AS RANGE (subtype = int4
