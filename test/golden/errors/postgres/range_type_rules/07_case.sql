CREATE TYPE r3 AS RANGE (subtype = no_such_type);
