CREATE TYPE r3 AS RANGE (subtype = text, collation = "C");
