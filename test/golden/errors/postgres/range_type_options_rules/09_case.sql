CREATE TYPE r10 AS RANGE (subtype = int4, multirange_type_name = a.b.c);
