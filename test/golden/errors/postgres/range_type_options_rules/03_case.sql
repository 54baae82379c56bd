CREATE TYPE r3 AS RANGE (subtype int4);
