CREATE TYPE r9 AS RANGE (subtype = int4, multirange_type_name = tr);
