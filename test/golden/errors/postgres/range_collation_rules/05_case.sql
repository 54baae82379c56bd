CREATE TYPE r5 AS RANGE (subtype = text, collation = "C");
