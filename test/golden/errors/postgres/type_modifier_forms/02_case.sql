CREATE TABLE m02 (c int4(3));
