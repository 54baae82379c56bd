CREATE TYPE r15 AS RANGE (subtype = float(60));
