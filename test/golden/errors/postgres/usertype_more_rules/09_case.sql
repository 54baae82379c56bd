CREATE TYPE r2 AS RANGE (subtype = pg_catalog.int4, subtype_diff = int4range_subdiff);
