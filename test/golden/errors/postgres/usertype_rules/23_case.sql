CREATE TYPE r3 AS RANGE (subtype = int4, multirange_type_name = rt);
