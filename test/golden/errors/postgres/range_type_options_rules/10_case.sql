CREATE TYPE r11 AS RANGE (subtype = int4, multirange_type_name = nosuch.m);
