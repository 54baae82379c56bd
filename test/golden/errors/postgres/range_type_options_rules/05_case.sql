CREATE TYPE r5 AS RANGE subtype = int4;
