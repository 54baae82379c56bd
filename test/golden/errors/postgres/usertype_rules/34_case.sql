CREATE TYPE r12 AS RANGE (subtype = int4, multirange_type_name = other.r12);
