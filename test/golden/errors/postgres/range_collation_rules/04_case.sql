CREATE TYPE r4 AS RANGE (subtype = label, collation = "C");
