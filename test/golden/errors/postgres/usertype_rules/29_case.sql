CREATE TYPE r9 AS RANGE subtype = int4;
