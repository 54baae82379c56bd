CREATE TYPE r2 AS RANGE (subtype = timestamptz, collation = "C");
