CREATE TABLE m09 (c pg_catalog.int4(3));
