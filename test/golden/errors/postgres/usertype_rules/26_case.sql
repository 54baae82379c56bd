CREATE TYPE r6 AS RANGE (subtype = nosuchtype);
