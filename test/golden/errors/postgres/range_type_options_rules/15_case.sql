CREATE TYPE r16 AS RANGE (subtype = int4, multirange_type_name = r16_multirange, subtype_opclass = int4_ops);
