CREATE TYPE r5 AS RANGE (subtype_diff = float8mi);
