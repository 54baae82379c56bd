CREATE TYPE r1 AS RANGE (subtype = numeric(5,2));
