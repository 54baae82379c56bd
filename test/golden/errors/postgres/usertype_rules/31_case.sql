CREATE TYPE fr AS RANGE (subtype = int4);
