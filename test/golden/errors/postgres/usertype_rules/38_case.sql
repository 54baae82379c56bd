CREATE TYPE r14 AS RANGE (subtype = numeric(5,2));
