CREATE TYPE r2 AS RANGE (subtype = int4, canonical = foo);
