CREATE TYPE r3 AS RANGE (subtype = numeric, collation = "POSIX");
