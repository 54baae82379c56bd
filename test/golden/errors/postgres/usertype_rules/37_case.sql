CREATE TYPE r13 AS RANGE (subtype = int4, canonical = f);
