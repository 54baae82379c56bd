CREATE TABLE m20 (c double precision(3));
