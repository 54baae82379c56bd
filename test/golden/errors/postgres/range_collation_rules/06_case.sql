CREATE TYPE r6 AS RANGE (collation = "C", subtype = char);
