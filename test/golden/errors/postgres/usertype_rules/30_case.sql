CREATE TYPE r11 AS RANGE (subtype = int4) extra;
