CREATE TYPE nosuch.r12 AS RANGE (subtype = int4);
