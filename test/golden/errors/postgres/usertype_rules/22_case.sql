CREATE TYPE r2 AS RANGE (subtype = int4, multirange_type_name = mood);
