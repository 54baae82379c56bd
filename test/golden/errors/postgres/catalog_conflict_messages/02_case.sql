CREATE TYPE r1 AS RANGE (subtype = int4, multirange_type_name = r1);
